/**
 * Which cited sentences carry an item's claim (rev25 finding 1): a summary point or a timeline entry cites every
 * sentence its grouping gathered, but a sentence of the same story that names the same place or the same spokesman
 * («وحضر الجنازة أيضا المتحدث …») or gives another figure for the toll confirms nothing. Only a sentence that carries
 * the claim is cited and counted as an independent source: it gives the claim's headline figure when the claim
 * states one (another figure for the same count is a contradiction, the questions' business), it does not negate the
 * claim's verb or assert the verb the claim negates («لم يصدر أي بيان مشترك» / «بحسب بيان مشترك صدر أمس»), and it
 * shares enough of the claim's content words.
 */
import { findQuantities, tokenise, withoutConjunction } from '../../text/arabic/index.ts';
import { verbSkeleton } from '../../text/arabic/verbal-root.ts';
import { findDates } from '../../text/dates/index.ts';
import { contentStems } from './citation-support.ts';

/**
 * The share of the shorter text's content words the two must share. A quarter: a sentence retelling a claim in its
 * own words keeps its names, its place and its verb's stem; one that only names the story's place («مستشفى رأس
 * النخيل العام») beside an unrelated act shares fewer.
 */
export const CARRIED_SHARE = 1 / 4;

// A figure whose interval spans more than this multiple of its lower bound is a vague plural («عشرات», «مئات»); «نحو
// 410» spans a tenth either side and «أكثر من 100» is open (its max Infinity is no vagueness of the figure).
const VAGUE_SPAN = 2;

/**
 * The figures a text states, in order: counts and percentages as «unit:value». A figure the date tagger reads as
 * part of a date («19 يناير»، «26 من آب»، «2021») is compared by the dates, not a figure of the claim; nor is a plural of tens or hundreds
 * («عشرات المقاتلين»: 20 to 99), which names no figure another source could repeat, nor «one» («مقعد واحد»
 * says which thing, not how many).
 */
export function statedFigures(text: string): string[] {
  const dates = findDates(text);
  const inDate = (q: { start: number; end: number }): boolean => dates.some((d) => d.start < q.end && q.start < d.end);
  return findQuantities(text)
    .filter((q) => q.unit !== 'fraction' && !(q.unit === 'count' && q.value === 1) && !inDate(q) && !(Number.isFinite(q.interval.max) && q.interval.max > VAGUE_SPAN * q.interval.min))
    .map((q) => `${q.unit}:${q.value}`);
}

// Skeletons this short are auxiliaries («لم يعد»، «لم يكن»), not the claim's verb (as negated-claims.ts reads them).
const MIN_SKELETON = 3;

/** A text's verbs negated with «لم» (as skeletons, verbal-root.ts) and the skeletons of its other words. */
function polarity(text: string): { negated: Set<string>; asserted: Set<string> } {
  const keys = tokenise(text).map((t) => withoutConjunction(t.key));
  const negated = new Set<string>();
  const asserted = new Set<string>();
  keys.forEach((k, i) => {
    if (keys[i - 1] === 'لم') negated.add(verbSkeleton(k, 'jussive'));
    else asserted.add(verbSkeleton(k, 'perfect'));
  });
  for (const k of negated) if (k.length < MIN_SKELETON) negated.delete(k);
  return { negated, asserted };
}

/** Whether one text negates a verb the other asserts: the two tell opposite things, whatever words they share. */
function opposite(a: string, b: string): boolean {
  const pa = polarity(a);
  const pb = polarity(b);
  return [...pa.negated].some((k) => pb.asserted.has(k) && !pb.negated.has(k)) || [...pb.negated].some((k) => pa.asserted.has(k) && !pa.negated.has(k));
}

/**
 * Whether `quote` carries `claim`: it states the claim's first figure when the claim states any (the figure the
 * claim is about: «ارتفع إلى ١٩ قتيلا، … والبالغة ١٤» is a claim of 19), and the two share at least CARRIED_SHARE of
 * the shorter one's content words, and neither negates what the other asserts. A quote identical to the claim always carries it.
 */
export function carriesClaim(claim: string, quote: string): boolean {
  if (claim === quote) return true;
  const headline = statedFigures(claim)[0];
  if (headline !== undefined && !statedFigures(quote).includes(headline)) return false;
  if (opposite(claim, quote)) return false;
  const a = contentStems(claim);
  const b = contentStems(quote);
  const shorter = Math.min(a.size, b.size);
  if (shorter === 0) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / shorter >= CARRIED_SHARE;
}
