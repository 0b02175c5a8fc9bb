// The mechanisms of the pass on untouched-26's titles and headline dates (branch meta24), each in text of our own:
// every positive case fails without its fix, and each has a like form that must not be read so.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { isOutletTagline } from '../../../../main/ingest/metadata/outlet-tagline.ts';
import { headlineEditionDate } from '../../../../main/ingest/metadata/detect-published.ts';
import { headlineAfterStamp } from '../../../../main/ingest/metadata/stamp-headline.ts';
import { boilerplatePhraseReason } from '../../../../main/ingest/clean/boilerplate-phrases.ts';
import { rulesTitle } from '../../../../main/ingest/title/rules-title.ts';
import { classifyLines } from '../../../../main/ingest/clean/classify-lines.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

const NOW = '2026-01-15';
const LEDE = 'فتحت البلدية ممرا جديدا للمشاة قرب السوق القديم بعد شكاوى السكان من ازدحام الطريق في ساعات الصباح والمساء.';
const MORE = 'وقال مسؤول في البلدية إن الممر مزود بإنارة ومقاعد، وإن أعمال الصيانة ستتواصل حتى نهاية الشهر المقبل.';

function page(text: string): RawDocument {
  return { file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} };
}

function titleOf(...lines: string[]): string | null {
  const raw = page(lines.join('\n'));
  return rulesTitle(raw, classifyLines(raw.text, { now: NOW }), null, NOW).value;
}

describe('a masthead tagline of describing words and the publisher\'s clause', () => {
  it('is a tagline', () => {
    expect(isOutletTagline('جريدة أسبوعية تصدر عن وزارة الأوقاف')).toBe(true);
    expect(isOutletTagline('مجلة شهرية ثقافية يصدرها اتحاد الكتاب')).toBe(true);
  });
  it('is not when a name or a headline\'s words come before the verb, or nothing follows it', () => {
    expect(isOutletTagline('جريدة الأهرام تصدر عددا خاصا عن المعرض')).toBe(false);
    expect(isOutletTagline('صحيفة محلية جديدة تصدر')).toBe(false);
  });
});

describe('a messaging app\'s forwarded label', () => {
  it('is furniture, never the headline', () => {
    expect(boilerplatePhraseReason('↪️ تمت إعادة توجيهه عدة مرات', 5)).toBe('social');
    expect(boilerplatePhraseReason('Forwarded many times', 3)).toBe('social');
    expect(titleOf('↪️ تمت إعادة التوجيه عدة مرات', '', 'البلدية تبدأ أعمال رصف الطريق الدائري الشمالي وتغلق مسارين ليلا', '', LEDE, '', MORE)).toBe('البلدية تبدأ أعمال رصف الطريق الدائري الشمالي وتغلق مسارين ليلا');
  });
  it('leaves a headline that tells of a forwarding', () => {
    expect(boilerplatePhraseReason('تمت إعادة توجيه الرحلات إلى مطار الملك خالد', 8)).toBeNull();
  });
});

describe('a social post\'s header: the page\'s name over its stamp and audience mark', () => {
  it('is no headline: the post\'s first sentence is the title', () => {
    const title = 'جمعية أصدقاء البيئة في صيدا تنظم حملة لتنظيف الشاطئ الشمالي صباح الأحد، وتدعو المتطوعين إلى التجمع عند مدخل الكورنيش';
    expect(titleOf('جمعية أصدقاء البيئة في صيدا', '١٠ يناير الساعة ٠٩:١٥ ص · 🌍', '', `${title}.`, '', MORE)).toBe(title);
  });
  it('leaves a person\'s name there to the byline readers (a profile\'s post names its writer)', () => {
    const r = cleanArticle(page(['سامي العطار', '‏2 يوم‏ · 🌐', '', 'عن سوق الخضار في المدينة بعد المطر', '', LEDE, '', MORE].join('\n')), { now: NOW });
    expect(r.author).toBe('سامي العطار');
  });
  it('takes no headline from the stamp\'s own clock after its date', () => {
    expect(headlineAfterStamp('١٠ يناير الساعة ٠٩:١٥ ص · 🌍', NOW)).toBeNull();
    expect(headlineAfterStamp('date 2026-01-10 مقدمة نشرة أخبار المنار الرئيسية ليوم السبت', NOW)).toBe('مقدمة نشرة أخبار المنار الرئيسية ليوم السبت');
  });
});

describe('a headline that names the day of its bulletin or digest', () => {
  it('dates the page: «ليوم» and a weekday before a dashed date, «أخبار» and a weekday before a Hijri and a Gregorian date', () => {
    expect(headlineEditionDate('مقدمة نشرة الأخبار المسائية ليوم الأحد 11-1-2026', NOW)?.value).toBe('2026-01-11');
    expect(headlineEditionDate('صحيفة الوحدة تقدم لكم موجز أخبار الأحد 22 رجب 1447هـ – 11 يناير 2026م', NOW)?.value).toBe('2026-01-11');
  });
  it('does not take an event\'s date in a headline for the page\'s', () => {
    expect(headlineEditionDate('وزير الخارجية يزور القاهرة الأحد 11 يناير 2026', NOW)).toBeUndefined();
    expect(headlineEditionDate('أخبار 11 يناير 2026 في الأسواق', NOW)).toBeUndefined();
  });
});

describe('a broadcaster\'s schedule above the article', () => {
  const schedule = ['صباح الخير يا عرب', '06:00 GMT', '120 د', 'نشرة الظهيرة', '12:00 GMT', '30 د', 'صباح الخير يا عرب', '18:00 GMT', '120 د'];
  const headline = 'مهندس مصري: ألواح شمسية عائمة قد تقلل تبخر المياه في بحيرة ناصر';
  it('is no headline, though its programme names repeat', () => {
    expect(titleOf(...schedule, '', headline, '', LEDE, '', MORE)).toBe(headline);
    const lines = classifyLines([...schedule, '', headline, '', LEDE].join('\n'), { now: NOW }).lines;
    expect(lines.filter((l) => l.reason === 'ticker').length).toBe(9);
  });
  it('leaves a headline over its clock, with no programme\'s length under them', () => {
    const lines = classifyLines([headline, '10:30 GMT', '', LEDE, '', MORE].join('\n'), { now: NOW }).lines;
    expect(lines.find((l) => l.text === headline)?.reason).not.toBe('ticker');
  });
  // Review rev24 finding 1: one headline over its clock and its reading time is an article, not a schedule.
  it('leaves a lone headline over its clock and reading time (one triple is no schedule)', () => {
    const lone = 'مخابز البلدة تنتظر الطحين قبل العيد';
    const lede = 'يشكو أصحاب مخابز البلدة من تأخر وصول الطحين إلى الأفران رغم اقتراب العيد.';
    expect(titleOf('أخبار', '', lone, '', '10:45', '3 دقائق', '', lede, '', MORE)).toBe(lone);
    expect(titleOf('أخبار', '', lone, '', '09:10', '5 min', '', lede, '', MORE)).toBe(lone);
    const lines = classifyLines([lone, '10:45', '3 دقائق', '', lede].join('\n'), { now: NOW }).lines;
    expect(lines.find((l) => l.text === lone)?.reason).not.toBe('ticker');
  });
  it('still marks two programmes in a row, whose names differ, as a schedule', () => {
    const lines = classifyLines(['نشرة الصباح', '07:00', '30 د', 'حوار المساء', '19:00', '45 د', '', LEDE].join('\n'), { now: NOW }).lines;
    expect(lines.filter((l) => l.reason === 'ticker').map((l) => l.text)).toEqual(['نشرة الصباح', '07:00', '30 د', 'حوار المساء', '19:00', '45 د']);
  });
});

