import { describe, expect, it, vi } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import type { Readings } from './given-reading.ts';
import { named, names } from './helpers.ts';

// The tagger's reading where a test says what it reads, given (given-reading.ts), not asked of the shipped model,
// whose readings move with every retraining: the long name and the acronym each a body of its own.
const READINGS = vi.hoisted((): Readings => ({
  'وقالت منظمة البلدان المصدرة للنفط (أوبك) إن الإنتاج ارتفع.': [{ type: 'ORG', name: 'منظمة البلدان المصدرة للنفط', margin: -100 }, { type: 'ORG', name: 'أوبك', margin: -100 }],
}));
vi.mock('../../../../main/analysis/actors/sentence-entities.ts', async (original) => (await import('./given-reading.ts')).withReadings(await original(), READINGS));

// Short names and acronyms an article defines (find-acronyms.ts): found, and one actor with the long name.
function one(body: string) {
  return extractActors([articleRecord('a1', body)], {});
}

describe('a short name or acronym an article defines', () => {
  it('in parentheses after the long name is the same body, an alias of one actor, and found alone later', () => {
    const actors = one('وقالت شركة تسويق النفط العراقية (سومو) إن الصادرات ارتفعت. وأضافت سومو أن الأسعار مستقرة.');
    expect(actors.filter((a) => a.type === 'organization')).toHaveLength(1);
    const org = actors.find((a) => a.name === 'سومو' || a.name === 'شركة تسويق النفط العراقية');
    expect(org?.type).toBe('organization');
    expect([org?.name, ...(org?.aliases ?? [])].sort()).toEqual(['سومو', 'شركة تسويق النفط العراقية'].sort());
    expect(org?.mentions).toBe(3);
    // The tagger read «سومو» alone as a place: the definition says otherwise.
    expect(actors.some((a) => a.type === 'place' && a.name === 'سومو')).toBe(false);
  });

  it('in Latin letters, and used alone later', () => {
    const org = named(one('ووقعت منظمة الصحة العالمية (WHO) اتفاقا مع الوزارة. وقالت ممثلة WHO في القاهرة إن البرنامج بدأ.'), 'منظمة الصحة العالمية');
    expect(org?.aliases).toEqual(['WHO']);
    expect(org?.mentions).toBe(3);
  });

  it('after a body whose nation another pass adds, and used alone later', () => {
    // «اليمني» joins the body after the tagger's passes (nation-of-body.ts): the definition is read after it.
    const orgs = one('وخفض البنك المركزي اليمني (CBY) سعر الفائدة. وقال محافظ CBY إن الريال استقر.').filter((a) => a.type === 'organization');
    expect(orgs).toHaveLength(1);
    expect([orgs[0]?.name, ...(orgs[0]?.aliases ?? [])].sort()).toEqual(['CBY', 'البنك المركزي اليمني'].sort());
    expect(orgs[0]?.mentions).toBe(3);
  });

  it('when an earlier pass (tagger, gazetteer) found it as a body of its own, is the long name\'s', () => {
    const orgs = one('وقالت منظمة البلدان المصدرة للنفط (أوبك) إن الإنتاج ارتفع.').filter((a) => a.type === 'organization');
    expect(orgs.map((a) => [a.name, a.aliases, a.mentions])).toEqual([['منظمة البلدان المصدرة للنفط', ['أوبك'], 2]]);
  });

  it('after «المعروفة اختصارا باسم», whatever names the body before it', () => {
    const actors = one('وتخطط المجموعة، المعروفة اختصارا باسم أو سي بي، لرفع إنتاجها. وقال المدير إن أرباح أو سي بي ارتفعت.');
    expect(named(actors, 'أو سي بي')?.type).toBe('organization');
    expect(named(actors, 'أو سي بي')?.mentions).toBe(2);
  });

  it('after «المعروفة باسم» right after the body, not after a common noun', () => {
    const org = named(one('وقالت شركة الدار البيضاء للنقل، المعروفة باسم كازا ترانسبور، إن الخطوط ستعمل.'), 'الدار البيضاء للنقل');
    expect(org?.type).toBe('organization');
    expect(org?.aliases).toContain('كازا ترانسبور');
    expect(names(one('وبدأت العملية، المعروفة باسم كازا ترانسبور، صباح الأحد.'))).not.toContain('كازا ترانسبور');
  });

  it('is not an adjective, a figure or a known place in parentheses', () => {
    expect(names(one('ووقعت منظمة الصحة العالمية (الأممية) اتفاقا مع الوزارة.'))).not.toContain('الأممية');
    expect(named(one('ووقعت منظمة الصحة العالمية (الأممية) اتفاقا مع الوزارة.'), 'منظمة الصحة العالمية')?.aliases ?? []).toEqual([]);
    expect(named(one('وأعلنت شركة تسويق النفط العراقية (2023) أرباحها.'), 'شركة تسويق النفط العراقية')?.aliases ?? []).toEqual([]);
    const placed = one('وقالت وزارة الصحة العراقية (بغداد) إن الإصابات تراجعت.');
    expect(named(placed, 'وزارة الصحة العراقية')?.aliases ?? []).toEqual([]);
    // Without a long name before it, a word in parentheses is no body.
    expect(named(one('وشهدت المدينة (سومو) ازدحاما.'), 'سومو')?.type).not.toBe('organization');
  });
});

describe('an organisation written with fewer adjectives or without its head', () => {
  it('is one actor with aliases when one article names all three', () => {
    const org = named(one('وقال رئيس جهاز المخابرات الوطني العراقي حميد الشطري إن التعاون مستمر. وأعلن جهاز المخابرات العراقي اعتقال خلية في بغداد. وقالت المخابرات العراقية إن الخلية كانت تخطط لهجمات.'), 'جهاز المخابرات الوطني العراقي');
    expect(org?.aliases).toEqual(['جهاز المخابرات العراقي', 'المخابرات العراقية']);
    expect(org?.mentions).toBe(3);
  });
});

describe('a body written in Latin letters without its head', () => {
  it('is an organisation after its head, never an acronym with no cue', () => {
    expect(named(one('ووقعت الحكومة اتفاقا نهائيا مع شركة SQM لإنشاء مشروع جديد.'), 'SQM')?.type).toBe('organization');
    expect(named(one('وارتفع GDP بنسبة ثلاثة في المئة خلال الربع الأول.'), 'GDP')).toBeUndefined();
  });

  it('is an organisation as the subject of a feminine verb, one or two name words', () => {
    expect(named(one('وكشفت HUMAIN عن نموذج جديد للذكاء الاصطناعي.'), 'HUMAIN')?.type).toBe('organization');
    expect(named(one('وكانت Orano قد أعلنت وقف الإنتاج.'), 'Orano')?.type).toBe('organization');
    // A woman named in Latin letters after a reporting verb stays a person.
    expect(named(one('وقالت Jane Goodall إن الغابات تتراجع.'), 'Jane Goodall')?.type).toBe('person');
  });
});
