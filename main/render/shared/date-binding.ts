import { printedDates } from '../../text/dates/printed-dates.ts';

// A printed date is one unit: «12 يناير» ending a line and «2025» opening the next reads as two facts. The parts of a
// date — day, month, year and the era sign after it («هـ», «م») — are bound by NO-BREAK SPACE (U+00A0, class GL of
// UAX #14), which Word, LibreOffice and our own line breaker (pdf/typeset/break-opportunities.ts) all honour. Where a
// date stands is the text layer's to say (text/dates/printed-dates.ts).

const NBSP = '\u00a0';

/**
 * `text` with the spaces inside each date («12 يناير 2025», «١٢ شوال ١٤٤٦ هـ», «ديسمبر 2024») made no-break spaces,
 * so no line ends inside a date. Same length as `text` (one space for one), so offsets into it stay valid; a month
 * name with neither day nor year beside it (the verb «مارس», the word «آب») is left as it is.
 */
export function bindDates(text: string): string {
  let bound = text;
  for (const date of printedDates(text)) {
    bound = bound.slice(0, date.start) + date.text.replace(/ /g, NBSP) + bound.slice(date.start + date.text.length);
  }
  return bound;
}
