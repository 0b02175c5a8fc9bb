import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthFirstWhenLater } from '../../../../main/ingest/metadata/month-first-stamp.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import type { DateMention } from '../../../../main/text/dates/index.ts';

const NOW = '2026-01-15';
const value = (line: string): string | null => readStamp(line, NOW)?.value ?? null;

describe('a slashed stamp read month first only when day first it would come after the import', () => {
  it('reads North American stamps whose day-first reading is a day still to come', () => {
    expect(value('01/12/2026')).toBe('2026-01-12');
    expect(value('Posted on 01/09/2026 at 3:15 PM')).toBe('2026-01-09');
    expect(value('٠١/١٢/٢٠٢٦')).toBe('2026-01-12');
  });

  it('leaves a day-first reading that is possible, dotted and dashed dates, and one no reading makes past', () => {
    expect(value('01/12/2025')).toBe('2025-12-01');
    expect(value('12/01/2026')).toBe('2026-01-12');
    expect(value('01.12.2026')).toBe('2026-12-01');
    expect(value('01-12-2026')).toBe('2026-12-01');
    // Both readings after the import: the stamp stays as the tagger reads it (the reader then drops it).
    expect(value('03/02/2026')).toBe('2026-02-03');
  });

  it('returns the mention unchanged or a day no later than the import (fast-check)', () => {
    const two = (n: number): string => String(n).padStart(2, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2020, max: 2030 }), (day, month, year) => {
        const m: DateMention = { start: 0, end: 10, text: `${two(day)}/${two(month)}/${year}`, value: `${year}-${two(month)}-${two(day)}`, approximate: false, yearBasis: 'explicit', kind: 'date' };
        const out = monthFirstWhenLater(m, NOW);
        expect(out.value === m.value || out.value <= NOW).toBe(true);
        if (m.value <= NOW) expect(out).toBe(m);
      }),
    );
  });
});
