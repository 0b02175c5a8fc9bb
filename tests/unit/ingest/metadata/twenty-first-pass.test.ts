// The classes of untouched-21's misses (branch meta21, the set studied from then on), each in names and lines written
// for the test, with the negatives each form needs: a Latin logo's Arabic twin in a byline or dateline slot, a
// label of the page's own before a colon as a byline, a declared byline element with its label, a messaging app's
// «Forwarded from», a newsroom named without its kind word, a three-line day badge, a German weekday, «edited» beside
// a post's stamp, «ك2» in a print issue line, a theme's meta block with the writer over the stamp.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { citedOutlet, spelledAlike } from '../../../../main/ingest/metadata/cited-outlet.ts';
import { declaredLabelledWriter, labelledWriter } from '../../../../main/ingest/metadata/labelled-byline.ts';
import { namesNewsroom } from '../../../../main/ingest/metadata/detect-author.ts';
import { isAccountByline } from '../../../../main/ingest/metadata/account-byline.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { stampBesideArticle } from '../../../../main/ingest/readers/stamp-beside-article.ts';

const LEDE = 'أعلنت بلدية المدينة اليوم عن خطة لتوسيع شبكة الحافلات العامة لتشمل الأحياء الشرقية خلال الأشهر المقبلة، بكلفة تقديرية معلنة.';
const MORE = 'وقال مسؤول في البلدية إن الخطة تتضمن شراء عشرين حافلة جديدة وتأهيل المحطات القائمة وتوسيع ساعات الخدمة في المساء.';
const HEADLINE = 'البلدية تعلن خطة لتوسيع شبكة الحافلات في الأحياء الشرقية';

function read(...lines: string[]): { author: string | null; published: string | null } {
  const text = lines.join('\n');
  const r = cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: '2026-01-15' });
  return { author: r.author, published: r.published };
}

describe("a Latin name's Arabic twin", () => {
  it('spells a name whose words end in s one way or the other, a soft c, a host without its suffix', () => {
    expect(spelledAlike('سوس نيوز ميديا', 'Sous News Media')).toBe(true);
    expect(spelledAlike('أكاديرسيتي', 'AgadirCity')).toBe(true);
    expect(spelledAlike('أكاديرسيتي', 'AgadirCity.Com')).toBe(true);
    expect(spelledAlike('أكادير بوست', 'AgadirCity')).toBe(false);
  });
  it('finds the twin before a byline colon and in a dateline bracket', () => {
    const byline = ['SOUS NEWS MEDIA', 'عنوان الخبر هنا', 'سوس نيوز ميديا : ياسين العلمي –', LEDE].join('\n');
    expect(citedOutlet('Sous News Media', byline)).toBe('سوس نيوز ميديا');
    const dateline = ['عنوان الخبر هنا', `أكادير (راديو تيزنيت) – ${LEDE}`, MORE].join('\n');
    expect(citedOutlet('Radio Tiznit', dateline)).toBe('راديو تيزنيت');
  });
  it("never takes a run of the story's sentence for the name", () => {
    const prose = ['عنوان الخبر هنا', `${LEDE} وقال راديو تيزنيت إن الخطة جديدة.`].join('\n');
    expect(citedOutlet('Radio Tiznit', prose)).toBe('Radio Tiznit');
  });
});

describe("a label of the page's own before a colon", () => {
  it('reads the writer after a label no cue list holds', () => {
    expect(labelledWriter('موفدنا إلى ملعب المدينة: سامر خليل العتيبي')).toBe('سامر خليل العتيبي');
    expect(labelledWriter('✍️ رسالة الزقازيق: محمود سعيد النجار')).toBe('محمود سعيد النجار');
    expect(labelledWriter('ريف نيوز : محمد أمين الحسني –')).toBe('محمد أمين الحسني');
    expect(read('الرئيسية | أخبار', HEADLINE, 'مبعوثنا إلى أسوان: خالد عمر الراوي', LEDE, MORE).author).toBe('خالد عمر الراوي');
  });
  it("reads no writer after a photographer's credit, an office or a headline's speaker", () => {
    expect(labelledWriter('تصوير: سامر خليل العتيبي')).toBeNull();
    expect(labelledWriter('وزير النقل: سامر خليل العتيبي')).toBeNull();
    expect(labelledWriter('المدير العام: الخطة تبدأ الشهر المقبل')).toBeNull();
    expect(labelledWriter('موفدنا إلى الملعب: الفريق يستعد')).toBeNull();
  });
  it("reads a declared byline element's writer without its label, a given name alone too", () => {
    expect(declaredLabelledWriter('بصوت: ريم من الخرطوم')).toBe('ريم');
    expect(declaredLabelledWriter('تصوير: ريم')).toBeNull();
  });
});

describe('bylines that name no writer', () => {
  it("counts a messaging app's forward mark as no writer", () => {
    expect(isAccountByline('Forwarded from قناة الأخبار')).toBe(true);
    expect(isAccountByline('ريم حسن')).toBe(false);
  });
  it('counts the outlet without its kind word as the newsroom', () => {
    expect(namesNewsroom('صوت الريف', 'جريدة صوت الريف')).toBe(true);
    expect(namesNewsroom('سامر العتيبي', 'جريدة صوت الريف')).toBe(false);
  });
});

describe('stamps in forms untouched-21 printed', () => {
  it('reads a German weekday, «edited» beside a post stamp, «ك2» in a print issue line', () => {
    expect(readStamp('Mittwoch, 07.01.2026', '2026-01-15')?.value).toBe('2026-01-07');
    expect(readStamp('👁 12K   edited   Jan 9, 2026 at 10:05', '2026-01-15')?.value).toBe('2026-01-09');
    expect(readStamp('السنة 12 - العدد 3041 - الأربعاء 7 ك2 2026', '2026-01-15')?.value).toBe('2026-01-07');
    expect(readStamp('Mittwoch kam der Minister nach Berlin 07.01.2026', '2026-01-15')).toBeNull();
  });
  it('reads a day badge over three lines above the headline', () => {
    expect(read('موقع المثال', '', '7', 'يناير', '2026', '', HEADLINE, LEDE, MORE).published).toBe('2026-01-07');
  });
});

describe("a theme's meta block beside the article", () => {
  it('brings the writer over the stamp back with it', () => {
    const page = [HEADLINE, 'صوت الريف: سامر العتيبي', 'الأربعاء 7 يناير 2026', LEDE, MORE].join('\n');
    expect(stampBesideArticle(() => page, `${HEADLINE}\n${LEDE}\n${MORE}`, HEADLINE)).toBe('صوت الريف: سامر العتيبي\nالأربعاء 7 يناير 2026');
  });
  it('brings back the stamp alone when a long line stands between', () => {
    const page = [HEADLINE, MORE, 'الأربعاء 7 يناير 2026', LEDE].join('\n');
    expect(stampBesideArticle(() => page, `${HEADLINE}\n${LEDE}`, HEADLINE)).toBe('الأربعاء 7 يناير 2026');
  });
});
