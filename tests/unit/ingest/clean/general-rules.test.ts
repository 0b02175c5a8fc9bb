import { describe, expect, it } from 'vitest';
import { boilerplatePhraseReason } from '../../../../main/ingest/clean/boilerplate-phrases.ts';
import { isCaption, isSourceCredit } from '../../../../main/ingest/clean/caption.ts';
import { englishDates } from '../../../../main/text/dates/english-date.ts';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { lineFeatures } from '../../../../main/ingest/clean/line-features.ts';
import { raw } from './seed-helpers.ts';

const words = (t: string): number => lineFeatures(t).words;
const reason = (t: string): string | null => boilerplatePhraseReason(t, words(t));
const caption = (t: string): boolean => isCaption(t, words(t));

describe('furniture rules that hold on unseen pages', () => {
  it('removes cookie banners and comment prompts, not news about cookies or comments', () => {
    expect(reason('يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. بمتابعة التصفح فإنك توافق على ذلك.')).toBe('cookie-notice');
    expect(reason('We use cookies to improve your experience on our site.')).toBe('cookie-notice');
    expect(reason('وفرضت الهيئة غرامة على ثلاث شركات إعلان تجمع ملفات تعريف الارتباط من ملايين المستخدمين دون علمهم.')).toBeNull();
    expect(reason('التعليقات (4)')).toBe('comments');
    expect(reason('كن أول من يعلق على الخبر')).toBe('comments');
    expect(reason('وانتقد النواب التعليقات التي أدلى بها الوزير أمس في البرلمان حول الموازنة العامة للدولة.')).toBeNull();
  });

  it('takes dash-credited captions and captions run into a sub-heading, not prose citing an agency', () => {
    expect(caption('متظاهرون أمام مبنى البرلمان - أرشيفية')).toBe(true);
    expect(caption('الرئيس خلال استقبال الوفد (الرئاسة/ تويتر)ملفات على الطاولة')).toBe(true);
    expect(caption('قمة ثلاثية في عمّان - الأردن')).toBe(false);
    expect(caption('وقال المتحدث باسم الجيش (رويترز) إن القوات انسحبت من المدينة بعد معارك استمرت ثلاثة أيام.')).toBe(false);
    expect(isSourceCredit('— أ ف ب', 3)).toBe(true);
    expect(isSourceCredit('— انتهى —', 2)).toBe(false);
  });

  it('reads English dates with their year', () => {
    expect(englishDates('Updated: Nov. 5, 2024 14:20 GMT').map((d) => d.value)).toEqual(['2024-11-05']);
    expect(englishDates('Published 21st March 2023').map((d) => d.value)).toEqual(['2023-03-21']);
    expect(englishDates('The May 5 meeting')).toEqual([]);
  });

  it('keeps a short first line with a stop as the title, and menus on one line go', () => {
    const p1 = 'قررت الحكومة رفع الحد الأدنى للأجور بنسبة عشرة في المئة اعتبارا من الشهر المقبل، بعد مفاوضات طويلة مع النقابات العمالية.';
    const p2 = 'وقال وزير العمل إن القرار يشمل العاملين في القطاعين العام والخاص، وإن الحكومة ستراقب تطبيقه في الشركات الكبرى.';
    const page = raw(['محليات | عربي ودولي | اقتصاد | رياضة', 'رفع الحد الأدنى للأجور عشرة في المئة.', p1, p2].join('\n'));
    const a = cleanArticle(page, { now: '2025-04-10', titleReader: 'rules' });
    expect([a.title, a.titleBasis]).toEqual(['رفع الحد الأدنى للأجور عشرة في المئة', 'inferred']);
    // The learned chooser takes the same line and gives it as printed, its stop included.
    const learned = cleanArticle(page, { now: '2025-04-10', titleReader: 'learned' });
    expect([learned.title, learned.titleBasis]).toEqual(['رفع الحد الأدنى للأجور عشرة في المئة.', 'inferred']);
    expect(a.removed.map((r) => r.reason)).toEqual(['navigation']);
    expect(a.body.startsWith('رفع الحد الأدنى للأجور')).toBe(true);
  });
});
