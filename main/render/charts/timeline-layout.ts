import type { TimelineEntry } from '../../model/brief.ts';
import { displaySegments, shapeDigits, type Digits } from '../shared/digits-direction.ts';
import { entrySpan, type EntrySpan } from './entry-span.ts';
import type { ChartItem, TimelineGeometry } from './timeline-geometry.ts';
import { centralCluster, firstThen, placedInOrder } from './central-entry.ts';
import { placeLabels, type PlacedLabel } from './label-levels.ts';
import { labelForms, lazyMeasuredForms } from './short-label.ts';
import { tickLabels, type TickLabel } from './tick-labels.ts';
import { axisTicks, scaleX, timeScale } from './time-scale.ts';

/** Measures text as the typesetter sets it: the width in points of one line of `text` at `size`, bold or not. */
export type MeasureText = (text: string, size: number, bold?: boolean) => number;

export interface TimelineChartOptions {
  width: number;
  /** The brief's direction: time runs from the start side, right to left in an Arabic brief. */
  direction: 'rtl' | 'ltr';
  /** Hijri months and years beneath the Gregorian ticks. */
  hijri: boolean;
  digits: Digits;
  /** Size of the labels and tick text, in points. */
  textSize: number;
  /** At most this many levels of labels above the axis. */
  levels: number;
  /** At most this many badges stacked over one place of the axis; the rest are counted in a «+N» above them. */
  stack: number;
  measure: MeasureText;
}

const BREAK_WIDTH = 14;
const BAR_HEIGHT = 5;
const LABEL_MAX = 105;

function sourceCount(entry: TimelineEntry): number {
  return entry.independentSources ?? new Set(entry.sources.map((s) => s.sourceId)).size;
}

function labelText(text: string, digits: Digits): string {
  return displaySegments(text, digits).map((s) => s.text).join('');
}

/**
 * The «+N» marks of full stacks, in axis order (logical u): the entries left out at one place counted together,
 * and left-out entries whose marks would touch (neighbouring busy days) counted in the first one's mark.
 */
function overflowMarks(
  overflowed: ReadonlyArray<{ entry: TimelineEntry; u: number }>, size: number, minimum: number, options: TimelineChartOptions,
): Array<{ u: number; entryIds: string[]; text: string; width: number }> {
  // Marks closer than the widest likely one («+99») share it, so no two marks of the row touch.
  const room = Math.max(minimum, options.measure(`\u2066+${shapeDigits('99', options.digits)}\u2069`, size, true)) + 2;
  const marks: Array<{ u: number; entryIds: string[]; text: string; width: number }> = [];
  for (const o of overflowed) {
    const last = marks[marks.length - 1];
    if (last && o.u - last.u < room) last.entryIds.push(o.entry.id);
    else marks.push({ u: o.u, entryIds: [o.entry.id], text: '', width: 0 });
  }
  for (const m of marks) {
    // Isolated left to right, so the sign stands before the number («+3», not «3+») in a right-to-left chart.
    m.text = `\u2066+${shapeDigits(String(m.entryIds.length), options.digits)}\u2069`;
    m.width = options.measure(m.text, size, true);
  }
  return marks;
}

/**
 * Lays out the timeline chart of the given entries (the included ones, in the brief's order): a horizontal axis
 * running from the start side (right to left in Arabic), broken where years pass without an entry; a day as a
 * round mark, a span as a bar in lanes under the axis, approximate ones open or hatched; over each item a badge
 * with its sources' count, badges of a busy day stacked up to a cap and the rest counted in a «+N» above; a short label per entry on the lowest free level above,
 * tied to its badge by a leader, shortened with an ellipsis where room is short, and never over another label; the
 * story's densest place (central-entry.ts) always drawn and named: its central entry first where it would not be.
 * Pure and deterministic: the same entries and options give the same geometry; text is measured by `measure`.
 */
export function timelineLayout(entries: readonly TimelineEntry[], options: TimelineChartOptions): TimelineGeometry {
  const { width, textSize, measure } = options;
  const rtl = options.direction === 'rtl';
  const placed: Array<{ entry: TimelineEntry; span: EntrySpan }> = [];
  const unplaced: string[] = [];
  for (const entry of entries) {
    const span = entrySpan(entry);
    if (span) placed.push({ entry, span });
    else unplaced.push(entry.id);
  }
  // Logical coordinates first (u from the start side), mirrored into x at the end for a right-to-left brief.
  const scale = timeScale(placed.map((p) => p.span), width, BREAK_WIDTH);
  const toX = (u: number): number => (rtl ? width - u : u);
  const dayU = (day: number): number => scaleX(scale, day) ?? 0;
  const order = placed
    .map((p, i) => ({ ...p, i, u: p.span.kind === 'day' ? dayU(p.span.start + 0.5) : (dayU(p.span.start) + dayU(p.span.end + 1)) / 2 }))
    .sort((a, b) => a.u - b.u || a.i - b.i);

  const r = Math.max(4, textSize * 0.62);
  // The story's densest place (centralCluster): its central entry is stacked first when the axis order would leave it
  // counted in a «+N», and labelled first when the usual order would leave the whole place unnamed.
  const cluster = centralCluster(order.map((o) => ({ u: o.u, sources: sourceCount(o.entry) })), 2 * r + 0.5);
  // A busy day stacks its badges up to the cap; the entries beyond it are not drawn but counted above the stack.
  const stackBadges = (first: number | null): Array<PlacedLabel | null> => placedInOrder(order.map((o) => ({ anchor: o.u, widths: [2 * r] })),
    firstThen(order.length, first), (requests) => placeLabels(requests, { sides: ['centre'], width, levels: options.stack, gap: 0.5, leaders: false }));
  const axisOrder = stackBadges(null);
  const stacked = cluster === null || axisOrder[cluster.central] ? axisOrder : stackBadges(cluster.central);
  const shown = order.filter((_, k) => stacked[k]);
  const inCluster = order.map((_, k) => cluster !== null && k >= cluster.start && k < cluster.end).filter((_, k) => stacked[k]);
  const centralShown = cluster === null ? -1 : shown.indexOf(order[cluster.central] as (typeof order)[number]);
  const badges = stacked.filter((b) => b !== null);
  const overflowed = order.filter((_, k) => !stacked[k]);
  const bars = placeLabels(shown.map((o) => ({ anchor: dayU(o.span.start), widths: o.span.kind === 'span' ? [Math.max(2, dayU(o.span.end + 1) - dayU(o.span.start))] : [] })), { sides: ['after'], width, levels: 16, gap: 1, leaders: false });
  const forms = shown.map((o) => lazyMeasuredForms(labelForms(labelText(o.entry.text, options.digits), 5, 2), (text) => measure(text, textSize), LABEL_MAX));
  // Latest first: each label runs forward in time from its leader, so a label placed after a later one climbs
  // above it (a staircase down towards the later entries). When that leaves the central cluster with no label, its
  // central entry's goes first and the rest follow as room allows (no leader crosses a label in any order: the
  // placer checks both ways).
  const latestFirst = shown.map((_, k) => shown.length - 1 - k);
  const placeText = (first: number | null): Array<PlacedLabel | null> => placedInOrder(shown.map((o, k) => ({ anchor: o.u, widths: { at: (i: number) => forms[k]?.at(i)?.width } })),
    firstThen(shown.length, first, latestFirst), (requests) => placeLabels(requests, { sides: ['after'], width, levels: options.levels, gap: 4 }));
  const usual = placeText(null);
  const labels = centralShown < 0 || usual.some((l, k) => l !== null && inCluster[k]) ? usual : placeText(centralShown);

  const labelH = textSize * 1.55;
  const levelsUsed = labels.reduce((n, l) => Math.max(n, l ? l.level + 1 : 0), 0);
  const badgeStep = 2 * r + 1;
  const countSize = textSize * 0.85;
  const overflows = overflowMarks(overflowed, countSize, 2 * r, options);
  // A row above the badges for the «+N» of full stacks, when there are any.
  const stackUsed = badges.reduce((n, b) => Math.max(n, b.level + 1), 1) + (overflows.length > 0 ? 1 : 0);
  const axisY = 2 + levelsUsed * labelH + 4 + stackUsed * badgeStep;
  const lanesUsed = bars.reduce((n, b) => Math.max(n, b ? b.level + 1 : 0), 0);
  const tickTop = axisY + 2 + lanesUsed * (BAR_HEIGHT + 2);
  const greg = tickTop + 4 + textSize;
  const hijriBaseline = greg + textSize * 1.35;
  const ticks = tickLabels(axisTicks(scale, Math.max(40, measure('ديسمبر 2024', textSize) + 10)), options);

  const items: ChartItem[] = shown.map((o, k) => {
    const b = badges[k];
    const cx = toX(o.u);
    const cy = axisY - r - 1 - (b?.level ?? 0) * badgeStep;
    const count = shapeDigits(String(sourceCount(o.entry)), options.digits);
    const countWidth = measure(count, countSize, true);
    const item: ChartItem = {
      entryId: o.entry.id,
      kind: o.span.kind === 'day' ? 'mark' : 'bar',
      approximate: o.span.approximate,
      sources: sourceCount(o.entry),
      badge: { cx, cy, r, count: { text: count, x: cx - countWidth / 2, baseline: cy + countSize * 0.35, width: countWidth, size: countSize } },
    };
    const lane = bars[k];
    if (lane) {
      const [a, z] = [toX(lane.x0), toX(lane.x1)];
      item.bar = { x0: Math.min(a, z), x1: Math.max(a, z), y: axisY + 2 + lane.level * (BAR_HEIGHT + 2), height: BAR_HEIGHT };
    }
    const l = labels[k];
    const form = l ? forms[k]?.at(l.choice) : undefined;
    if (l && form) {
      const top = 2 + (levelsUsed - 1 - l.level) * labelH;
      const x = rtl ? width - l.x1 : l.x0;
      item.label = {
        text: { text: form.text, x, baseline: top + labelH * 0.68, width: form.width, size: textSize },
        box: { x, y: top, width: form.width, height: labelH },
        leader: { x: cx, y0: top + labelH, y1: cy - r },
      };
    }
    return item;
  });
  const overflowTexts = overflows.map((m) => {
    const cx = toX(m.u);
    const cy = axisY - r - 1 - options.stack * badgeStep;
    return { entryIds: m.entryIds, text: { text: m.text, x: cx - m.width / 2, baseline: cy + countSize * 0.35, width: m.width, size: countSize } };
  });
  // A leader stops over a «+N» it would run through: the mark stands for the stack under it.
  for (const item of items) {
    const leader = item.label?.leader;
    if (!leader) continue;
    for (const { text } of overflowTexts) {
      if (leader.x >= text.x - 1 && leader.x <= text.x + text.width + 1) leader.y1 = Math.min(leader.y1, text.baseline - text.size * 0.85);
    }
  }
  const pieces = scale.segments.map((s) => ({ x0: Math.min(toX(s.x0), toX(s.x1)), x1: Math.max(toX(s.x0), toX(s.x1)) }));
  return {
    width,
    height: (options.hijri ? hijriBaseline : greg) + textSize * 0.6,
    axis: { y: axisY, pieces },
    breaks: scale.breaks.map((u) => ({ x: toX(u), y: axisY })),
    ticks: ticks.map((t: TickLabel) => ({
      x: toX(t.u),
      y0: axisY,
      y1: tickTop,
      ...(t.gregorian ? { gregorian: { text: t.gregorian.text, x: toX(t.gregorian.u) - t.gregorian.width / 2, baseline: greg, width: t.gregorian.width, size: textSize } } : {}),
      ...(t.hijri ? { hijri: { text: t.hijri.text, x: toX(t.hijri.u) - t.hijri.width / 2, baseline: hijriBaseline, width: t.hijri.width, size: textSize } } : {}),
    })),
    items,
    overflows: overflowTexts,
    unlabelled: items.filter((i) => !i.label).map((i) => i.entryId),
    unplaced,
  };
}
