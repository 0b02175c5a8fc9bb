import { describe, expect, it } from 'vitest';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { detectPublished, withImportYear, type PageLine } from '../../../../main/ingest/metadata/detect-published.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

const NOW = '2026-01-15';
const stamp = (line: string): [string, string | null] | null => {
  const s = readStamp(line, NOW);
  return s === null ? null : [s.value, s.label];
};

describe('a print issue line with a Levantine month written short', () => {
  it('reads «ك2», «ت1» beside the issue and volume numbers, glued or not', () => {
    expect(stamp('السنة 91 - العدد 214 - الاثنين 12 ك2 2026')).toEqual(['2026-01-12', null]);
    expect(stamp('العدد 5012السنة الثالثة والعشرون الثلاثاء 13 ت1 2025')).toEqual(['2025-10-13', null]);
    expect(stamp('العدد3310 - الأحد 4 ك1 2025')).toEqual(['2025-12-04', null]);
    // The number glued to its label still comes apart.
    expect(stamp('العدد4127 الاثنين 12 كانون الثاني 2026')).toEqual(['2026-01-12', null]);
  });
});

describe('a channel post marked «edited» beside its stamp', () => {
  it('reads the stamp as the update\'s, the views counter and the marker its furniture', () => {
    expect(stamp('👁 3.4K   edited   Jan 13, 2026 at 18:22')).toEqual(['2026-01-13', 'updated']);
    expect(stamp('12.1K views · edited 13/01/2026 18:22')).toEqual(['2026-01-13', 'updated']);
    expect(stamp('edited · January 12, 2026')).toEqual(['2026-01-12', 'updated']);
    // A sentence that says a text was edited on a day is no stamp.
    expect(stamp('The statement was edited by the ministry on Jan 13, 2026')).toBeNull();
  });
});

describe('a social page\'s post header: the day of this year and its clock', () => {
  it('reads «Month D at clock · icon» without a year, dated by the import to the latest such day', () => {
    expect(stamp('January 13 at 4:27 PM · 🌐')).toEqual(['--01-13', null]);
    expect(stamp('13 January at 16:27 · 👥')).toEqual(['--01-13', null]);
    expect(stamp('Jan 9, 9:05 AM')).toEqual(['--01-09', null]);
    const december = readStamp('December 30 at 9:10 PM', NOW);
    expect(december === null ? null : withImportYear(december, NOW)).toEqual({ value: '2025-12-30', basis: 'inferred' });
    // A month and a day followed by words is a sentence's, not a header's.
    expect(stamp('January 13 at the ministry')).toBeNull();
  });
});

describe('German stamps on Arabic pages published in Germany and Austria', () => {
  it('reads a German weekday and label beside a dotted or a worded date, the publication over the update', () => {
    expect(stamp('Dienstag, 13.01.2026')).toEqual(['2026-01-13', null]);
    expect(stamp('Montag, 12. Januar 2026')).toEqual(['2026-01-12', null]);
    expect(stamp('Veröffentlicht am 2. Dez. 2025')).toEqual(['2025-12-02', 'published']);
    expect(stamp('13. Jänner 2026 um 10:15 Uhr')).toEqual(['2026-01-13', null]);
    // The umlaut as «a» and a combining diaeresis (NFD text) is the same month.
    expect(stamp('9. Ma\u0308rz 2026')).toEqual(['2026-03-09', null]);
    expect(stamp('13. Ja\u0308nner 2026')).toEqual(['2026-01-13', null]);
    expect(stamp('Veröffentlicht am 12.01.2026, aktualisiert am 13.01.2026')).toEqual(['2026-01-12', 'published']);
    expect(stamp('Aktualisiert: 14.01.2026 09:40')).toEqual(['2026-01-14', 'updated']);
    // A German sentence with a date is prose.
    expect(stamp('Am 12. Januar 2026 hat die Regierung das Gesetz beschlossen')).toBeNull();
  });
});

describe('a paper\'s print and online days on one line', () => {
  it('reads the first publication the line names, the editions\' words its labels\' furniture', () => {
    expect(stamp('نُشر في العدد 214 الورقي بتاريخ 2026/1/8، ونُشر على الموقع 2026/1/12')).toEqual(['2026-01-08', 'published']);
    expect(stamp('صدر في النسخة الورقية يوم 10 يناير 2026')).toEqual(['2026-01-10', 'published']);
    expect(stamp('نشر على الموقع الإلكتروني 2026-01-12 | نشر في العدد الورقي 2026-01-11')).toEqual(['2026-01-12', 'published']);
    // «ونشر» with no label before it on its line opens a story sentence as often as a stamp: no label (revD 4).
    expect(stamp('ونشر في 12/1/2026')?.[1] ?? null).toBeNull();
    // A sentence about what a paper put on its site is prose.
    expect(stamp('نشرت الصحيفة على موقعها الإلكتروني تقريرا في 12 يناير 2026 عن الأزمة')).toBeNull();
  });
});

describe('a day badge over three lines in the head', () => {
  const raw: RawDocument = { file: 'a.txt', format: 'txt', encoding: 'utf-8', text: '', declared: {} };
  const LEDE = 'افتتح والي الولاية صباح الثلاثاء سوقا جديدا للماشية على الطريق المؤدي إلى الحدود، على مساحة عشرين هكتارا.';
  const page = (head: readonly string[]): PageLine[] =>
    [...head, 'افتتاح سوق جديد للماشية على طريق الحدود', LEDE].map((text, index) => ({ index, text, reason: null }));
  const published = (head: readonly string[]): string | null => detectPublished(raw, page(head), head.length, LEDE, NOW).value;

  it('reads the day, the month\'s name and the year printed each on its own line', () => {
    expect(published(['تشاد 24', '13', 'يناير', '2026', 'ولايات'])).toBe('2026-01-13');
    expect(published(['أخبار الولايات', '9', 'كانون الثاني', '2026'])).toBe('2026-01-09');
    expect(published(['5', 'Jan', '2026'])).toBe('2026-01-05');
  });

  it('reads no date from three lines that are not a day, a month and a year', () => {
    expect(published(['13', 'تعليق', '2026'])).toBeNull();
    expect(published(['13', 'يناير', 'الصفحة الأولى'])).toBeNull();
  });
});
