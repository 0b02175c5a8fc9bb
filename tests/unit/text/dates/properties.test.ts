import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, type DateMention } from '../../../../main/text/dates/index.ts';

function isRealDate(value: string): boolean {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (full) {
    const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    return m >= 1 && m <= 12 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12;
  if (/^\d{4}$/.test(value)) return true;
  const md = /^--(\d{2})-(\d{2})$/.exec(value);
  if (md) {
    const [m, d] = [Number(md[1]), Number(md[2])];
    // A yearless day must exist in some year: 29 February does (2000 was a leap year).
    const date = new Date(Date.UTC(2000, m - 1, d));
    return m >= 1 && m <= 12 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }
  return false;
}

function checkMentions(text: string, mentions: DateMention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(isRealDate(m.value), m.value).toBe(true);
    if (m.range) {
      expect(isRealDate(m.range.start) && isRealDate(m.range.end), JSON.stringify(m.range)).toBe(true);
      expect(m.range.start <= m.range.end).toBe(true);
    }
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    previousEnd = m.end;
  }
}

// Pieces of date expressions, so that random texts hit the rules and not only plain noise.
const PIECES = [
  'في', 'من', 'إلى', 'بين', 'و', '،', '/', '-', '.', ' ', 'عام', 'شهر', 'يوم', 'اليوم', 'أمس', 'غدا', 'الماضي', 'المقبل', 'الحالي', 'منذ', 'قبل',
  'ديسمبر', 'شباط', 'كانون الأول', 'آب', 'فيفري', 'نيسان', 'رمضان', 'جمادى الآخرة', 'هـ', 'م', 'الاثنين', 'الجمعة', 'أواخر', 'منتصف',
  'السادس والعشرين', 'الحادي والثلاثين', 'الأول', 'ثلاثة', 'أيام', 'يومين', 'الأسبوع', 'العام', '29', '30', '31', '0', '2', '12', '13',
  '2024', '2023', '1446', '1899', '٢٠٢٥', '٣١', 'T10:00', '\u0640', '\u064B', '\u200F', 'ﻻ', '😀',
];

const REFERENCES = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.constantFrom('2024-02-29', '2025-01-01', '2023-12-31', '2025-03', '2024', '--02-29', 'garbage'),
  fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

describe('findDates — properties', () => {
  it('never throws on arbitrary unicode and returns sorted, non-overlapping, real dates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), REFERENCES, (text, reference) => {
        checkMentions(text, findDates(text, { reference, now: '2025-06-01' }));
      }),
      { numRuns: 300 },
    );
  });

  it('holds on random sequences of date words, digits and separators', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), fc.array(fc.constantFrom(' ', '', ' ', '،'), { minLength: 14, maxLength: 14 }), REFERENCES,
        (pieces, glue, reference) => {
          const text = pieces.map((p, i) => p + (glue[i] ?? ' ')).join('');
          checkMentions(text, findDates(text, { reference, now: '2025-06-01' }));
        }),
      { numRuns: 600 },
    );
  });

  it('never throws on hostile inputs', () => {
    for (const text of ['', '\u0000', '\uD800', 'a'.repeat(50_000), '31 '.repeat(2000) + 'ديسمبر', '٩'.repeat(1000)]) {
      expect(() => findDates(text, { reference: 'x', now: 'y' })).not.toThrow();
    }
    expect(findDates(undefined as unknown as string)).toEqual([]);
  });
});
