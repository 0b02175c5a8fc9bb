// The sixth pass over the metadata grammar (issue 13): the classes of misses untouched-4 showed, each read by a general
// rule and checked here on the rule and on its tuned fixture (tests/fixtures/formats/tuned, t56 on).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { relativeStamp } from '../../../../main/ingest/metadata/relative-stamp.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { gluedLedeStamp } from '../../../../main/ingest/metadata/glued-stamp.ts';
import { quotedSelfReferences } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { menuOutlet } from '../../../../main/ingest/metadata/menu-outlet.ts';
import { wireCreditOutlet } from '../../../../main/ingest/metadata/outlet-cues.ts';
import { cityNewsroomShaped } from '../../../../main/ingest/metadata/outlet-shape.ts';
import { newsroomHandleOutlet } from '../../../../main/ingest/metadata/newsroom-handle.ts';
import { datelineByline } from '../../../../main/ingest/metadata/dateline-byline.ts';
import { findOutletMentions, outletByName } from '../../../../main/ingest/metadata/known-outlets.ts';
import { bracketDatelineOutlet } from '../../../../main/ingest/metadata/bracket-dateline.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';

const NOW = '2026-01-15';
const TUNED = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'formats', 'tuned');

function tuned(name: string): ArticleRecord {
  const text = readFileSync(join(TUNED, name), 'utf8');
  return cleanArticle({ file: name, format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: NOW });
}

describe('compound relative stamps', () => {
  it('adds the parts «و» joins, the conjunction spaced or glued; hours and minutes add no day', () => {
    expect(relativeStamp('منذ 3 ايام و 4 ساعات و 20 دقيقه', NOW)).toBe('2026-01-12');
    expect(relativeStamp('منذ يوم و3 ساعات', NOW)).toBe('2026-01-14');
    expect(relativeStamp('قبل ساعتين و15 دقيقة', NOW)).toBe('2026-01-15');
    expect(relativeStamp('منذ أسبوع ويومين', NOW)).toBe('2026-01-06');
  });

  it('still refuses a stamp inside a sentence, or one that ends on a bare «و»', () => {
    expect(relativeStamp('منذ 3 سنوات و4 أشهر قتل الرجل', NOW)).toBeNull();
    expect(relativeStamp('منذ يوم و', NOW)).toBeNull();
  });

  it('dates the page by the stamp under its headline (t56)', () => {
    const record = tuned('t56-yemen-compound-relative-stamp.txt');
    expect(record.published).toBe('2026-01-13');
    expect(record.publishedBasis).toBe('inferred');
  });
});

describe('a meta stamp glued to the lede', () => {
  it('reads the label and the date before the story\'s first words', () => {
    expect(gluedLedeStamp(' date 2025-12-29 بدأت وزارة البنى التحتية أعمال صيانة شاملة للطريق', NOW)?.value).toBe('2025-12-29');
    expect(gluedLedeStamp('التاريخ: 03-01-2026 10:20 أعلنت وزارة الصحة بولاية شمال كردفان إعادة افتتاح المركز', NOW)?.value).toBe('2026-01-03');
  });

  it('needs the label and prose after it: a lede opening with a number is the story\'s', () => {
    expect(gluedLedeStamp('2025-12-29 بدأت وزارة البنى التحتية أعمال صيانة شاملة للطريق', NOW)).toBeNull();
    expect(gluedLedeStamp('نشر 300 جندي في المدينة بعد أن تصاعدت الاشتباكات بين الطرفين', NOW)).toBeNull();
    expect(gluedLedeStamp('التاريخ: 03-01-2026 10:20', NOW)).toBeNull();
  });

  it('dates the page by it (t57)', () => {
    expect(tuned('t57-sudan-labelled-stamp-glued-lede.txt').published).toBe('2026-01-03');
  });
});

describe('the story\'s excerpt above its stamp', () => {
  it('is no start of the story: the stamp under it dates the page, not the page clock above the headline (t58)', () => {
    const record = tuned('t58-tunisia-teaser-excerpt-above-stamp.txt');
    expect(record.published).toBe('2026-01-10');
    expect(record.removed.find((r) => r.reason === 'story-teaser')?.line).toBe(4);
  });
});

describe('curly-quote self-references', () => {
  it('reads a quoted name the story was told things by, whichever way the curly quotes were typed', () => {
    expect(quotedSelfReferences('وقال صاحب إحدى المكتبات لـ”الصباح”: إن الإقبال تضاعف')).toEqual(['الصباح']);
    expect(quotedSelfReferences('وقال رئيس الجمعية لـ”نبض الفرات“ إن الصرف تأخر')).toEqual(['نبض الفرات']);
    expect(quotedSelfReferences('وقال المسؤول لـ“نبض الفرات” إن الصرف تأخر')).toEqual(['نبض الفرات']);
    // Without a verb of telling, a quoted name after «ل» is no self-reference.
    expect(quotedSelfReferences('وتعود الأرض لـ”آل فلان” منذ عقود')).toEqual([]);
  });

  it('names the outlet of the page (t59)', () => {
    expect(tuned('t59-iraq-curly-quote-self-reference.txt').outlet).toBe('نبض الفرات');
  });
});

describe('an outlet named in the menu line', () => {
  it('takes the menu\'s first item, bare or in its publisher\'s style, when the list knows it', () => {
    expect(menuOutlet('مؤسسة عدن الغد للإعلام | من نحن | هيئة التحرير | اتصل بنا')?.name).toBe('عدن الغد');
    expect(menuOutlet('دار المشهد اليمني للصحافة والنشر | الرئيسية | أخبار محلية | اقتصاد')?.name).toBe('المشهد اليمني');
    expect(menuOutlet('هسبريس | سياسة | اقتصاد | رياضة')?.name).toBe('هسبريس');
  });

  it('reads no partner site further along, no unknown name, and no line that is not a menu', () => {
    expect(menuOutlet('الرئيسية | هسبريس | اقتصاد')).toBeNull();
    expect(menuOutlet('مؤسسة النور للإعلام | من نحن | اتصل بنا')).toBeNull();
    expect(menuOutlet('مؤسسة عدن الغد للإعلام | من نحن')).toBeNull();
  });

  it('names the page\'s outlet when nothing else does (t60)', () => {
    expect(tuned('t60-yemen-publisher-menu-line.txt').outlet).toBe('المشهد اليمني');
  });
});

describe('an aggregator\'s origin credit', () => {
  it('reads «X / خاص :» with its colon, and a newsroom named after its city', () => {
    expect(wireCreditOutlet('عدن حرة / خاص :')).toBe('عدن حرة');
    expect(wireCreditOutlet('تعز الآن / متابعات :')).toBe('تعز الآن');
    expect(cityNewsroomShaped('عدن حرة')).toBe(true);
  });

  it('reads no place alone, no place with its qualifier, and no place with a writer', () => {
    expect(wireCreditOutlet('عدن / خاص :')).toBeNull();
    expect(wireCreditOutlet('القاهرة الجديدة / خاص:')).toBeNull();
    expect(wireCreditOutlet('عدن / محمد علي / خاص')).toBeNull();
    expect(cityNewsroomShaped('الضفة الغربية')).toBe(false);
    expect(cityNewsroomShaped('حرة عدن')).toBe(false);
  });

  it('names the page\'s outlet (t61)', () => {
    expect(tuned('t61-yemen-aggregator-city-newsroom-credit.txt').outlet).toBe('تعز الآن');
  });
});

describe('a newsroom\'s signature with its handle', () => {
  it('reads the name without its desk word, else the handle without its language or desk', () => {
    expect(newsroomHandleOutlet('رووداو ديجيتال @Rudaw_Arabic')?.name).toBe('رووداو');
    expect(newsroomHandleOutlet('فريق التحرير @Rudaw_Arabic')?.name).toBe('رووداو');
    expect(newsroomHandleOutlet('Sky News Arabia @skynewsarabia')?.name).toBe('سكاي نيوز عربية');
  });

  it('reads no person\'s handle, no bare handle and no handle inside a sentence', () => {
    expect(newsroomHandleOutlet('محمد علي @mohali')).toBeNull();
    expect(newsroomHandleOutlet('@Rudaw_Arabic')).toBeNull();
    expect(newsroomHandleOutlet('قال في تغريدة على حسابه @Rudaw_Arabic إن')).toBeNull();
  });

  it('names the page\'s outlet from the head, not from a post embedded in the story (t62)', () => {
    expect(tuned('t62-newsroom-desk-handle.txt').outlet).toBe('الحرة');
    const embedded = ['عنوان الخبر عن افتتاح جسر جديد فوق النهر', 'افتتحت البلدية جسرا جديدا فوق النهر يربط ضفتي المدينة بعد عامين من العمل المتواصل في الموقع.', 'رووداو ديجيتال @Rudaw_Arabic', 'وقال رئيس البلدية إن الجسر سيخفف الزحام عن الجسور القديمة في ساعات الذروة.'].join('\n');
    expect(cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text: embedded, declared: {} }, { now: NOW }).outlet).toBeNull();
  });
});

describe('bylines inside datelines', () => {
  it('reads the writer and the agency, either way round, on its own line or glued to the story', () => {
    expect(datelineByline('البصرة - واع - حيدر الموسوي')).toMatchObject({ writer: 'حيدر الموسوي', whole: true });
    expect(datelineByline('البصرة - واع - حيدر الموسوي')?.agency?.name).toBe('واع');
    const glued = datelineByline('طرابزون/ أوزجان يلماز/ الأناضول افتتحت وزارة النقل التركية نفقا جديدا');
    expect(glued?.writer).toBe('أوزجان يلماز');
    expect(glued?.agency?.name).toBe('الأناضول');
    expect(glued?.whole).toBe(false);
    // Without an agency the writer must open with a given name the gazetteer knows.
    expect(datelineByline('القاهرة - محمد علي - أعلنت وزارة الصحة خطة جديدة')?.writer).toBe('محمد علي');
  });

  it('reads no office, no place-and-agency dateline without a writer, and no unknown place without an agency', () => {
    expect(datelineByline('القاهرة - وزير الخارجية - أعلن الوزير')).toBeNull();
    expect(datelineByline('الرياض - واس - أعلنت الوزارة')).toBeNull();
    expect(datelineByline('بغداد اليوم - بغداد')).toBeNull();
    expect(datelineByline('عاجل - محمد علي - أعلنت الوزارة')).toBeNull();
  });

  it('gives the page its writer and its agency (t63, t64)', () => {
    const own = tuned('t63-jordan-agency-dateline-writer.txt');
    expect([own.author, own.outlet]).toEqual(['ليلى حداد', 'بترا']);
    const glued = tuned('t64-yemen-slash-dateline-writer-glued.txt');
    expect([glued.author, glued.outlet]).toEqual(['صالح العبيدي', 'سبأ']);
  });
});

describe('a notice block above the headline', () => {
  it('is neither the headline nor the story (t65)', () => {
    const record = tuned('t65-notice-block-above-headline.txt');
    expect(record.title).toBe('عودة الرحلات الجوية بين مرسيليا والجزائر بعد إضراب المراقبين');
    expect(record.body).not.toContain('نحيطكم');
  });
});

describe('a name that ends in a number, written with the number glued on', () => {
  it('is found glued as well as spaced, with its lam', () => {
    const [glued] = findOutletMentions('وقال مدير زراعة حلبجة لكوردستان24 إن الوزارة خصصت مخازن');
    expect(glued?.outlet.name).toBe('كوردستان 24');
    expect(glued?.attachedLam).toBe(true);
    expect(outletByName('عربي21')?.name).toBe('عربي 21');
    expect(findOutletMentions('قال لعربي 21 إن')[0]?.outlet.name).toBe('عربي 21');
  });

  it('names the page\'s outlet by its self-reference (t66)', () => {
    expect(tuned('t66-glued-number-self-reference.txt').outlet).toBe('عربي 21');
  });
});

describe('names printed half in Latin letters', () => {
  it('are the list\'s outlets: «CNN بالعربية», «BBC عربي», «RT عربي»', () => {
    expect(outletByName('CNN بالعربية')?.name).toBe('سي إن إن بالعربية');
    expect(outletByName('BBC عربي')?.name).toBe('بي بي سي عربي');
    expect(outletByName('RT عربي')?.name).toBe('روسيا اليوم');
  });

  it('name the page from its site-name line (t67)', () => {
    expect(tuned('t67-mixed-script-site-name.txt').outlet).toBe('روسيا اليوم');
  });
});

describe('the newsroom and the date in a dateline\'s brackets', () => {
  it('reads the name before the date that closes the brackets', () => {
    expect(bracketDatelineOutlet('أبوظبي (پاکستان پوائنٹ نیوز  07 يناير 2026ء) أطلق مركز')).toBe('پاکستان پوائنٹ نیوز');
    expect(bracketDatelineOutlet('أبوظبي (وام 07 يناير 2026) - أطلق المركز')).toBe('وام');
  });

  it('reads no place, no person and no bracket without a date', () => {
    expect(bracketDatelineOutlet('بغداد (العراق 07 يناير 2026) قال')).toBeNull();
    expect(bracketDatelineOutlet('دبي (محمد علي 07 يناير 2026) قال')).toBeNull();
    expect(bracketDatelineOutlet('القاهرة (رويترز) - قال')).toBeNull();
  });

  it('dates and names the page (t68)', () => {
    const record = tuned('t68-bracket-dateline-name-date.txt');
    expect([record.published, record.outlet]).toEqual(['2026-01-05', 'الخليج الأخضر نيوز']);
  });
});

describe('a source name glued to the stamp', () => {
  it('is read as a label beside the date only when glued to it', () => {
    expect(readStamp('الجريدة٠٣-٠١-٢٠٢٦', NOW)?.value).toBe('2026-01-03');
    expect(readStamp('الأنباء21-12-2025', NOW)?.value).toBe('2025-12-21');
    expect(readStamp('الجريدة ٠٣-٠١-٢٠٢٦', NOW)).toBeNull();
    expect(readStamp('وقال الوزير إن الخطة تبدأ في٠٣-٠١-٢٠٢٦', NOW)).toBeNull();
  });

  it('dates the page (t69)', () => {
    expect(tuned('t69-aggregator-source-glued-indic-date.txt').published).toBe('2025-12-21');
  });
});
