import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../../main/model/brief.ts';
import { centralCluster, firstThen, placedInOrder } from '../../../../main/render/charts/central-entry.ts';
import { timelineLayout, type TimelineChartOptions } from '../../../../main/render/charts/timeline-layout.ts';

const measure = (text: string, size: number): number => text.length * size * 0.5;
// Two levels of labels, as the PDF's template gives: room for few labels over a story of years.
const OPTIONS: TimelineChartOptions = { width: 480, direction: 'rtl', hijri: false, digits: 'western', textSize: 7.5, levels: 2, stack: 4, measure };

function entry(id: string, date: string, sources = 1): TimelineEntry {
  return {
    id, date, included: true, edited: false, manual: false, approximate: false,
    text: `${id} أعلنت الحكومة وقف إطلاق النار في المدينة بعد اجتماع اللجنة`,
    sources: Array.from({ length: sources }, (_, i) => ({ sourceId: `s${i}`, quote: 'q' })),
  };
}

describe('the story\'s central entry on the timeline chart', () => {
  it('is the entry with most sources in the densest cluster, not a better-sourced outlier', () => {
    const axis = [{ u: 10, sources: 4 }, { u: 300, sources: 1 }, { u: 302, sources: 3 }, { u: 304, sources: 1 }, { u: 470, sources: 2 }];
    expect(centralCluster(axis, 10)).toEqual({ start: 1, end: 4, central: 2 });
    // Clusters of one each: the entry with most sources; a tie goes to the earlier.
    expect(centralCluster([{ u: 0, sources: 1 }, { u: 100, sources: 3 }, { u: 200, sources: 3 }], 10)?.central).toBe(1);
    // Two clusters of one size: the one with more sources in all.
    expect(centralCluster([{ u: 0, sources: 1 }, { u: 2, sources: 1 }, { u: 100, sources: 2 }, { u: 102, sources: 1 }], 10)).toEqual({ start: 2, end: 4, central: 2 });
    expect(centralCluster([], 10)).toBeNull();
  });

  it('places in the order asked and answers in the items\' own order', () => {
    expect(firstThen(4, 2)).toEqual([2, 0, 1, 3]);
    expect(firstThen(3, null, [2, 1, 0])).toEqual([2, 1, 0]);
    expect(placedInOrder(['a', 'b', 'c'], [2, 0, 1], (xs) => xs.map((x, i) => `${x}${i}`))).toEqual(['a1', 'b2', 'c0']);
  });

  it('names the densest place before outliers years away, however many crowd its week', () => {
    // A story's busy week (the event itself with most sources, and twelve reports around it) between a background
    // entry years before and a follow-up months after.
    const week = ['2026-01-07', '2026-01-08', '2026-01-09', '2026-01-10', '2026-01-11', '2026-01-12'];
    const busy = week.flatMap((d, i) => [entry(`b${i}`, d), entry(`c${i}`, d)]);
    // The follow-up's label, slid inside the chart's edge, covers the week's place on the lowest level.
    const entries = [entry('old', '2009'), entry('cert', '2024-06'), ...busy.slice(0, 5), entry('sinking', '2026-01-07', 5), ...busy.slice(5), entry('inspection-later', '2026-03')];
    const g = timelineLayout(entries, OPTIONS);
    const sinking = g.items.find((i) => i.entryId === 'sinking');
    expect(sinking, 'the central entry is drawn, not counted in a «+N»').toBeDefined();
    expect(sinking?.label, 'the week had no label: its central entry is named first').toBeDefined();
    // Others as room allows: not every entry of the chart gets one.
    expect(g.unlabelled.length).toBeGreaterThan(0);
  });

  it('draws the central entry of a full stack rather than counting it in the «+N»', () => {
    const day = ['a', 'b', 'c', 'd', 'e'].map((id) => entry(id, '2026-01-07'));
    const g = timelineLayout([entry('old', '2020'), ...day, entry('main', '2026-01-07', 4)], OPTIONS);
    expect(g.items.map((i) => i.entryId)).toContain('main');
    expect(g.overflows.flatMap((o) => o.entryIds)).toHaveLength(2);
    // Without a better-sourced entry the stack is drawn in axis order, as before: the last two are counted.
    const plain = timelineLayout([entry('old', '2020'), ...day, entry('main', '2026-01-07')], OPTIONS);
    expect(plain.overflows.flatMap((o) => o.entryIds)).toEqual(['e', 'main']);
  });

  it('leaves the labels of a chart with room for all as they were: each entry labelled', () => {
    const entries = [entry('a', '2025-01-05'), entry('b', '2025-06-01', 3), entry('c', '2025-12-20')];
    const g = timelineLayout(entries, { ...OPTIONS, levels: 6 });
    expect(g.unlabelled).toEqual([]);
  });

  it('changes nothing where the usual order already names the central cluster', () => {
    // The busy week is the latest place: latest first, it is labelled before anything else, whichever of its entries
    // has most sources; so the labels do not depend on which one is central.
    const chart = (central: number): string[] => {
      const week = ['2026-01-07', '2026-01-08', '2026-01-09'].map((d, i) => entry(`w${i}`, d, i === central ? 3 : 1));
      return timelineLayout([entry('old', '2009'), entry('cert', '2025-09'), ...week], OPTIONS).items.filter((i) => i.label).map((i) => i.entryId);
    };
    expect(chart(0)).toEqual(chart(2));
    expect(chart(0).filter((id) => id.startsWith('w'))).toEqual(['w2']);
  });
});
