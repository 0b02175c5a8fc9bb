import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';
import { eventDatesFirst } from '../../../../main/analysis/timeline/since-dates.ts';

const own = (text: string, reference: string | null): string[] =>
  eventDatesFirst(text, findDates(text, { reference, now: '2026-12-03' })).map((m) => m.value);

describe('eventDatesFirst', () => {
  const fall = 'وقال المراسل إن دخول القوات إلى المدينة يوم الأحد ينهي حربا دامت سنوات في أعقاب الاحتجاجات التي اندلعت في عام 2011.';

  it('dates a sentence by the day it names, not by the year of what it looks back on', () => {
    expect(own(fall, '2024-12-10')).toEqual(['2024-12-08']);
  });

  it('gives no date at all when that day cannot be resolved (an article without a date)', () => {
    expect(own(fall, null)).toEqual([]);
  });

  it('keeps a year that dates the sentence itself, and «منذ» alone', () => {
    expect(own('وشهدت المدينة في عام 2011 احتجاجات واسعة ضد الحكومة.', null)).toEqual(['2011']);
    expect(own('وتعيش المدينة أزمة مياه منذ عام 2019 بسبب الجفاف.', null)).toEqual(['2019']);
  });
});
