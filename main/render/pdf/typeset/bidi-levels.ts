import bidiModule from 'bidi-js';

// bidi-js ships a CommonJS-style default export whose typing does not match under NodeNext.
const bidiFactory = bidiModule as unknown as typeof bidiModule.default;
const bidi = bidiFactory();

/** A paragraph direction: 'auto' takes it from the first strong character (UAX #9 rules P2–P3). */
export type ParagraphDirection = 'rtl' | 'ltr' | 'auto';

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * The base direction of a paragraph. For 'auto', the first letter decides (UAX #9 P2); a paragraph with no letter
 * at all (a number, a date) is RTL, because the document it sits in is Arabic.
 */
export function resolveDirection(text: string, direction: ParagraphDirection): 'rtl' | 'ltr' {
  if (direction !== 'auto') return direction;
  const first = /\p{L}/u.exec(text);
  if (!first) return 'rtl';
  return RTL_LETTER.test(first[0]) ? 'rtl' : 'ltr';
}

/**
 * Text in which UAX #9 can only give level 1 at a right-to-left paragraph's level: Arabic letters and marks (AL,
 * NSM) and Arabic punctuation and ASCII punctuation (ON, CS, ES, ET: neutral wherever no digit stands beside them),
 * spaces and no-break spaces, «», dashes and the ellipsis. Every neutral then lies between right-to-left letters or
 * the paragraph's edges (N1, N2) and a mark takes its letter's type (W1). Left out: digits of every kind (EN, AN,
 * among them U+0600–0605, U+066B–066C, U+06DD), Latin letters, bidi controls, joiners, line and segment separators.
 */
const RTL_ONLY = /^[\u0020-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E\u00A0\u00AB\u00BB\u0606-\u065F\u066A\u066D-\u06DC\u06DE-\u06EF\u06FA-\u06FF\u2013\u2014\u2026]*$/;

/**
 * Resolved embedding levels, one per UTF-16 code unit (UAX #9 rules P1–I2, by bidi-js). A right-to-left paragraph
 * of Arabic words and punctuation only (RTL_ONLY: most of a brief's headings, labels and many sentences) is level
 * 1 throughout, given without running the algorithm, which was ≈ a tenth of the seeds' PDF layout.
 */
export function embeddingLevels(text: string, direction: 'rtl' | 'ltr'): Uint8Array {
  if (direction === 'rtl' && RTL_ONLY.test(text)) return new Uint8Array(text.length).fill(1);
  return bidi.getEmbeddingLevels(text, direction).levels;
}

/**
 * Reorders a line's runs from logical to visual order by UAX #9 rule L2: from the highest level down to the lowest
 * odd level, reverse every maximal sequence of runs at that level or higher. Returns the runs left to right.
 */
export function reorderRuns<T extends { level: number }>(runs: readonly T[]): T[] {
  const order = [...runs];
  if (order.length === 0) return order;
  const levels = order.map((r) => r.level);
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < order.length) {
      if ((order[i]?.level ?? 0) >= level) {
        let j = i;
        while (j < order.length && (order[j]?.level ?? 0) >= level) j++;
        const reversed = order.slice(i, j).reverse();
        order.splice(i, j - i, ...reversed);
        i = j;
      } else {
        i++;
      }
    }
  }
  return order;
}
