/**
 * Whether two event lines report the same event: overlap of their content words (normalised,
 * light-stemmed, without stopwords, numbers or date words).
 *
 * Threshold: wire rewrites of one event keep its actors and its main verb or noun while the framing
 * changes («أفرجت السلطات السورية عن مقاتلين» / «دمشق تفرج عن مقاتلين عراقيين»), so we ask that at
 * least half of the shorter line's content stems recur in the other (containment ≥ 0.5, Broder's
 * resemblance measure for "is contained in") and that at least two stems are shared — one shared
 * actor is what two different events of the same day in the same story typically have in common.
 */
import { isStopword, lightStem, tokenise } from '../../text/arabic/index.ts';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS } from '../../text/dates/lexicon.ts';
import { normalise } from '../../text/arabic/index.ts';

export const MIN_CONTAINMENT = 0.5;
export const MIN_SHARED = 2;

const DATE_WORDS = new Set(
  [...Object.keys(GREGORIAN_MONTHS), ...Object.keys(HIJRI_MONTHS), ...Object.keys(WEEKDAYS), 'يوم', 'اليوم', 'امس', 'غدا', 'عام', 'العام', 'سنه', 'شهر', 'الشهر', 'الماضي', 'المقبل', 'الحالي', 'الجاري']
    .flatMap((w) => normalise(w).split(/\s+/)),
);

/**
 * The content words of a line: each word's matching key, its stem and its place among the line's tokens. `rescue` may give a word that would be left out
 * — its key a stopword, its light stem too short or a stopword — a stem of its own, from the key and the word as
 * written: matching keys drop a lone hamza, so «إنهاء» has the key of «أنها», and Light10 takes it for «إن» + «ها».
 */
export function contentWords(text: string, rescue?: (key: string, word: string) => string | null): { key: string; stem: string; at: number }[] {
  const out: { key: string; stem: string; at: number }[] = [];
  for (const [at, { key, text: word }] of tokenise(text).entries()) {
    if (/\d/u.test(key) || key.length < 2 || DATE_WORDS.has(key)) continue;
    // A root «و» kept («وزارة» and «الوزارة» one stem): two reports of one event compare their actors' words.
    const stem = isStopword(key) ? '' : lightStem(key, { rootWaw: true });
    if (stem.length >= 2 && !isStopword(stem)) out.push({ key, stem, at });
    else {
      const own = rescue?.(key, word) ?? null;
      if (own !== null) out.push({ key, stem: own, at });
    }
  }
  return out;
}

/** The content stems of a line. */
export function contentStems(text: string): Set<string> {
  return new Set(contentWords(text).map((w) => w.stem));
}

export function sameEvent(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared >= MIN_SHARED && shared / Math.min(a.size, b.size) >= MIN_CONTAINMENT;
}
