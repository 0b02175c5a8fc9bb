import { dayDate, dayNumber, type EntrySpan } from './entry-span.ts';

/** A stretch of time drawn linearly between x0 and x1 (points from the axis's left end, before any mirroring). */
export interface AxisSegment {
  /** First day shown and the day after the last (a half-open range of days). */
  from: number;
  to: number;
  /** The day after the segment's last entry: the room after it is padding, and no tick is drawn there. */
  entriesEnd: number;
  x0: number;
  x1: number;
}

export interface TimeScale {
  segments: AxisSegment[];
  /** x of the middle of each gap left out between two segments (where the axis is broken). */
  breaks: number[];
}

export interface Tick {
  /** The first day of the tick's year or month. */
  day: number;
  x: number;
  unit: 'year' | 'month';
  /** The axis segment the tick belongs to. */
  segment: number;
}

/** A long quiet stretch is cut out of the axis when it lasts this share of the whole story, and at least 90 days. */
const GAP_SHARE = 0.2;
const MIN_GAP_DAYS = 90;
/** Each segment gets at least this share of the axis, however few entries it holds. */
const MIN_SHARE = 0.15;

/**
 * The axis's time scale: the days the entries cover, grouped into segments where they lie close together; a long
 * gap between two groups (years of background before the news) is cut out and drawn as a break, so the busy weeks
 * are not squeezed into a sliver beside a decade of context. Each segment's width is shared out by the number of
 * entries it holds (with a floor), and inside a segment time runs linearly.
 */
export function timeScale(spans: readonly EntrySpan[], width: number, breakWidth: number): TimeScale {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const first = sorted[0];
  const last = sorted.reduce((end, s) => Math.max(end, s.end), first?.end ?? 0);
  if (!first) return { segments: [], breaks: [] };
  const gap = Math.max(MIN_GAP_DAYS, (last - first.start) * GAP_SHARE);
  const groups: Array<{ from: number; to: number; entriesEnd: number; count: number }> = [];
  for (const span of sorted) {
    const open = groups[groups.length - 1];
    if (open && span.start - open.to <= gap) {
      open.to = Math.max(open.to, span.end + 1);
      open.count++;
    } else groups.push({ from: span.start, to: span.end + 1, entriesEnd: span.end + 1, count: 1 });
  }
  // A little room at each end of a group, so its first and last marks are not drawn on the break.
  for (const g of groups) {
    const pad = Math.max(2, Math.round((g.to - g.from) * 0.02));
    g.entriesEnd = g.to;
    g.from -= pad;
    g.to += pad;
  }
  const total = groups.reduce((n, g) => n + g.count, 0);
  const raw = groups.map((g) => Math.max(MIN_SHARE, g.count / total));
  const rawSum = raw.reduce((a, b) => a + b, 0);
  const usable = width - breakWidth * (groups.length - 1);
  const segments: AxisSegment[] = [];
  const breaks: number[] = [];
  let x = 0;
  groups.forEach((g, i) => {
    const w = usable * (raw[i] ?? 0) / rawSum;
    segments.push({ from: g.from, to: g.to, entriesEnd: g.entriesEnd, x0: x, x1: x + w });
    x += w;
    if (i < groups.length - 1) {
      breaks.push(x + breakWidth / 2);
      x += breakWidth;
    }
  });
  return { segments, breaks };
}

/** x of a moment given in days (fractions allowed), within the segment that holds it; null in a gap. */
export function scaleX(scale: TimeScale, day: number): number | null {
  const s = scale.segments.find((seg) => day >= seg.from && day <= seg.to);
  if (!s) return null;
  return s.x0 + (day - s.from) / (s.to - s.from) * (s.x1 - s.x0);
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 50];
const MONTH_STEPS = [1, 2, 3, 6];

function ticksOf(seg: AxisSegment, segment: number, unit: 'year' | 'month', step: number): Tick[] {
  const start = dayDate(seg.from);
  const ticks: Tick[] = [];
  let y = start.getUTCFullYear();
  let m = unit === 'year' ? 1 : start.getUTCMonth() + 1;
  for (;;) {
    const day = dayNumber(y, m, 1);
    // Not in the padding after the last entry: a 2024 tick there would name a segment that holds only 2023.
    if (day >= seg.entriesEnd) break;
    const keep = unit === 'year' ? y % step === 0 : (m - 1) % step === 0;
    if (day >= seg.from && keep) ticks.push({ day, unit, segment, x: seg.x0 + (day - seg.from) / (seg.to - seg.from) * (seg.x1 - seg.x0) });
    if (unit === 'year') y++;
    else if (++m > 12) { m = 1; y++; }
  }
  return ticks;
}

/**
 * Gregorian ticks for each segment: the first day of each month, or of each year, at the finest step whose ticks
 * stand at least `spacing` points apart; a segment too short for two such ticks still gets its one.
 */
export function axisTicks(scale: TimeScale, spacing: number): Tick[] {
  return scale.segments.flatMap((seg, index) => {
    const perDay = (seg.x1 - seg.x0) / (seg.to - seg.from);
    const month = MONTH_STEPS.find((step) => step * 30.4 * perDay >= spacing);
    if (month !== undefined) return ticksOf(seg, index, 'month', month);
    const year = YEAR_STEPS.find((step) => step * 365.25 * perDay >= spacing) ?? YEAR_STEPS[YEAR_STEPS.length - 1] ?? 50;
    return ticksOf(seg, index, 'year', year);
  });
}
