import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import type { Group } from '../../../../main/analysis/actors/group-mentions.ts';
import { mergeVariants, nisbasDropped, nisbaVariants, shortFormOf, standingDropped } from '../../../../main/analysis/actors/variant-merges.ts';
import { nameKey } from '../../../../main/text/gazetteer/name-key.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named } from './helpers.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';

const MASCULINE = 'وقال رئيس جهاز المخابرات العراقي حميد الشطري إن التعاون مستمر.';
const FEMININE = 'واستقبل الوزير رئيس جهاز المخابرات العراقية حميد الشطري في بغداد.';

describe('an organisation written with its nationality adjective in either gender', () => {
  it('tells a nisba\'s two genders from other differences', () => {
    expect(nisbaVariants(nameKey('جهاز المخابرات العراقي'), nameKey('جهاز المخابرات العراقية'))).toBe(true);
    expect(nisbaVariants(nameKey('الحكومة السوريه'), nameKey('الحكومة السوري'))).toBe(true);
    // The head differs, another word differs, or the word is no nisba: no merge.
    expect(nisbaVariants(nameKey('جهاز المخابرات العراقي'), nameKey('جهاز الاستخبارات العراقية'))).toBe(false);
    expect(nisbaVariants(nameKey('جهاز المخابرات العراقي'), nameKey('جهاز المخابرات السوري'))).toBe(false);
    expect(nisbaVariants(nameKey('بنك الري'), nameKey('بنك الريه'))).toBe(false);
    expect(nisbaVariants(nameKey('وزارة الدفاع'), nameKey('وزارة الدفاع'))).toBe(false);
  });

  it('becomes one actor, the less written spelling an alias', () => {
    const actors = extractActors([articleRecord('a1', MASCULINE), articleRecord('a2', `${FEMININE} ${FEMININE.replace('بغداد', 'دمشق')}`)]);
    const org = named(actors, 'جهاز المخابرات العراقية');
    expect(org?.type).toBe('organization');
    expect(org?.aliases).toEqual(['جهاز المخابرات العراقي']);
    expect(org?.mentions).toBe(3);
    expect(named(actors, 'جهاز المخابرات العراقي')).toBeUndefined();
    expect(org?.proposedMerges).toEqual([]);
  });

  it('stays two actors when the analyst rejected the merge or split one spelling out', () => {
    const articles = [articleRecord('a1', MASCULINE), articleRecord('a2', FEMININE)];
    const rejected = extractActors(articles, { corrections: { rules: [{ kind: 'reject-merge', a: 'جهاز المخابرات العراقي', b: 'جهاز المخابرات العراقية' }] } });
    expect(named(rejected, 'جهاز المخابرات العراقي')?.mentions).toBe(1);
    expect(named(rejected, 'جهاز المخابرات العراقية')?.mentions).toBe(1);
    const split = extractActors(articles, { corrections: { rules: [{ kind: 'split', name: 'جهاز المخابرات العراقية', alias: 'جهاز المخابرات العراقي' }] } });
    expect(named(split, 'جهاز المخابرات العراقي')?.mentions).toBe(1);
  });

  it('needs no pass for one-letter spellings (ة/ه, ى/ي, hamza): they share a key and one actor', () => {
    const actors = extractActors([
      articleRecord('a1', 'وقال رئيس هيئة النزاهة العراقية إن التحقيق مستمر.'),
      articleRecord('a2', 'وأعلنت هيئه النزاهه العراقيه فتح ملف جديد.'),
      articleRecord('a3', 'وقال وزير الخارجية المصري سامح شكرى إن الاتفاق قريب. وأكد سامح شكري أن الحوار مستمر.'),
    ]);
    expect(named(actors, 'هيئة النزاهة العراقية')?.mentions).toBe(2);
    // A spelling that differs only in such letters is the same name to a reader, so it is no alias either.
    expect(named(actors, 'هيئة النزاهة العراقية')?.aliases).toEqual([]);
    const shoukry = actors.filter((a) => nameKey(a.name) === nameKey('سامح شكري'));
    expect(shoukry).toHaveLength(1);
    expect(shoukry[0]?.mentions).toBe(2);
  });
});

describe('an organisation written with fewer of its adjectives or without its head', () => {
  const k = (a: string, b: string): boolean => nisbasDropped(nameKey(a), nameKey(b));

  it('tells a shortened name from another body', () => {
    expect(k('جهاز المخابرات العراقي', 'جهاز المخابرات الوطني العراقي')).toBe(true);
    expect(k('المخابرات العراقية', 'جهاز المخابرات الوطني العراقي')).toBe(true);
    expect(k('المخابرات العراقية', 'جهاز المخابرات العراقي')).toBe(true);
    expect(k('الخارجية الأمريكية', 'وزارة الخارجية الأمريكية')).toBe(true);
    // Another nation, another noun, a first word alone, a longer name, or a head dropped before an indefinite word.
    expect(k('الجيش السوري', 'الجيش اللبناني')).toBe(false);
    expect(k('الجيش السوري', 'الجيش السوري الحر')).toBe(false);
    expect(k('المخابرات', 'جهاز المخابرات العراقي')).toBe(false);
    expect(k('جهاز المخابرات الوطني العراقي', 'جهاز المخابرات العراقي')).toBe(false);
    expect(k('الأمن العراقي', 'مجلس الأمن القومي العراقي')).toBe(false);
    expect(k('النفط العراقي', 'شركة النفط العراقية')).toBe(false);
  });

  it('becomes one actor with the other names as aliases when one article names them', () => {
    const text = 'أعلن جهاز المخابرات العراقي اعتقال خلية في بغداد. وقال مصدر في جهاز المخابرات الوطني العراقي إن العملية استمرت أسبوعا. وأضافت المخابرات العراقية أن التحقيق مستمر.';
    const orgs = extractActors([articleRecord('a1', text)]).filter((a) => a.type === 'organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.name).toBe('جهاز المخابرات الوطني العراقي');
    expect(orgs[0]?.aliases).toEqual(['جهاز المخابرات العراقي', 'المخابرات العراقية']);
    expect(orgs[0]?.mentions).toBe(3);
  });

  it('stays apart when no article names both, when the shorter name may be two bodies, or when the analyst rejected it', () => {
    const apart = extractActors([
      articleRecord('a1', 'أعلن جهاز المخابرات الوطني العراقي اعتقال خلية في بغداد.'),
      articleRecord('a2', 'وقال جهاز المخابرات العراقي إن التحقيق مستمر.'),
    ]);
    expect(named(apart, 'جهاز المخابرات الوطني العراقي')?.mentions).toBe(1);
    expect(named(apart, 'جهاز المخابرات العراقي')?.mentions).toBe(1);
    const two = extractActors([articleRecord('a1', 'وقال جهاز الاستخبارات العراقي إن مديرية الاستخبارات العسكرية العراقية اعتقلت خلية. وأكدت الاستخبارات العراقية ذلك.')]);
    expect(named(two, 'جهاز الاستخبارات العراقي')?.aliases).toEqual([]);
    expect(named(two, 'مديرية الاستخبارات العسكرية العراقية')?.aliases).toEqual([]);
    expect(named(two, 'الاستخبارات العراقية')?.mentions).toBe(1);
    const text = 'أعلن جهاز المخابرات العراقي اعتقال خلية. وقال مصدر في جهاز المخابرات الوطني العراقي إن العملية انتهت.';
    const rejected = extractActors([articleRecord('a1', text)], { corrections: { rules: [{ kind: 'reject-merge', a: 'جهاز المخابرات العراقي', b: 'جهاز المخابرات الوطني العراقي' }] } });
    expect(named(rejected, 'جهاز المخابرات العراقي')?.mentions).toBe(1);
    expect(named(rejected, 'جهاز المخابرات الوطني العراقي')?.mentions).toBe(1);
  });
});

describe('a person\'s name spelt two ways', () => {
  const a1 = 'وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس مستعدة للحوار.';
  const a2 = 'وأكد الرئيس الفرنسي إمانويل ماكرون أن المحادثات مستمرة.';

  it('becomes one actor when the selection gives both spellings the same office, even in the first name', () => {
    const actors = extractActors([articleRecord('a1', a1), articleRecord('a2', a2)]);
    const macron = actors.filter((a) => a.name.endsWith('ماكرون'));
    expect(macron).toHaveLength(1);
    expect(macron[0]?.name).toBe('إيمانويل ماكرون');
    expect(macron[0]?.aliases).toEqual(['إمانويل ماكرون']);
    expect(macron[0]?.mentions).toBe(2);
    expect(macron[0]?.proposedMerges).toEqual([]);
    const trump = extractActors([
      articleRecord('a1', 'قال الرئيس الأمريكي دونالد ترامب إن المحادثات جيدة.'),
      articleRecord('a2', 'وقال الرئيس الأمريكي دونالد ترمب إن الاتفاق قريب.'),
    ]);
    expect(named(trump, 'دونالد ترامب')?.mentions).toBe(2);
    expect(named(trump, 'دونالد ترمب')).toBeUndefined();
  });

  it('is only proposed when nothing gives both the same office, and never merged when the analyst rejected it', () => {
    const other = extractActors([
      articleRecord('a1', 'قال الرئيس الأمريكي دونالد ترامب إن المحادثات جيدة.'),
      articleRecord('a2', 'وقال رجل الأعمال دونالد ترمب إن الاتفاق قريب.'),
    ]);
    expect(named(other, 'دونالد ترامب')?.proposedMerges.map((p) => p.name)).toEqual(['دونالد ترمب']);
    expect(named(other, 'دونالد ترمب')?.mentions).toBe(1);
    const rejected = extractActors([articleRecord('a1', a1), articleRecord('a2', a2)], {
      corrections: { rules: [{ kind: 'reject-merge', a: 'إيمانويل ماكرون', b: 'إمانويل ماكرون' }] },
    });
    expect(rejected.filter((a) => a.name.endsWith('ماكرون'))).toHaveLength(2);
  });
});

describe('an organisation\'s first word alone beside its name with nisbas («الحشد» after «الحشد الشعبي»)', () => {
  const mention = (key: string, sourceId: string) => ({ key, sourceId }) as unknown as Group['mentions'][number];
  const group = (key: string, ...sources: string[]): Group => ({ type: 'organization', idKey: `organization:${key}`, key, entry: null, mentions: sources.map((s) => mention(key, s)), forcedName: null });

  it('is the same body only when an article names both, and only after nisbas', () => {
    expect(shortFormOf(group(nameKey('الحشد'), 'a1'), group(nameKey('الحشد الشعبي'), 'a1'))).toBe(true);
    expect(shortFormOf(group(nameKey('الجيش'), 'a1'), group(nameKey('الجيش السوري الحر'), 'a1'))).toBe(false);
    expect(shortFormOf(group(nameKey('الحشد'), 'a2'), group(nameKey('الحشد الشعبي'), 'a1'))).toBe(false);
    expect(shortFormOf(group(nameKey('المخابرات'), 'a1'), group(nameKey('جهاز المخابرات العراقي'), 'a1'))).toBe(false);
  });

  it('counts a nisba\'s two genders as one body when telling whether the word is shared', () => {
    // The s: bucket may come before the o: bucket that joins «الحشد الشعبي» and «الحشد الشعبية».
    const body = (key: string, surface: string, n: number): Group => ({ ...group(nameKey(key), ...Array<string>(n).fill('a1')), mentions: Array.from({ length: n }, () => ({ key: nameKey(key), surface, sourceId: 'a1', roleOnly: false, single: false }) as unknown as Group['mentions'][number]) });
    const merged = mergeVariants([body('الحشد الشعبي', 'الحشد الشعبي', 3), body('الحشد الشعبية', 'الحشد الشعبية', 1), body('الحشد', 'الحشد', 2)], []);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.mentions).toHaveLength(6);
  });

  it('becomes an alias of the full name, however often each is written; not when two bodies share the word', () => {
    const body = 'وقال قيادي في الحشد الشعبي إن القوات مستعدة. ونقلت القناة عن مصدر في “الحشد” أن الفصائل المنضوية تحت راية “الحشد” تعرضت لغارات.';
    const actors = extractActors([articleRecord('a1', body)]);
    expect(named(actors, 'الحشد')).toBeUndefined();
    expect(named(actors, 'الحشد الشعبي')?.mentions).toBe(3);
    const two = extractActors([articleRecord('a1', 'وقال الجيش السوري إن الحدود هادئة. وأعلن الجيش اللبناني انتشاره. وأكد "الجيش" جاهزيته.')]);
    expect(named(two, 'الجيش السوري')?.aliases ?? []).not.toContain('الجيش');
    expect(named(two, 'الجيش اللبناني')?.aliases ?? []).not.toContain('الجيش');
  });
});

describe('an organisation written with and without an adjective of its standing («العامة», «الوطنية»)', () => {
  const k = (a: string, b: string): boolean => standingDropped(nameKey(a), nameKey(b));

  it('tells the adjective of standing from another word after the name', () => {
    expect(k('هيئة النقل البحري', 'هيئة النقل البحري العامة')).toBe(true);
    expect(k('لجنة التحقيق', 'لجنة التحقيق الوطنية')).toBe(true);
    // Another kind of body, another body sharing the head, a head with the article, a head alone.
    expect(k('لجنة التحقيق', 'لجنة التحقيق الدولية')).toBe(false);
    expect(k('هيئة النقل البحري', 'هيئة النقل البري العامة')).toBe(false);
    expect(k('اللجنة الأولمبية', 'اللجنة الأولمبية الوطنية')).toBe(false);
    expect(k('هيئة', 'هيئة العامة')).toBe(false);
  });

  it('becomes one actor when the selection names both, though no article names both', () => {
    const actors = extractActors([
      articleRecord('a1', 'وقالت هيئة النقل البحري إن السفينة حصلت على شهادة السلامة العام الماضي.'),
      articleRecord('a2', 'وأكدت هيئة النقل البحري العامة أن الشهادة سارية حتى نهاية العام.'),
    ]);
    const orgs = actors.filter((a) => a.type === 'organization' && a.name.startsWith('هيئة'));
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.mentions).toBe(2);
    expect([orgs[0]?.name, ...(orgs[0]?.aliases ?? [])].sort()).toEqual(['هيئة النقل البحري', 'هيئة النقل البحري العامة']);
  });

  it('stays apart when the shorter name may be two bodies, when a gazetteer entry is one of them, or when the analyst rejected it', () => {
    const two = extractActors([
      articleRecord('a1', 'وقالت لجنة التحقيق إن الجلسات علنية.'),
      articleRecord('a2', 'وأكدت لجنة التحقيق الحكومية أن التقرير جاهز، فيما طلبت لجنة التحقيق البرلمانية نسخة منه.'),
    ]);
    expect(named(two, 'لجنة التحقيق')?.aliases).toEqual([]);
    expect(named(two, 'لجنة التحقيق الحكومية')?.aliases).toEqual([]);
    // «مجلس الأمن» is the gazetteer's UN body; «مجلس الأمن الوطني» a state's.
    const mention = (key: string) => ({ key, sourceId: 'a1', surface: key, alsoCalled: [], roleOnly: false }) as unknown as Group['mentions'][number];
    const un = loadGazetteer().byKey.get(nameKey('مجلس الأمن'))?.[0] ?? null;
    expect(un).not.toBeNull();
    const group = (key: string, entry: Group['entry']): Group => ({ type: 'organization', idKey: `organization:${key}`, key, entry, mentions: [mention(key)], forcedName: null });
    expect(mergeVariants([group(nameKey('مجلس الأمن'), un), group(nameKey('مجلس الأمن الوطني'), null)], [])).toHaveLength(2);
    expect(mergeVariants([group(nameKey('مجلس الأمن'), null), group(nameKey('مجلس الأمن الوطني'), null)], [])).toHaveLength(1);
    const text = ['وقالت هيئة النقل البحري إن الشهادة سارية.', 'وأكدت هيئة النقل البحري العامة أن الشهادة سارية.'];
    const rejected = extractActors(text.map((t, i) => articleRecord(`a${i}`, t)), { corrections: { rules: [{ kind: 'reject-merge', a: 'هيئة النقل البحري', b: 'هيئة النقل البحري العامة' }] } });
    expect(named(rejected, 'هيئة النقل البحري')?.mentions).toBe(1);
    expect(named(rejected, 'هيئة النقل البحري العامة')?.mentions).toBe(1);
  });
});

// rev27 finding 11: «صندوق النقد (IMF)» and «صندوق النقد الدولي (IMF)» were two actors with one alias.
describe('an organisation\'s first words beside its full name, both given one other name', () => {
  const LONG = 'وتتفاوض الحكومة مع صندوق النقد الدولي (IMF) على برنامج تمويل جديد.';
  const SHORT = 'وأكد صندوق النقد (IMF) في رسالة أن موعد زيارة البعثة لم يحدد.';

  it('becomes one actor under the full name, though no article names both', () => {
    const actors = extractActors([articleRecord('a1', LONG), articleRecord('a2', SHORT)]);
    const org = named(actors, 'صندوق النقد الدولي');
    expect(org?.aliases).toEqual(expect.arrayContaining(['IMF', 'صندوق النقد']));
    expect(named(actors, 'صندوق النقد')).toBeUndefined();
  });

  it('stays apart with no other name in common, or when the shorter name is no opening of the longer', () => {
    const bare = extractActors([articleRecord('a1', LONG), articleRecord('a2', SHORT.replace(' (IMF)', ''))]);
    expect(named(bare, 'صندوق النقد')).toBeDefined();
    const other = extractActors([articleRecord('a1', LONG), articleRecord('a2', SHORT.replace('(IMF)', '(AMF)'))]);
    expect(named(other, 'صندوق النقد')).toBeDefined();
  });
});

// rev27 finding 11: «وزارة المالية» and «وزارة المالية العراقية» were two actors in a selection about Iraq.
describe('a body named bare and with the nation the selection names most', () => {
  const BARE = 'وقال مصدر في وزارة المالية إن الدفعة مولت بقرض من مصرف الرافدين في العراق.';
  const IRAQ = 'وقال المتحدث باسم وزارة المالية العراقية إن الحكومة لم تطلب التأجيل، وإن العراق جاهز. ووصل الوفد إلى العراق أمس.';

  it('becomes one actor, though no article names both', () => {
    const actors = extractActors([articleRecord('a1', `${BARE} ${BARE}`), articleRecord('a2', IRAQ)]);
    const ministries = actors.filter((a) => a.name.startsWith('وزارة المالية'));
    expect(ministries).toHaveLength(1);
    expect([ministries[0]?.name, ...(ministries[0]?.aliases ?? [])].sort()).toEqual(['وزارة المالية', 'وزارة المالية العراقية']);
    expect(ministries[0]?.mentions).toBe(3);
  });

  it('becomes one actor where a city of the story is named more often than its nation: a city is no nation', () => {
    const CITY = 'وقال تجار في البصرة إن البصرة خسرت كثيرا، وإن موانئ البصرة متوقفة وأسواق البصرة خالية.';
    const actors = extractActors([articleRecord('a1', BARE), articleRecord('a2', IRAQ), articleRecord('a3', CITY)]);
    expect(actors.filter((a) => a.name.startsWith('وزارة المالية'))).toHaveLength(1);
  });

  it('stays apart when the selection names the body with two nations, or the nation is not the one it names most', () => {
    const two = extractActors([articleRecord('a1', BARE), articleRecord('a2', IRAQ), articleRecord('a3', 'وأكدت وزارة المالية الأردنية أن القرض لم يصرف.')]);
    expect(named(two, 'وزارة المالية')).toBeDefined();
    const elsewhere = extractActors([articleRecord('a1', BARE), articleRecord('a2', 'وأكدت وزارة المالية الأردنية أن القرض لم يصرف.')]);
    expect(named(elsewhere, 'وزارة المالية')).toBeDefined();
  });
});
