import { describe, expect, it } from 'vitest';
import { englishDates } from '../../../../main/text/dates/english-date.ts';
import { europeanDates } from '../../../../main/text/dates/european-date.ts';
import { findDates } from '../../../../main/text/dates/index.ts';

const values = (text: string): string[] => europeanDates(text).map((d) => d.value);
const dated = (text: string): string[] => findDates(text, { now: '2026-01-15' }).filter((m) => m.kind === 'date').map((m) => m.value);

describe('day-first dates in the languages of Arabic services published in Europe', () => {
  it('reads Italian, Spanish, Portuguese, Swedish, Danish and Dutch dates with their year', () => {
    expect(values('9 gennaio 2026')).toEqual(['2026-01-09']);
    expect(values('fredag 9 januari 2026')).toEqual(['2026-01-09']);
    expect(values('Publicado el 12 de marzo de 2025')).toEqual(['2025-03-12']);
    expect(values('1º de maio de 2026')).toEqual(['2026-05-01']);
    expect(values('3 maj 2025 kl. 10:15')).toEqual(['2025-05-03']);
    expect(values('14 maart 2024')).toEqual(['2024-03-14']);
    expect(values('21 dicembre 2025')).toEqual(['2025-12-21']);
  });
  it('needs the day and the year: a month name alone is a common word', () => {
    expect(values('mars och maj')).toEqual([]);
    expect(values('gennaio 2026')).toEqual([]);
    expect(values('9 gennaio')).toEqual([]);
    expect(values('40 gennaio 2026')).toEqual([]);
  });
  it('reads no day the month does not have, here or in the English and French rule', () => {
    expect(values('Publicerad 30 februari 2025')).toEqual([]);
    expect(values('31 aprile 2025')).toEqual([]);
    expect(values('29 febbraio 2024')).toEqual(['2024-02-29']);
    expect(englishDates('Publié le 30 février 2025').map((d) => d.value)).toEqual([]);
    expect(englishDates('31 June 2025').map((d) => d.value)).toEqual([]);
    expect(englishDates('February 29').map((d) => d.value)).toEqual(['--02-29']);
  });
});

describe("Libya's Jamahiriya month names", () => {
  it('reads a day, the month and a year of those years, Gregorian or of the era «و.ر»', () => {
    expect(dated('الأحد 6 الكانون 2009')).toEqual(['2009-12-06']);
    expect(dated('الخميس 15 الفاتح 1377 و.ر')).toEqual(['2009-09-15']);
    expect(dated('نشر في 3 النوار 2008')).toEqual(['2008-02-03']);
  });
  it('reads no date from the words alone or outside those years', () => {
    expect(dated('في الربيع 2009 زار الوفد المدينة')).toEqual([]);
    expect(dated('قال ناصر 2009 إن')).toEqual([]);
    expect(dated('6 الكانون 2024')).toEqual([]);
    expect(dated('15 الفاتح 1377')).toEqual([]);
  });
  it('needs spaces around the month, and more than a figure and a year for a month that is a common word', () => {
    expect(dated('غرق المركب 7الماء2003 قرب الساحل')).toEqual([]);
    expect(dated('فاز الأهلي 2 الفاتح 2011 في المباراة')).toEqual([]);
    expect(dated('صدر القانون رقم 4 الحرث 2006 بعد نقاش')).toEqual([]);
    expect(dated('الجمعة 4 الحرث 2006')).toEqual(['2006-11-04']);
    expect(dated('12 الماء 2005')).toEqual(['2005-05-12']);
    expect(dated('نشر في: 12 الماء 2005')).toEqual(['2005-05-12']);
  });
});
