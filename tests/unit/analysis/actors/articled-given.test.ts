import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { GIVEN_NAMES, isArticledGivenName, isEverydayGivenName } from '../../../../main/text/gazetteer/given-names.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named, names } from './helpers.ts';

function one(body: string) {
  return extractActors([articleRecord('a1', body)]);
}

describe('persons whose given name carries the article (find-articled-given.ts)', () => {
  it('reads the list of given names written with the article, not «ال» before any given name nor a bare word', () => {
    expect(isArticledGivenName('المنصف')).toBe(true);
    expect(isArticledGivenName('الرياض')).toBe(false);
    expect(isArticledGivenName('الصادق')).toBe(true);
    expect(isArticledGivenName('منصف')).toBe(false);
    expect(isArticledGivenName('المرزوقي')).toBe(false);
  });

  it('opens a name after a reporting verb or a verb the lexicon lists, before a definite surname or a lineage', () => {
    const actors = one('أكد المنصف المرزوقي في لقاء صحفي أن الموعد ثابت، فيما التقى الطيب البكوش وفدا زائرا. وقال المختار ولد داداه إن اللقاء مثمر.');
    expect(named(actors, 'المنصف المرزوقي')?.type).toBe('person');
    expect(named(actors, 'الطيب البكوش')?.type).toBe('person');
    expect(named(actors, 'المختار ولد داداه')?.type).toBe('person');
    expect(names(actors)).not.toContain('البكوش');
  });

  it('gives the title before it as the role, and ends a body before the person a title gives', () => {
    const actors = one('وقال الرئيس الأسبق الباجي قائد السبسي إن الحوار مستمر. وقال زعيم حزب الأمة الصادق المهدي إن المفاوضات متعثرة.');
    expect(named(actors, 'الباجي قائد السبسي')?.roles).toEqual(['الرئيس الأسبق']);
    expect(named(actors, 'الصادق المهدي')?.roles).toEqual(['زعيم حزب الأمة']);
    expect(named(actors, 'حزب الأمة')?.type).toBe('organization');
    expect(names(actors)).not.toContain('حزب الأمة الصادق المهدي');
  });

  it('opens a name without a cue before it when the surname is a person the selection knows, and not otherwise', () => {
    expect(named(one('التقى الطيب البكوش وفدا زائرا. ورد الهادي البكوش على الأسئلة.'), 'الهادي البكوش')?.type).toBe('person');
    expect(names(one('ورد الهادي البكوش على الأسئلة.'))).not.toContain('الهادي البكوش');
  });

  it('leaves a participle before a name that opens on its own («الناجي عبد الرحمن»: the survivor)', () => {
    const actors = one('وروى الناجي عبد الرحمن سالم تفاصيل الحادث للصحفيين.');
    expect(names(actors).some((n) => n.startsWith('الناجي'))).toBe(false);
  });

  it('takes no definite word without a cue before it, nor an adjective after it, nor a title', () => {
    expect(names(one('ساد جو الطيب المعهود بين الوفدين طوال اللقاء.'))).not.toContain('الطيب المعهود');
    expect(names(one('وقال الصادق الجديد إن اللقاء مثمر.'))).not.toContain('الصادق الجديد');
    // A preposition before the article: «for the development», the bank's purpose.
    expect(one('وقال رئيس سابق للمصرف العربي للتنمية إن القروض تأخرت.').some((a) => a.type === 'person' && a.name.startsWith('العربي'))).toBe(false);
    const titled = one('وقال الأمين العام أحمد أبو الغيط إن القمة ناجحة، وأضاف المدير محمد سالم أن العمل مستمر.');
    expect(named(titled, 'أحمد أبو الغيط')?.roles).toEqual(['الأمين العام']);
    expect(named(titled, 'محمد سالم')?.roles).toEqual(['المدير']);
  });
});

describe('persons whose given name is also an everyday word («صباح الخالد»; find-articled-given.ts)', () => {
  it('keeps the list apart from the given names the tagger and the import\'s choosers read', () => {
    expect(isEverydayGivenName('صباح')).toBe(true);
    expect(GIVEN_NAMES.has('صباح')).toBe(false);
    expect(isEverydayGivenName('محمد')).toBe(false);
  });

  it('opens a name after a title or a verb, before a surname, the title its role', () => {
    const actors = one('قال رئيس الوزراء الكويتي صباح الخالد إن الحكومة ستقدم برنامجها. وأكد صباح الخالد أن الإصلاحات ماضية.');
    expect(named(actors, 'صباح الخالد')?.type).toBe('person');
    expect(named(actors, 'صباح الخالد')?.mentions).toBe(2);
    expect(named(actors, 'صباح الخالد')?.roles).toEqual(['رئيس الوزراء الكويتي']);
  });

  it('takes no time of day for a name, after a verb or not', () => {
    const actors = one('وأعلن صباح اليوم عن اتفاق، وبدأت المحادثات صباح الأحد. وقال صباح الجمعة إنه متفائل، وأعلن فجر السبت عن مقتل ثلاثة.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });
});
