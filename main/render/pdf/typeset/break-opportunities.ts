import LineBreaker from 'linebreak';

// Closing punctuation, other punctuation (، . : ؛ ! ؟) and final quotes must never open a line, whatever the
// pair table says about the characters around them.
export const NO_LINE_START = /[\p{Pe}\p{Pf}\p{Po}]/u;

/**
 * Positions where a line may end, by UAX #14 (the linebreak package), in logical order: each is the index at which
 * the next line would start (after any spaces). The end of the text is always included. Positions whose next
 * character is closing or other punctuation are dropped, so no line starts with punctuation.
 */
export function breakOpportunities(text: string): number[] {
  const breaker = new LineBreaker(text);
  const positions: number[] = [];
  for (let brk = breaker.nextBreak(); brk; brk = breaker.nextBreak()) {
    const next = text.codePointAt(brk.position);
    if (next !== undefined && NO_LINE_START.test(String.fromCodePoint(next))) continue;
    positions.push(brk.position);
  }
  if (positions[positions.length - 1] !== text.length) positions.push(text.length);
  return positions;
}
