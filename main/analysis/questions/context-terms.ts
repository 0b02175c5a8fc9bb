import { lightStem, particleReadings, type Token } from '../../text/arabic/index.ts';
import { contentTermWords } from '../summary/bag-of-words.ts';

// Words on each side of a figure that say what it is about («عبر … معبر رفح»).
export const WINDOW = 8;

/**
 * The content terms (Light10 stems, no stopwords) within a window of tokens around [from, to), leaving out
 * the span itself and any terms in `exclude` (the counted noun, the ordinal): what a figure or an ordinal is about.
 * No token before `leftBound` is read (a whole's figure reads nothing of what its part was said of).
 */
export function contextTerms(text: string, tokens: readonly Token[], from: number, to: number, exclude: readonly string[] = [], leftBound = 0): Set<string> {
  const left = tokens[Math.max(leftBound, from - WINDOW)];
  const right = tokens[Math.min(tokens.length, to + WINDOW) - 1];
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return new Set();
  const before = left ? text.slice(left.start, first.start) : '';
  const after = right && right.end > last.end ? text.slice(last.end, right.end) : '';
  const drop = new Set(exclude);
  return new Set([...bareTerms(before), ...bareTerms(after)].filter((t) => !drop.has(t)));
}

/** The content terms of the `n` tokens before token `at` (the words that lead up to a figure: «بإدانة 11»). */
export function termsBefore(text: string, tokens: readonly Token[], at: number, n: number): Set<string> {
  const first = tokens[Math.max(0, at - n)];
  const end = tokens[at];
  return new Set(first && end ? bareTerms(text.slice(first.start, end.start)) : []);
}

// The shortest reading a term may be stemmed from: shorter ones are more often a word's own letters.
const MIN_BARE = 3;

/**
 * The content terms of a stretch, each stemmed from its word without the conjunction and preposition written on it
 * (particleReadings): Light10 keeps a bare «ب» or «ل», so «بإرجاع» and «إرجاع», «لقسم» and «قسم» would be two terms,
 * and two reports of one figure («مع إرجاع 46 …» / «وألزمتهم بإرجاع 53 …») would share too few words to be compared.
 */
function bareTerms(text: string): string[] {
  return contentTermWords(text).map(({ key, term }) => {
    const readings = particleReadings(key).filter((r) => r.length >= MIN_BARE);
    const bare = readings[readings.length - 1];
    return bare === undefined || bare === key ? term : lightStem(bare);
  });
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}
