import { arabicDateWords, type Numbering } from '../../text/dates/arabic-date-words.ts';
import type { Digits } from '../shared/digits-direction.ts';
import { dayDate } from './entry-span.ts';
import type { MeasureText } from './timeline-layout.ts';
import type { Tick } from './time-scale.ts';

interface Text { text: string; width: number }

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
 * the one before it on the same row (Gregorian and Hijri rows are thinned apart, each on its own).
 */
export function tickLabels(ticks: readonly Tick[], options: { width: number; hijri: boolean; digits: Digits; textSize: number; measure: MeasureText }): TickLabel[] {
  const gap = options.textSize * 0.8;
  let gregEnd = -Infinity;
  let hijriEnd = -Infinity;
  let segment = -1;
  const inside = (x: number, w: number): boolean => x - w / 2 >= 0 && x + w / 2 <= options.width;
  return ticks.map((tick) => {
    const label: TickLabel = { u: tick.x };
    // A segment's first tick (after a break in the axis) names its year.
    const first = tick.segment !== segment;
    segment = tick.segment;
    const dated = dayDate(tick.day);
    const text = gregorianText(tick, first || dated.getUTCMonth() === 0, options.digits);
    const width = options.measure(text, options.textSize);
    if (tick.x - width / 2 >= gregEnd + gap && inside(tick.x, width)) {
      label.gregorian = { text, width };
      gregEnd = tick.x + width / 2;
    }
    if (options.hijri) {
      const h = hijriText(tick, options.digits);
      const hw = options.measure(h, options.textSize);
      if (tick.x - hw / 2 >= hijriEnd + gap && inside(tick.x, hw)) {
        label.hijri = { text: h, width: hw };
        hijriEnd = tick.x + hw / 2;
      }
    }
    return label;
  });
}
