import { firstSentence } from '../../text/arabic/index.ts';

// A title is headline-sized: the bounds the cleaner uses for headline-like lines (15–160 characters, 3+ words).
const MIN_CHARS = 15;
const MAX_CHARS = 160;
// A wire or newspaper dateline before the first words: «عمّان (بترا) -», «القاهرة – (أ ف ب) –», «بيروت - «الأخبار» -»,
// «أبوظبي في 12 يناير / وام /», «DOHA —».
const DATELINE = /^[^.،,؛!؟?\n]{1,60}?(?:[(«"“][^()«»"“”]{1,30}[)»"”]\s*[-–—:]+|\/[^/]{1,30}\/)\s*/u;
const PLACE_DASH = /^(?:[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)\s*[-–—]\s+(?=\p{L})/u;
const LATIN_PLACE = /^[A-Z][A-Z .'-]{1,30}\s*[-–—:]\s+/u;

/**
 * A title for an article that starts straight with its story (no headline above it): the first sentence of the
 * opening paragraph, without the dateline before it and its final stop, when it is headline-sized. A first
 * sentence too long to be a headline gives no title: cutting it would put words in the outlet's mouth.
 */
export function inferTitle(opening: string): string | null {
  // Only the first sentence counts: the rest of a long opening paragraph is not split at all.
  const first = firstSentence(opening.trim()) ?? '';
  let title = first.replace(DATELINE, '');
  if (title === first) title = first.replace(LATIN_PLACE, '').replace(PLACE_DASH, '');
  title = title.replace(/[.!:؛]+["'”’»)]*\s*$/u, (m) => m.replace(/[.!:؛]+/gu, '')).trim();
  if (title.length < MIN_CHARS || title.length > MAX_CHARS || title.split(/\s+/u).length < 3) return null;
  return title;
}
