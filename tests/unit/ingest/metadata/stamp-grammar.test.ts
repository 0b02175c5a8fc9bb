import { describe, expect, it } from 'vitest';
import { lineDates } from '../../../../main/ingest/metadata/dateline.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { urlDate } from '../../../../main/ingest/metadata/url-date.ts';

const NOW = '2026-01-15';
const stamp = (line: string): [string, string | null] | null => {
  const s = readStamp(line, NOW);
  return s === null ? null : [s.value, s.label];
};

describe('page stamps in the wider grammar', () => {
  it('reads a section label glued to the date, and no sentence that ends in one', () => {
    expect(stamp('غير مصنف11-1-2026 | 13:05')).toEqual(['2026-01-11', null]);
    expect(stamp('محليات10/01/2026 , 11:50ص')).toEqual(['2026-01-10', null]);
    expect(stamp('محليات 10 يناير 2026 , 11:50ص')).toBeNull();
    expect(stamp('وقال الوزير في 10 يناير 2026')).toBeNull();
    expect(stamp('افتتح الوزير اليوم الجسر الجديد فوق الوادي 10 يناير 2026')).toBeNull();
  });

  it('reads «تم نشر هذا المحتوى على» as a publication label, and the page field after a labelled date', () => {
    expect(stamp('تم نشر هذا المحتوى على 09 يناير 2026 - 10:30')).toEqual(['2026-01-09', 'published']);
    expect(stamp('تاريخ النشر 08-01-2026 الجهة هيئة الطرق والجسور')).toEqual(['2026-01-08', 'published']);
    expect(stamp('08-01-2026 الجهة هيئة الطرق والجسور')).toBeNull();
  });

  it('reads dates in brackets, Arabic-Indic slashes, numbered Levantine months and short years', () => {
    expect(stamp('[13/يناير/2026]')).toEqual(['2026-01-13', null]);
    expect(stamp('٠٩/٠١/٢٠٢٦')).toEqual(['2026-01-09', null]);
    expect(stamp('الجمعة, 09 كانون2/يناير 2026 12:40')).toEqual(['2026-01-09', null]);
    expect(stamp('الأحد 12-يناير-26')).toEqual(['2026-01-12', null]);
    expect(lineDates('18/سبتمبر/2025 - 06:41 م', NOW).map((m) => m.value)).toEqual(['2025-09-18']);
  });

  it('reads a day-first date in a URL path', () => {
    expect(urlDate('https://www.example.qa/opinion/06/01/2026/slug')).toBe('2026-01-06');
    expect(urlDate('https://example.qa/article/10/01/2026/1608813-slug')).toBe('2026-01-10');
    expect(urlDate('https://example.qa/article/31/02/2026/x')).toBeNull();
  });
});
