import { describe, expect, it } from 'vitest';
import { TimelineEntry } from '../../../../main/model/brief.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { buildTimeline } from '../../../../main/analysis/timeline/index.ts';
import { yearNotAfter } from '../../../../main/text/dates/calendar.ts';
import { toDayNumber } from '../../../../main/text/dates/calendar.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

function article(id: string, body: string, published: string | null = null): ArticleRecord {
  return articleRecord(id, body, { published, publishedBasis: published === null ? 'unknown' : 'explicit' });
}

const day = (iso: string): number => toDayNumber({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });

describe('years of yearless days', () => {
  it('takes the year of the same event dated with its year by another source (same-event)', () => {
    const undated = article('u', 'دشّن المحافظ جسر النهر الجديد في مدينة الحلة يوم 14 من أيار.');
    const dated = article('d', 'في 14 أيار 2023 دشّن المحافظ جسر النهر في الحلة.', '2023-05-15');
    const [entry, ...rest] = buildTimeline([undated, dated]);
    expect(rest).toEqual([]);
    expect(entry?.date).toBe('2023-05-14');
    expect(entry?.dateBasis).toBe('inferred');
    expect(entry?.yearFrom).toEqual({ rule: 'same-event', sourceId: 'd' });
    expect(TimelineEntry.safeParse(entry).success).toBe(true);
  });

  it('takes the year of the same day dated elsewhere when the sentences share words (same-day)', () => {
    const undated = article('u', 'وأغلقت السلطات الميناء الشمالي أمام السفن يوم 3 من آذار بعد العاصفة.');
    const dated = article('d', 'ضربت العاصفة الساحل في 3 آذار 2022 وأوقعت أضراراً في الميناء.', '2022-03-04');
    const entry = buildTimeline([undated, dated]).find((e) => e.sources[0]?.sourceId === 'u');
    expect(entry?.date).toBe('2022-03-03');
    expect(entry?.yearFrom).toEqual({ rule: 'same-day', sourceId: 'd' });
  });

  it('does not borrow a same day whose sentence shares no word, and falls back on the selection', () => {
    const undated = article('u', 'وافتتحت الجامعة مكتبتها الرقمية يوم 3 من آذار.');
    const dated = article('d', 'ضربت العاصفة الساحل في 3 آذار 2022 وأوقعت أضراراً في الميناء.', '2022-09-10');
    const entry = buildTimeline([undated, dated]).find((e) => e.sources[0]?.sourceId === 'u');
    expect(entry?.date).toBe('2022-03-03');
    expect(entry?.yearFrom).toEqual({ rule: 'selection-dates' });
  });

  it('places a day latest not after the latest dated source, a year back when the day is later in the year (selection-dates)', () => {
    const undated = article('u', 'وصل الوفد التجاري إلى المدينة في 20 من تشرين الثاني.');
    const a = article('a', 'أعلنت الوزارة خطتها الزراعية اليوم.', '2021-02-10');
    const b = article('b', 'عقد المجلس جلسته الاعتيادية.', '2020-12-01');
    const entry = buildTimeline([undated, a, b], { now: '2021-03-01' }).find((e) => e.sources[0]?.sourceId === 'u');
    expect(entry?.date).toBe('2020-11-20');
    expect(entry?.dateBasis).toBe('inferred');
    expect(entry?.yearFrom).toEqual({ rule: 'selection-dates' });
  });

  it('places a day not after its own yearless article, itself placed by the selection', () => {
    const own = article('u', 'وكان الوزير قد زار المعبر في 15 من كانون الأول.', '--12-20');
    const other = article('a', 'أصدرت الهيئة تقريرها السنوي.', '2020-01-05');
    expect(buildTimeline([own, other]).find((e) => e.sources[0]?.sourceId === 'u')?.date).toBe('2019-12-15');
  });

  it('never places a day after its yearless article or the brief\'s date: a year back, else unknown', () => {
    // 25 December is after the article's 20 December (placed in 2019): 2018 is more than a year from the other source.
    const own = article('u', 'وكان الوزير قد زار المعبر في 25 من كانون الأول.', '--12-20');
    const other = article('a', 'أصدرت الهيئة تقريرها السنوي.', '2020-01-05');
    expect(buildTimeline([own, other]).find((e) => e.sources[0]?.sourceId === 'u')?.date).toBe('--12-25');
    const late = article('v', 'وعقدت القمة في 27 من كانون الأول.');
    const bank = article('b', 'نشر البنك بيانه.', '2024-12-30');
    expect(buildTimeline([late, bank], { now: '2024-12-20' }).find((e) => e.sources[0]?.sourceId === 'v')?.date).toBe('--12-27');
    expect(buildTimeline([late, bank], { now: '2025-01-02' }).find((e) => e.sources[0]?.sourceId === 'v')?.date).toBe('2024-12-27');
  });

  it('leaves the year unknown when the dated sources span more than a year around the placement', () => {
    const undated = article('u', 'وصل الوفد التجاري إلى المدينة في 20 من تشرين الثاني.');
    const spread = [article('a', 'أعلنت الوزارة خطتها.', '2021-02-10'), article('b', 'عقد المجلس جلسته.', '2018-04-01')];
    const entry = buildTimeline([undated, ...spread]).find((e) => e.sources[0]?.sourceId === 'u');
    expect(entry?.date).toBe('--11-20');
    expect(entry?.dateBasis).toBeUndefined();
  });

  it('leaves the year unknown for a source whose own dated reports are years older than the placement', () => {
    const old = article('u', 'أعيد فتح المطار في 30 من أيلول 2016 بعد إغلاقه.\nوزار الوزير المطار في 4 من آب.');
    const entry = buildTimeline([old, article('a', 'نشرت الهيئة بيانها.', '2021-02-10')]).find((e) => e.text.includes('4 من آب'));
    expect(entry?.date).toBe('--08-04');
  });

  it('leaves the year unknown with no dated source at all', () => {
    const timeline = buildTimeline([article('u', 'اجتمع الطرفان في 9 من نيسان.')]);
    expect(timeline.map((e) => [e.date, e.dateBasis])).toEqual([['--04-09', undefined]]);
  });
});

describe('yearNotAfter', () => {
  it('takes the latest leap year for 29 February', () => {
    expect(yearNotAfter(2, 29, { year: 2023, month: 6, day: 1 }, [])).toEqual({ year: 2020, month: 2, day: 29 });
  });

  it('refuses a placement more than a year from a dated source', () => {
    expect(yearNotAfter(1, 5, { year: 2023, month: 1, day: 10 }, [day('2023-01-10'), day('2021-12-30')])).toBeNull();
    expect(yearNotAfter(1, 5, { year: 2023, month: 1, day: 10 }, [day('2023-01-10'), day('2022-01-30')])).toEqual({ year: 2023, month: 1, day: 5 });
  });
});
