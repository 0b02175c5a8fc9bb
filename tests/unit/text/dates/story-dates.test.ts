import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveStoryDates } from '../../../../main/text/dates/index.ts';
import { toDayNumber } from '../../../../main/text/dates/calendar.ts';
import { findDates } from '../../../../main/text/dates/find-dates.ts';
import { checkStoryDates } from '../../../../main/text/dates/story-checks.ts';
import { clauseTense } from '../../../../main/text/dates/tense-cues.ts';

const at = (text: string, reference: string | null = '2024-03-10'): Array<[string, string, string, boolean, string | undefined]> =>
  resolveStoryDates(text, { reference, now: '2024-03-12' }).map((m) => [m.text, m.value, m.yearBasis, m.approximate, m.check?.kind]);

describe('resolveStoryDates', () => {
  it('marks a date whose written weekday disagrees with it approximate', () => {
    // 5 March 2024 was a Tuesday.
    expect(at('وقع الهجوم يوم الأحد 5 مارس 2024 في بغداد.')).toEqual([['يوم الأحد 5 مارس 2024', '2024-03-05', 'explicit', true, 'weekday']]);
    expect(at('وقع الهجوم يوم الثلاثاء 5 مارس 2024 في بغداد.')).toEqual([['يوم الثلاثاء 5 مارس 2024', '2024-03-05', 'explicit', false, undefined]]);
  });

  it('resolves «الجاري», «الماضي» and «المقبل» months and the last year against the article', () => {
    expect(at('عقدت اللجنة اجتماعها في 4 من الشهر الجاري.')).toEqual([['4 من الشهر الجاري', '2024-03-04', 'inferred', false, undefined]]);
    expect(at('وصل الوفد في العشرين من الشهر الماضي.', '2024-01-12')).toEqual([['العشرين من الشهر الماضي', '2023-12-20', 'inferred', false, undefined]]);
    expect(at('خلال فبراير الماضي ارتفعت الأسعار.')[0]?.slice(1, 3)).toEqual(['2024-02', 'inferred']);
    expect(at('شهد العام الماضي موجة جفاف.')[0]?.slice(1, 3)).toEqual(['2023', 'inferred']);
    expect(at('أعلنت الوزارة الشهر الماضي خطة جديدة.')[0]?.slice(1, 3)).toEqual(['2024-02', 'inferred']);
  });

  it('infers a missing year from the article date, and leaves it unknown without one', () => {
    expect(at('وكان الوزير قد زار دمشق في 3 يناير.')).toEqual([['3 يناير', '2024-01-03', 'inferred', false, undefined]]);
    expect(at('وكان الوزير قد زار دمشق في 3 يناير.', null)).toEqual([['3 يناير', '--01-03', 'unknown', false, undefined]]);
  });

  it('flags a past report dated after its article instead of placing it in the future', () => {
    expect(at('قتل ثلاثة أشخاص في 15 مارس بانفجار.')).toEqual([['15 مارس', '2024-03-15', 'inferred', false, 'after-article']]);
    expect(at('وقالت الشرطة إن الهجوم وقع في 20 مارس 2024.')[0]?.[4]).toBe('after-article');
    // Scheduled, or said of the future: not flagged.
    expect(at('ستعقد القمة في 20 مارس 2024.')[0]?.[4]).toBeUndefined();
    expect(at('أعلنت الوزارة أن الانتخابات تجري في 20 مارس 2024.')[0]?.[4]).toBeUndefined();
  });

  it('places a later date only when its clause makes it a plan: «منذ» reads as past, a silent clause is flagged', () => {
    const flag = (text: string): string | undefined => {
      const c = resolveStoryDates(text, { reference: '2024-03-10', now: '2024-03-12' })[0]?.check;
      return c?.kind === 'after-article' ? c.said : c?.kind;
    };
    // «منذ» with no year: the last 20 March before the article; with its year, a date that cannot be so late.
    expect(at('ويبلغ عدد الضحايا منذ 20 مارس ثلاثين شخصا.')).toEqual([['20 مارس', '2023-03-20', 'inferred', false, undefined]]);
    expect(flag('ويبلغ عدد الضحايا منذ 20 مارس 2024 ثلاثين شخصا.')).toBe('past');
    expect(flag('وتغلق المعابر منذ 12 مارس.')).toBe('past');
    expect(flag('حصيلة الضحايا في 20 مارس ثلاثون شخصا.')).toBe('unstated');
    // A future cue, an appointment, a present newswire verb: a plan, not flagged.
    expect(flag('ومن المقرر أن يصل الوفد في 20 مارس.')).toBeUndefined();
    expect(flag('تنطلق الدورة الجديدة في 20 مارس.')).toBeUndefined();
    expect(flag('وحدد المجلس يوم 20 مارس موعدا للتصويت.')).toBeUndefined();
    expect(flag('الاجتماع الوزاري في 20 مارس المقبل.')).toBeUndefined();
  });

  it('reads a plan\'s day in a past clause, and a supposition, as no past event dated after the article (review 27)', () => {
    const flag = (text: string): string | undefined => {
      const c = resolveStoryDates(text, { reference: '2024-03-10', now: '2024-03-12' })[0]?.check;
      return c?.kind === 'after-article' ? c.said : c?.kind;
    };
    // A visit that was scheduled for a day to come, then put off: the day is the plan's.
    expect(flag('قرر الصندوق تأجيل زيارة بعثته التي كانت مقررة يوم الأربعاء 20 مارس المقبل إلى أجل غير مسمى.')).toBeUndefined();
    // «إذا استمر … حتى …»: a supposition, neither a plan nor a report.
    expect(flag('وقد يتجاوز السعر 1700 دينار إذا استمر الإضراب حتى 20 مارس.')).toBeUndefined();
    expect(flag('وقال إن الخسائر ستتضاعف في حال استمر الإغلاق حتى 20 مارس.')).toBeUndefined();
    // Without a schedule word or a condition, a past report of a later day is still flagged.
    expect(flag('قتل ثلاثة جنود في 20 من الشهر المقبل.')).toBe('past');
    expect(flag('وقال إن الإضراب استمر حتى 20 مارس.')).toBeDefined();
  });

  it('ignores dates inside URLs', () => {
    expect(at('المصدر: https://example.com/2024/03/05/story وقع الحادث في 2 مارس 2024.').map((m) => m[1])).toEqual(['2024-03-02']);
    expect(at('نقلا عن موقع example.net/news/2024-03-05/x')).toEqual([]);
  });
});

describe('clauseTense', () => {
  it('reads perfects, «قد» + perfect and past words as past, future cues as future, and nothing else', () => {
    expect(clauseTense('وكانت القوات قد انسحبت في', '')).toBe('past');
    expect(clauseTense('قد يعقد المجلس جلسة في', '')).toBe(null);
    expect(clauseTense('وسيزور الرئيس القاهرة في', '')).toBe('future');
    expect(clauseTense('أعلن الجيش أن المناورات تبدأ في', '')).toBe(null);
    expect(clauseTense('العقد الموقع في', '')).toBe(null);
  });

  it('reads «قد» as the particle of one sense everywhere (text/arabic/qad-sense): the verb after it decides', () => {
    // Form V perfects in «ت» with a masculine subject assert (the older rule read every «قد ت…» as "may").
    expect(clauseTense('قد تمكن الجيش من دخول المدينة في', '')).toBe('past');
    expect(clauseTense('قد توصل الطرفان إلى اتفاق في', '')).toBe('past');
    expect(clauseTense('قد تشهد المدينة احتجاجات في', '')).toBe(null);
    expect(clauseTense('قد نشهد اتفاقا في', '')).toBe(null);
    expect(clauseTense('قد لا تعقد الجلسة في', '')).toBe(null);
  });
});

// Past-tense reports built from perfect verbs, and clauses with no verb at all or a present verb over a «منذ» frame
// («ويبلغ عدد القتلى منذ»): neither may place its date after the article.
const PERFECT_OPENERS = ['قتل ثلاثة جنود', 'أعلنت الوزارة', 'وكانت القوات قد انسحبت', 'وقع الانفجار', 'اعتقلت الشرطة مشتبها به', 'التقى الوزيران', 'وصل الوفد إلى عمان'];
const VERBLESS_OR_SINCE = ['حصيلة الضحايا', 'عدد المعتقلين', 'ويبلغ عدد القتلى منذ', 'وتتواصل الاحتجاجات منذ', 'الخسائر المسجلة منذ', 'ويعاني السكان من انقطاع الكهرباء منذ'];
const PAST_OPENERS = [...PERFECT_OPENERS, ...VERBLESS_OR_SINCE];
const DATES = [
  'في 15 مارس', 'يوم الأحد 5 مارس 2024', 'في 3 يناير 2025', 'في 28 كانون الأول', 'في العشرين من الشهر الجاري', 'في 4 من الشهر المقبل',
  'في يونيو الماضي', 'في شهر آب', 'يوم الجمعة', 'أمس', 'في 2026', 'في الخامس من نيسان', 'في 2024/12/30', 'في 31 ديسمبر 2023', 'غدا',
  'في أكتوبر', 'منذ مارس', 'في نوفمبر من العام الماضي', 'في 15 نوفمبر من العام الماضي', 'في مايو من هذا العام',
];
const TAILS = ['.', ' في بغداد.', '، بحسب مصادر محلية.', ' وسط إجراءات أمنية مشددة.'];

function dayOf(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return toDayNumber({ year: y, month: m, day: d });
}

describe('resolveStoryDates — properties', () => {
  const reference = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it('never resolves a past-tense report to a date after its article', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PAST_OPENERS), fc.constantFrom(...DATES), fc.constantFrom(...TAILS), reference, (opener, date, tail, ref) => {
        // After «منذ» the date stands bare («منذ 15 مارس»), as it is written. A verbless clause says only what its
        // date says: «في 4 من الشهر المقبل» there is a plan, so the verbless openers take the dates without a future word.
        const dated = opener.endsWith('منذ') ? date.replace(/^(?:في|يوم) /u, '') : date;
        if (!PERFECT_OPENERS.includes(opener) && /المقبل|غدا/u.test(date)) return;
        for (const m of resolveStoryDates(`${opener} ${dated}${tail}`, { reference: ref, now: ref })) {
          if (m.check?.kind === 'after-article' || m.value.startsWith('--')) continue;
          expect(dayOf(m.range?.start ?? m.value), `${opener} ${date} (${ref}) → ${m.value}`).toBeLessThanOrEqual(dayOf(ref));
        }
      }),
      { numRuns: 500 },
    );
  });

  const WEEKDAY_NAMES = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
  const MONTH_NAMES = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
  const FUTURE_TAILS = [' قبل الانتخابات المقررة الشهر المقبل.', ' ستتواصل حسب المنظمين.', '.', ' وسوف تعقد جلسة جديدة.'];

  it('never moves a yearless day whose written weekday fits a day before the article into another year', () => {
    fc.assert(
      fc.property(reference, fc.integer({ min: 1, max: 90 }), fc.constantFrom(...FUTURE_TAILS), (ref, back, tail) => {
        const day = new Date(Date.UTC(...(ref.split('-').map(Number) as [number, number, number])) - back * 86_400_000);
        const written = `مساء ${WEEKDAY_NAMES[day.getUTCDay()]} ${day.getUTCDate()} ${MONTH_NAMES[day.getUTCMonth()]}`;
        const text = `شهدت المدينة ${written} مواجهات${tail}`;
        const found = resolveStoryDates(text, { reference: ref, now: ref }).find((m) => m.text === written);
        expect(found?.value, `${text} (${ref})`).toBe(day.toISOString().slice(0, 10));
      }),
      { numRuns: 500 },
    );
  });

  // resolveStoryDates catches everything (an import must not stop on one odd sentence), so the property is asked of
  // what it wraps: findDates and the checks, which have no catch of their own, over random text and Arabic dates.
  const ARABIC_BITS = ['منذ', 'المقبل', 'الماضي', 'يوم الأحد', 'من الشهر الجاري', 'في', 'من المقرر أن', 'قتل', 'تنطلق', 'موعدا', '، ', '.', ' '];
  const storyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(fc.oneof(fc.constantFrom(...ARABIC_BITS, ...DATES), fc.string({ maxLength: 6 })), { maxLength: 12 }).map((bits) => bits.join(' ')),
  );

  it('never throws: findDates then checkStoryDates, with no catch between them', () => {
    fc.assert(
      fc.property(storyText, fc.oneof(fc.constant(null), fc.constant('garbage'), fc.constant('--03-10'), reference), (text, ref) => {
        const mentions = findDates(text, { reference: ref, now: '2041-01-01' });
        expect(Array.isArray(checkStoryDates(text, mentions, ref))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('reports a failure inside the resolver as no dates, not a throw', () => {
    expect(resolveStoryDates(undefined as unknown as string)).toEqual([]);
  });
});

describe('resolveStoryDates — effective dates and parts of a month', () => {
  it('does not flag a decision that takes effect after the article, nor read «الأسبوع الأول» as a day', () => {
    expect(at('قررت اللجنة رفع الأسعار اعتبارا من يوم الأربعاء 13 مارس.')[0]?.[4]).toBeUndefined();
    expect(at('وعقدت الجولة في الأسبوع الأول من الشهر الجاري.').map((m) => m[1])).toEqual(['2024-03']);
  });
});

describe('resolveStoryDates — «حتى» before a date', () => {
  it('reads «حتى» right before a date as "until", keeping the clause it ends', () => {
    expect(at('وقالت المؤسسة إن الخسائر بلغت 120 مليون دولار حتى 31 مارس 2024.')[0]?.[4]).toBe('after-article');
  });
});

describe('resolveStoryDates — months of a counted year, bare months, tenseless clauses', () => {
  it('gives «نوفمبر من العام الماضي» its month, the year counted from the article', () => {
    expect(at('وعقدت آخر قمة طارئة في نوفمبر من العام الماضي.', '2023-10-09')).toEqual([['نوفمبر من العام الماضي', '2022-11', 'inferred', false, undefined]]);
    expect(at('وكان الاتفاق قد وقع في 15 نوفمبر من العام الماضي.', '2023-10-09')).toEqual([['15 نوفمبر من العام الماضي', '2022-11-15', 'inferred', false, undefined]]);
    expect(at('تنطلق البطولة في مارس من العام المقبل.', '2023-10-09')[0]?.slice(1, 3)).toEqual(['2024-03', 'inferred']);
    expect(at('وسجلت الأسعار ارتفاعا في مايو من هذا العام.', '2023-10-09')[0]?.slice(1, 3)).toEqual(['2023-05', 'inferred']);
    expect(at('في نوفمبر من العام الماضي.', null)).toEqual([]);
  });

  it('reads a bare month name after a preposition of time against the article, and not elsewhere', () => {
    expect(at('وسجل التضخم السنوي في أكتوبر 35.8 في المئة.', '2023-11-30')[0]?.slice(0, 3)).toEqual(['أكتوبر', '2023-10', 'inferred']);
    expect(at('وارتفعت الصادرات منذ يوليو بنسبة كبيرة.', '2024-03-10')[0]?.slice(1, 3)).toEqual(['2023-07', 'inferred']);
    expect(at('مارس الضغط على الحكومة لسنوات.')).toEqual([]);
    expect(at('اشترى سيارة نيسان جديدة.')).toEqual([]);
  });

  it('keeps a tenseless or scheduled date in the article year when it is the nearer one, and a past one behind it', () => {
    expect(at('وتستمر الحملة إلى غاية 31 مارس.')).toEqual([['31 مارس', '2024-03-31', 'inferred', false, undefined]]);
    expect(at('وانتهت الحملة الأولى في 31 مارس.')).toEqual([['31 مارس', '2023-03-31', 'inferred', false, undefined]]);
    expect(at('وحدد المجلس يوم 14 مارس موعدا لجلسة التصويت.', '2023-03-05')[0]?.slice(1, 5)).toEqual(['2023-03-14', 'inferred', false, undefined]);
    expect(at('وتجري الانتخابات في أبريل.')[0]?.slice(1, 3)).toEqual(['2024-04', 'inferred']);
    expect(at('وارتفعت الأسعار في أبريل.')[0]?.slice(1, 3)).toEqual(['2023-04', 'inferred']);
    // More than half a year ahead of the article: the nearer year is the one before.
    expect(at('ويصادف موسم الحصاد 20 نوفمبر.', '2024-01-10')[0]?.slice(1, 3)).toEqual(['2023-11-20', 'inferred']);
  });
});

describe('resolveStoryDates — weekdays that date the event', () => {
  // 16 October 2026 is a Friday.
  const friday = (text: string): ReturnType<typeof at> => at(text, '2026-10-16');

  it('keeps a written weekday and day in the year they fall together, whatever future cue the clause holds', () => {
    expect(friday('اندلعت مواجهات مساء الخميس 15 أكتوبر قبل الانتخابات المقررة الشهر المقبل.')[0])
      .toEqual(['مساء الخميس 15 أكتوبر', '2026-10-15', 'inferred', false, undefined]);
    expect(friday('شهدت المدينة مساء الخميس 15 أكتوبر احتجاجات ستتواصل حسب المنظمين.')[0]?.[1]).toBe('2026-10-15');
  });

  it('takes the next such weekday after «بداية من», «اعتباراً من», «ابتداءً من», without flagging a past decision', () => {
    expect(friday('تستأنف الرحلات بداية من السبت.')).toEqual([['السبت', '2026-10-17', 'inferred', false, undefined]]);
    expect(friday('قررت الحكومة حظر التجول بداية من يوم السبت.')).toEqual([['يوم السبت', '2026-10-17', 'inferred', false, undefined]]);
    expect(friday('تستأنف الرحلات اعتباراً من يوم السبت.')[0]?.[1]).toBe('2026-10-17');
    expect(friday('أعلنت الوزارة استئناف الرحلات ابتداءً من يوم الأحد.')[0]?.[1]).toBe('2026-10-18');
  });

  it('reads a bare weekday right after a verb: the one before a perfect, the next one after a future verb', () => {
    expect(friday('المفاوضات التي عقدت الأربعاء في مسقط.')).toEqual([['الأربعاء', '2026-10-14', 'inferred', false, undefined]]);
    expect(friday('وقال إن اللجنة ستجتمع الخميس لبحث الملف.')).toEqual([['الخميس', '2026-10-22', 'inferred', false, undefined]]);
    // «التقى الاثنين» is "met both" as often as "met on Monday": without a clause end after it, no date.
    expect(friday('التقى الاثنين رئيس الوزراء.')).toEqual([]);
    expect(friday('وقال إن الوفد وصل الاثنين.')[0]?.[1]).toBe('2026-10-12');
  });
});
