import { describe, expect, it } from 'vitest';
import { detectPublished, type PageLine } from '../../../../main/ingest/metadata/detect-published.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { relativeStamp } from '../../../../main/ingest/metadata/relative-stamp.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

const NOW = '2026-01-15';
const stamp = (line: string): [string, string | null, boolean] | null => {
  const s = readStamp(line, NOW);
  return s === null ? null : [s.value, s.label, s.relative];
};
const lines = (texts: readonly [string, string | null][]): PageLine[] => texts.map(([text, reason], index) => ({ index, text, reason }));
const raw = (text: string, published?: string): RawDocument => ({ file: 'a.html', format: 'html', encoding: 'utf-8', text, declared: published === undefined ? {} : { published } });

// Strings of our own, in the forms social pages, chat exports and Maghreb sites print their stamps (issue 13).
describe('relative stamps as social pages print them', () => {
  it('reads the one-letter units under a post, Arabic and Latin, and only a line that is nothing else', () => {
    expect(relativeStamp('٤ ي', NOW)).toBe('2026-01-11');
    expect(relativeStamp('2 d · 🌐', NOW)).toBe('2026-01-13');
    expect(relativeStamp('3h', NOW)).toBe('2026-01-15');
    expect(relativeStamp('1 w', NOW)).toBe('2026-01-08');
    expect(relativeStamp('12 م', NOW)).toBeNull();
    expect(relativeStamp('4 ي مطلوبة', NOW)).toBeNull();
  });

  it('reads «واحد» after its unit', () => {
    expect(relativeStamp('قبل ساعة واحدة', NOW)).toBe('2026-01-15');
    expect(relativeStamp('منذ يوم واحد', NOW)).toBe('2026-01-14');
  });

  it('counts hours back from the middle of the import day, whose hour is not known', () => {
    expect(relativeStamp('منذ 6 ساعات', NOW)).toBe('2026-01-15');
    expect(relativeStamp('منذ 12 ساعة', NOW)).toBe('2026-01-15');
    expect(relativeStamp('منذ 18 ساعة', NOW)).toBe('2026-01-14');
    expect(relativeStamp('19 hours ago', NOW)).toBe('2026-01-14');
    expect(relativeStamp('منذ يوم و 15 ساعة', NOW)).toBe('2026-01-13');
    expect(relativeStamp('منذ 3 أيام', NOW)).toBe('2026-01-12');
  });

  it('dates a page by the relative stamp under its post when nothing else dates it', () => {
    const page = lines([
      ['صفحة الحي', null],
      ['تعلن البلدية عن فتح باب التسجيل في دورات السباحة للأطفال ابتداء من الأسبوع المقبل في المسبح البلدي.', null],
      ['#البلدية #السباحة', null],
      ['٣ ي', null],
      ['128 تسجيل إعجاب', null],
    ]);
    expect(detectPublished(raw(page.map((l) => l.text).join('\n')), page, null, page[1]!.text, NOW)).toEqual({ value: '2026-01-12', basis: 'inferred' });
  });
});

describe('stamps of chat exports and French labels', () => {
  it('reads the bracketed stamp opening an exported chat message', () => {
    expect(stamp('[10/23/25, 7:05 PM] أبو سامي: تم تحويل الرسالة')).toEqual(['2025-10-23', null, false]);
    expect(stamp('[23.10.25 19:05] سامي: نص الرسالة')).toEqual(['2025-10-23', null, false]);
    expect(stamp('[انتبه] الاجتماع في 23/10/2025 بحضور الوزير والمحافظ وأعضاء المجلس البلدي')).toBeNull();
  });

  it('reads the French labels and clock of Maghreb pages, publication over update', () => {
    expect(stamp('Publié le lundi 5 janvier 2026 à 08h15')).toEqual(['2026-01-05', 'published', false]);
    expect(stamp('Mis à jour le 6 janvier 2026 à 11h40 - Publié le 5 janvier 2026')).toEqual(['2026-01-05', 'published', false]);
    expect(stamp('le 05/01/2026 à 08h15')).toEqual(['2026-01-05', null, false]);
  });

  it('keeps a clock beside its counter: «09:45 مشاهدات: 310» is a clock and a count', () => {
    expect(stamp('2025 كانون الأول 30 09:45 مشاهدات: 310')).toEqual(['2025-12-30', null, false]);
  });
});

describe('a declared date in words', () => {
  it('reads the day a year-first declared stamp names by words, not its year alone', () => {
    const page = lines([['عنوان الخبر', null]]);
    expect(detectPublished(raw('عنوان الخبر', '2025 كانون الأول 30'), page, 0, '', NOW)).toEqual({ value: '2025-12-30', basis: 'explicit' });
    expect(detectPublished(raw('عنوان الخبر', '2025-12-30T08:00:00+03:00'), page, 0, '', NOW)).toEqual({ value: '2025-12-30', basis: 'explicit' });
  });
});
