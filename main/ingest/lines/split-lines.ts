import { stripControls } from '../../text/arabic/index.ts';

/** One non-blank line of a raw text: its index among all lines (blank ones included) and its display text. */
export interface SourceLine {
  index: number;
  text: string;
}

/**
 * The line breaks a page is split at: CRLF, CR, LF, U+2028, U+2029. Exported so that what remembers a page's lines
 * (metadata/known-outlets.ts) breaks them where splitLines does; a copy of the pattern could drift without an error.
 */
export const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/u;

/**
 * The non-blank lines of `text`, trimmed and without the zero-width and bidi controls scraping leaves behind.
 * Line indices count every line break (CRLF, CR, LF, U+2028, U+2029) so they point back into the raw text.
 */
export function splitLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text.split(LINE_BREAK).forEach((line, index) => {
    const clean = stripControls(line).trim();
    if (clean.length > 0) out.push({ index, text: clean });
  });
  return out;
}
