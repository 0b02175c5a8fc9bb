import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../../main/model/brief.ts';
import type { TimelineGeometry } from '../../../../main/render/charts/timeline-geometry.ts';
import { timelineLayout, type TimelineChartOptions } from '../../../../main/render/charts/timeline-layout.ts';

// A stand-in for the typesetter's measure: wide enough that labels crowd; the PDF's own is tested with the PDF.
const measure = (text: string, size: number): number => text.length * size * 0.5;
const OPTIONS: TimelineChartOptions = { width: 480, direction: 'rtl', hijri: true, digits: 'western', textSize: 7.5, levels: 6, stack: 4, measure };

const WORDS = ['أعلنت', 'الحكومة', 'وقف', 'إطلاق', 'النار', 'في', 'المدينة', 'بعد', 'اجتماع', 'اللجنة'];

function entry(id: string, date: string, extra: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id, date, included: true, edited: false, manual: false, approximate: false,
    text: `${id} ${WORDS.join(' ')}`, sources: [{ sourceId: 's1', quote: 'q' }], ...extra,
  };
}

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function labelBoxes(g: TimelineGeometry): Box[] {
  return g.items.flatMap((i) => (i.label ? [i.label.box] : []));
}

const dates = fc.oneof(
  fc.date({ min: new Date('2010-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.integer({ min: 2010, max: 2026 }).map(String),
  fc.tuple(fc.integer({ min: 2010, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.constant('--05-04'),
);

describe('timelineLayout', () => {
  it('never lets two label boxes intersect, keeps them in the chart, and gives the same geometry for the same entries', () => {
    fc.assert(fc.property(fc.array(fc.tuple(dates, fc.boolean()), { maxLength: 80 }), (list) => {
      const entries = list.map(([date, approximate], i) => entry(`e${i}`, date, { approximate }));
      const g = timelineLayout(entries, OPTIONS);
      const boxes = labelBoxes(g);
      boxes.forEach((a, i) => {
        expect(a.x).toBeGreaterThanOrEqual(-1e-6);
        expect(a.x + a.width).toBeLessThanOrEqual(OPTIONS.width + 1e-6);
        boxes.forEach((b, j) => {
          if (i < j) expect(intersects(a, b), `labels ${i} and ${j}`).toBe(false);
        });
      });
      const overflowed = g.overflows.flatMap((o) => o.entryIds);
      expect(g.items.length + g.unplaced.length + overflowed.length).toBe(entries.length);
      expect(timelineLayout(entries, OPTIONS)).toEqual(g);
    }), { numRuns: 60 });
  });

  it('runs time right to left in an Arabic brief and left to right in an English one', () => {
    const entries = [entry('a', '2024-12-01'), entry('b', '2024-12-20'), entry('c', '2025-01-15')];
    const rtl = timelineLayout(entries, OPTIONS).items.map((i) => i.badge.cx);
    const ltr = timelineLayout(entries, { ...OPTIONS, direction: 'ltr' }).items.map((i) => i.badge.cx);
    expect(rtl[0]).toBeGreaterThan(rtl[1] ?? Infinity);
    expect(rtl[1]).toBeGreaterThan(rtl[2] ?? Infinity);
    expect(ltr[0]).toBeLessThan(ltr[1] ?? -Infinity);
    expect(rtl.map((x) => Math.round((OPTIONS.width - x) * 1000))).toEqual(ltr.map((x) => Math.round(x * 1000)));
  });

  it('stacks a busy day, draws spans as bars and approximate dates as such, counts independent sources, leaves out a yearless date', () => {
    const g = timelineLayout([
      entry('a', '2024-12-08'),
      entry('b', '2024-12-08', { independentSources: 3, sources: [{ sourceId: 's1', quote: 'q' }, { sourceId: 's2', quote: 'q' }, { sourceId: 's3', quote: 'q' }] }),
      entry('c', '2024-12', { approximate: true, range: { start: '2024-12-21', end: '2024-12-31' } }),
      entry('d', '2024'),
      entry('e', '--12-08'),
    ], OPTIONS);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => g.items.find((i) => i.entryId === id));
    expect(a?.badge.cx).toBeCloseTo(b?.badge.cx ?? NaN, 6);
    expect(a?.badge.cy).not.toBeCloseTo(b?.badge.cy ?? NaN, 1);
    expect(b?.sources).toBe(3);
    expect(b?.badge.count.text).toBe('3');
    expect(a?.kind).toBe('mark');
    expect(c).toMatchObject({ kind: 'bar', approximate: true });
    expect(d).toMatchObject({ kind: 'bar', approximate: false });
    // The year's bar spans the whole of 2024: December's range lies inside it.
    expect(d?.bar?.x0).toBeLessThanOrEqual(c?.bar?.x0 ?? -Infinity);
    expect(g.unplaced).toEqual(['e']);
  });

  it('stacks a busy day up to the cap and counts the rest in a «+N» above the stack, in the template\'s digits', () => {
    const busy = Array.from({ length: 7 }, (_, i) => entry(`d${i}`, '2024-12-08'));
    const g = timelineLayout([...busy, entry('later', '2025-01-20')], OPTIONS);
    const onDay = g.items.filter((i) => i.entryId.startsWith('d'));
    expect(onDay.map((i) => i.entryId)).toEqual(['d0', 'd1', 'd2', 'd3']);
    expect(g.overflows).toHaveLength(1);
    expect(g.overflows[0]?.entryIds).toEqual(['d4', 'd5', 'd6']);
    expect(g.overflows[0]?.text.text).toBe('\u2066+3\u2069');
    const top = Math.min(...onDay.map((i) => i.badge.cy - i.badge.r));
    expect(g.overflows[0]?.text.baseline).toBeLessThan(top);
    const mid = (g.overflows[0]?.text.x ?? 0) + (g.overflows[0]?.text.width ?? 0) / 2;
    expect(mid).toBeCloseTo(onDay[0]?.badge.cx ?? NaN, 6);
    const indic = timelineLayout(busy, { ...OPTIONS, digits: 'arabic-indic', stack: 2 });
    expect(indic.overflows.map((o) => o.text.text)).toEqual(['\u2066+٥\u2069']);
    expect(timelineLayout(busy.slice(0, 4), OPTIONS).overflows).toEqual([]);
  });

  it('cuts a long quiet stretch out of the axis and marks the break', () => {
    const g = timelineLayout([entry('a', '2011'), entry('b', '2024-12-08'), entry('c', '2025-01-10')], OPTIONS);
    expect(g.breaks).toHaveLength(1);
    expect(g.axis.pieces).toHaveLength(2);
    expect(g.ticks.some((t) => t.hijri !== undefined)).toBe(true);
  });

  it('names a year-only segment by its own year: its first label is pulled inside the axis, and no tick stands in its end padding', () => {
    // «منذ عام 2023» spans the whole year; the padding after it reached past 1 January 2024, whose tick then
    // labelled the segment «2024» while the 2023 tick at the axis's edge lost its label.
    const g = timelineLayout([entry('a', '2023'), entry('b', '2025-12-20'), entry('c', '2026-01-10')], OPTIONS);
    const texts = g.ticks.map((t) => t.gregorian?.text).filter((t) => t !== undefined);
    expect(texts.filter((t) => t.includes('2023'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('2024'))).toEqual([]);
    const y2023 = g.ticks.find((t) => t.gregorian?.text.includes('2023') === true);
    expect(y2023?.gregorian?.x).toBeGreaterThanOrEqual(0);
    expect((y2023?.gregorian?.x ?? 0) + (y2023?.gregorian?.width ?? 0)).toBeLessThanOrEqual(OPTIONS.width);
  });

  it('leaves a tick label that fits centred on its tick', () => {
    const g = timelineLayout([entry('a', '2024-10-08'), entry('b', '2025-01-10'), entry('c', '2025-03-20')], OPTIONS);
    const labelled = g.ticks.filter((t) => t.gregorian !== undefined);
    expect(labelled.length).toBeGreaterThan(1);
    for (const t of labelled) expect((t.gregorian?.x ?? 0) + (t.gregorian?.width ?? 0) / 2).toBeCloseTo(t.x, 6);
  });

  it('shortens a label with an ellipsis at its logical end', () => {
    const g = timelineLayout([entry('a', '2024-12-08')], OPTIONS);
    expect(g.items[0]?.label?.text.text).toMatch(/^a أعلنت .*…$/u);
  });
});
