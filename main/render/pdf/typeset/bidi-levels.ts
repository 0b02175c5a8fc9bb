import bidiModule from 'bidi-js';
import { arabicParagraphLevels } from './arabic-levels.ts';

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
 * Resolved embedding levels, one per UTF-16 code unit (UAX #9 rules P1–I2, by bidi-js). A right-to-left paragraph
 * of Arabic words, ASCII digits and punctuation (most of a brief's text) is resolved by the few rules such text
 * reaches (arabic-levels.ts), without running the whole algorithm, which was ≈ a tenth of the seeds' PDF layout.
 */
export function embeddingLevels(text: string, direction: 'rtl' | 'ltr'): Uint8Array {
  const arabic = direction === 'rtl' ? arabicParagraphLevels(text) : null;
  if (arabic !== null) return arabic;
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
