import type { Citation } from '../../model/brief.ts';
import { localText, type SectionContext } from './section-context.ts';
import type { Span, TextStyle } from './typeset/types.ts';

// Before a citation mark: RLM, thin space, word joiner. The RLM (a strong R) stops a preceding Latin word from
// turning the mark's digits into Latin text (UAX #9 W7), so after "SANA." the mark reads on its left, as Arabic
// requires; the thin space keeps a preceding number from fusing with the mark ("2024" + "1" ≠ "20241"); the word
// joiner keeps the mark on its word's line (UAX #14 LB11).
export const MARK_GAP = '\u200f\u2009\u2060';

/** What sourceDestination names: «source-» and the source's number. */
export const SOURCE_DESTINATION = /^source-\d+$/;

/** The named destination of source number `n` in the sources section, which citation marks link to. */
export function sourceDestination(n: number): string {
  return `source-${n}`;
}

/** The numbers of the sources `citations` cite, each once, in ascending order; unknown sources are left out. */
export function citedSourceNumbers(context: SectionContext, citations: readonly Citation[]): number[] {
  return context.sourceNumbers(citations);
}

/**
 * The citation marks of `citations`: each source's number, linked to its entry in the sources section, the first
 * preceded by `gap` and the others by an Arabic comma.
 */
export function citationMarks(context: SectionContext, citations: readonly Citation[], style: TextStyle, gap: string): Span[] {
  const spans: Span[] = [];
  citedSourceNumbers(context, citations).forEach((n, i) => {
    spans.push({ text: i === 0 ? gap : `\u200f،${MARK_GAP}`, style: { ...style, link: undefined } });
    spans.push({ text: localText(context, String(n)), style: { ...style, link: sourceDestination(n) } });
  });
  return spans;
}

/** A table's sources cell: the linked numbers of what a row cites (no leading gap), or a dash when it cites nothing. */
export function sourcesCell(context: SectionContext, citations: readonly Citation[]): Span[] {
  const { styles } = context;
  return citations.length > 0 ? citationMarks(context, citations, styles.link, '').slice(1) : [{ text: '—', style: styles.small }];
}
