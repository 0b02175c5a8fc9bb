import { printedDates } from '../../text/dates/printed-dates.ts';

// A printed date is one unit: «12 يناير» ending a line and «2025» opening the next reads as two facts. The parts of a
// date — day, month, year and the era sign after it («هـ», «م») — are bound by NO-BREAK SPACE (U+00A0, class GL of
// UAX #14), which Word, LibreOffice and our own line breaker (pdf/typeset/break-opportunities.ts) all honour. A slash
// glued to a month's second name («نوفمبر/تشرين الثاني») is a break opportunity of its own (UAX #14 breaks after a
// solidus before a letter): a WORD JOINER (U+2060, class WJ, no width) after it binds it too. The PDF's text layer
// leaves it out (its glyph stands for no text); the Word file keeps it in its text, invisible, where a search for
// «نوفمبر/تشرين» typed without it may miss the date (untested in Word) — the price of a date LibreOffice never cuts.
// Where a date stands is the text layer's to say (text/dates/printed-dates.ts).

const NBSP = '\u00a0';
const WORD_JOINER = '\u2060';
// A slash with a letter right after it, inside a date: «ديسمبر/كانون». After «مارس/ آذار» the no-break space binds.
const GLUED_SLASH = /\/(?=[^ \u00a0])/gu;

/**
 * `text` with each printed date («12 يناير 2025», «١٢ شوال ١٤٤٦ هـ», «ديسمبر 2024», «8 ديسمبر/كانون الأول 2024») made
 * unbreakable: its spaces no-break spaces, one space for one, and a word joiner after a slash glued to the next month
 * name (the one character added: callers that map offsets bind each piece of text on its own). A month name with
 * neither day nor year beside it (the verb «مارس», the word «آب») is left as it is.
 */
export function bindDates(text: string): string {
  let bound = '';
  let at = 0;
  for (const date of printedDates(text)) {
    bound += text.slice(at, date.start) + date.text.replace(/ /g, NBSP).replace(GLUED_SLASH, `/${WORD_JOINER}`);
    at = date.start + date.text.length;
  }
  return bound + text.slice(at);
}
