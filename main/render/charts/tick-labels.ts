import { arabicDateWords, type Numbering } from '../../text/dates/arabic-date-words.ts';
import type { Digits } from '../shared/digits-direction.ts';
import { dayDate } from './entry-span.ts';
import type { MeasureText } from './timeline-layout.ts';
import type { Tick } from './time-scale.ts';

/** A label's text, its width, and u of its centre (the tick's own u unless it was pulled inside the axis). */
interface Text { text: string; width: number; u: number }

/** A tick in logical coordinates (u from the axis's start side) with the labels that fit. */
export interface TickLabel {
  u: number;
  gregorian?: Text;
  hijri?: Text;
}

function numbering(digits: Digits): Numbering {
  return digits === 'arabic-indic' ? 'arab' : 'latn';
}

/** The Gregorian label of a tick, as ICU says it: a year; a month, with its year at January and at a segment's first tick. */
function gregorianText(tick: Tick, withYear: boolean, digits: Digits): string {
  return arabicDateWords(dayDate(tick.day), 'gregorian', tick.unit === 'year' ? 'year' : withYear ? 'month-year' : 'month', numbering(digits));
}

/** The Umm al-Qura Hijri month and year (or year alone, on a year's tick) of the tick's day, as the title block dates. */
function hijriText(tick: Tick, digits: Digits): string {
  return arabicDateWords(dayDate(tick.day), 'hijri', tick.unit === 'year' ? 'year' : 'month-year', numbering(digits));
}

/**
 * The labels under the ticks, in axis order: each tick keeps its line, and its label when the label stands clear of
 * the one before it on the same row (Gregorian and Hijri rows are thinned apart, each on its own). A segment's first
 * label names the year the segment starts in, so when it would stick out past an end of the axis it is pulled inside
 * rather than dropped; any other label that does not fit is left out.
 */
export function tickLabels(ticks: readonly Tick[], options: { width: number; hijri: boolean; digits: Digits; textSize: number; measure: MeasureText }): TickLabel[] {
  const gap = options.textSize * 0.8;
  const rows = { gregorian: -Infinity, hijri: -Infinity };
  let segment = -1;
  // Where a label of width w goes on `row`: centred on the tick, or pulled inside the axis when `pull`; null when it does not fit.
  const place = (row: keyof typeof rows, x: number, w: number, pull: boolean): number | null => {
    const centre = pull ? Math.min(Math.max(x, w / 2), options.width - w / 2) : x;
    if (centre - w / 2 < 0 || centre + w / 2 > options.width || centre - w / 2 < rows[row] + gap) return null;
    rows[row] = centre + w / 2;
    return centre;
  };
  return ticks.map((tick) => {
    const label: TickLabel = { u: tick.x };
    // A segment's first tick (after a break in the axis) names its year.
    const first = tick.segment !== segment;
    segment = tick.segment;
    const dated = dayDate(tick.day);
    const text = gregorianText(tick, first || dated.getUTCMonth() === 0, options.digits);
    const width = options.measure(text, options.textSize);
    const at = place('gregorian', tick.x, width, first);
    if (at !== null) label.gregorian = { text, width, u: at };
    if (options.hijri) {
      const h = hijriText(tick, options.digits);
      const hw = options.measure(h, options.textSize);
      const hAt = place('hijri', tick.x, hw, first);
      if (hAt !== null) label.hijri = { text: h, width: hw, u: hAt };
    }
    return label;
  });
}
