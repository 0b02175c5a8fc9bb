/**
 * Which cited sentences carry an item's claim (rev25 finding 1): a summary point or a timeline entry cites every
 * sentence its grouping gathered, but a sentence of the same story that names the same place or the same spokesman
 * («وحضر الجنازة أيضا المتحدث …») or gives another figure for the toll confirms nothing. Only a sentence that carries
 * the claim is cited and counted as an independent source; it never negates the claim's verb nor asserts the verb
 * the claim negates («لم يصدر أي بيان مشترك» / «بحسب بيان مشترك صدر أمس»).
 * A summary point's sentences were grouped as one event (carriesClaim): when the claim's news is a toll (the dead or
 * the wounded counted: «ارتفع إلى ١٩ قتيلا»، «انتشلت جثث ١٤ شخصا»، «قضى سبعة مشجعين») its carrier gives that toll, for
 * another figure disputes it (a contradiction, the questions' business) and none leaves it unconfirmed, though a
 * source of a later day may give it risen. Any other count is of a thing the claim counts too (its counted noun read
 * by figure-sense.ts: «37 سفينة» and «52 قاربا» both vessels): a source that counts that thing otherwise («بمعدل 500
 * شاحنة» / «300 شاحنة يوميا» of one crossing deal) disputes the point and does not carry it, while one that counts
 * another thing, or gives no figure, may still tell it (countsOtherwise). A timeline entry's
 * sentences were merged by date and names alone (carriesDatedClaim): there the claim's first figure, whatever it
 * counts, must be repeated.
 */
import { findQuantities, tokenise, withoutConjunction, type Quantity } from '../../text/arabic/index.ts';
import { countedNounSense, countedSense, denominated, tokenRange, TOLL_SENSES } from '../figures/figure-sense.ts';
import { elapsedSpan, partitive, projected, remaining, wholeAfterPart } from '../figures/figure-roles.ts';
import { verbSkeleton } from '../../text/arabic/verbal-root.ts';
import { findDates } from '../../text/dates/index.ts';
import { contentStems } from './citation-support.ts';
import { claimPredicate, tellsPredicate } from './claim-predicate.ts';

/**
 * The content words a carrier shares with the claim at least, figures aside (the toll rule reads those). Two: the
 * grouping already put the sentences in one event, and a retelling in other words keeps a name and a place at least
 * («غابة … بولاية بجاية»، «قبالة ميناء رادس»); a sentence that shares one word («الملعب») tells another act.
 */
const MIN_SHARED = 2;

/** A text's content stems (citation-support.ts) with its figures blanked: «سبعة أيام» and «سبعة في المئة» share no word. */
function wordsBesideFigures(text: string): Set<string> {
  let out = text;
  for (const q of findQuantities(text)) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return contentStems(out);
}

/**
 * The share of the shorter text's content words a timeline entry's carrier must share with it. A quarter: a sentence
 * retelling a claim in its own words keeps its names, its place and its verb's stem; one that only names the story's
 * place («مستشفى رأس النخيل العام») beside an unrelated act shares fewer.
 */
const CARRIED_SHARE = 1 / 4;

// A figure whose interval spans more than this multiple of its lower bound is a vague plural («عشرات», «مئات»); «نحو
// 410» spans a tenth either side and «أكثر من 100» is open (its max Infinity is no vagueness of the figure).
const VAGUE_SPAN = 2;

/** The quantities of a text, in order, but those the date tagger reads as part of a date («19 يناير»، «2021»). */
function undatedQuantities(text: string): Quantity[] {
  const dates = findDates(text);
  return findQuantities(text).filter((q) => !dates.some((d) => d.start < q.end && q.start < d.end));
}

/**
 * The figures a text states, in order: counts and percentages as «unit:value». A figure the date tagger reads as
 * part of a date («19 يناير»، «26 من آب»، «2021») is compared by the dates, not a figure of the claim; nor is a plural
 * of tens or hundreds («عشرات المقاتلين»: 20 to 99), which names no figure another source could repeat, nor «one»
 * («مقعد واحد» says which thing, not how many).
 */
function statedFigures(text: string): string[] {
  return undatedQuantities(text)
    .filter((q) => q.unit !== 'fraction' && !(q.unit === 'count' && q.value === 1) && !(Number.isFinite(q.interval.max) && q.interval.max > VAGUE_SPAN * q.interval.min))
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

/** A figure a text states as a count: its value and, when its counted noun says so, the toll it is (dead, wounded). */
interface Count {
  value: number;
  toll: string | null;
  /** What it counts (figure-sense.ts: «سفينة» and «قارب» both vessels, «شاحنة» and «شاحنات» one thing), or null for a bare figure. */
  sense: string | null;
  /** A projection («قد تتجاوز 25 قتيلا») or a span back from the article's day: no count claimed. */
  claimed: boolean;
}

/** The counts a text states, in order, those the date tagger reads as part of a date («19 يناير») left out, each with the toll it is. */
function counts(text: string): Count[] {
  const words = { text, tokens: tokenise(text) };
  return undatedQuantities(text)
    .filter((q) => q.unit === 'count')
    .map((q) => {
      if (q.noun === null) return { value: q.value, toll: null, sense: null, claimed: true };
      const [from, to] = tokenRange(words, q.start, q.noun.end);
      const sense = countedSense(words, from, to, countedNounSense(q.noun.cls));
      // A part of a whole («ثلاثة منهم») counts what its sentence says of it, not the noun; the whole after «من أصل»
      // counts what the sentence does not tell: neither has a sense to compare.
      const aside = partitive(words, to - 1) || wholeAfterPart(words, from);
      return {
        value: q.value,
        toll: TOLL_SENSES.has(sense) ? sense : null,
        sense: aside ? null : denominated(words, to, sense),
        claimed: !projected(words, from) && !elapsedSpan(words, from, q.noun.cls) && !remaining(words, from),
      };
    });
}

/**
 * The toll a claim is about: the first count of the dead or the wounded it states as counted (not a projection).
 * A claim that states one is news of that figure; one that states none is news of an act, its figures details.
 */
function claimedToll(text: string): Count | null {
  return counts(text).find((c) => c.toll !== null && c.claimed) ?? null;
}

/**
 * Whether `quote` counts one of the things `claim` counts otherwise: for some counted sense beside the tolls (which
 * claimedToll reads, with their rise), the quote states counts of it and none of them is one the claim states («37
 * سفينة» against «52 قاربا», four held against six). Such a source tells the same act with another figure — it disputes
 * the point, it does not confirm it. A count of a thing the claim does not count («أمام 300 مشجع») neither carries nor
 * disputes; a bare figure («لترتفع إلى 19»), a projection, a span back or what remains says nothing of the sort.
 */
function countsOtherwise(claim: readonly Count[], quote: readonly Count[]): boolean {
  const senses = new Set(claim.filter((c) => c.claimed && c.sense !== null && c.toll === null).map((c) => c.sense));
  return [...senses].some((sense) => {
    const theirs = quote.filter((c) => c.claimed && c.sense === sense).map((c) => c.value);
    return theirs.length > 0 && !theirs.some((v) => claim.some((c) => c.claimed && c.sense === sense && c.value === v));
  });
}

/**
 * Whether `quote` carries `claim`: when the claim is a toll, the quote gives that figure, as the same toll or as a
 * bare figure («لترتفع الحصيلة إلى 19»), or, when it was published on a later day (`later`), a higher count of the
 * same toll: the dead of one event die on in hospital, and a source days on that looks back with the risen toll
 * («وكان 11 شخصا قد لقوا حتفهم» after «قضى سبعة مشجعين») tells the same event (the rise is the questions' update),
 * where a source of the same day with another figure disputes it. A reported claim's quote tells what was said, not only
 * who said it (claim-predicate.ts), unless it gives the toll or repeats a count of the claim; the two share MIN_SHARED content words beside their figures; and neither
 * negates what the other asserts. A quote identical to the claim always carries it.
 */
export function carriesClaim(claim: string, quote: string, later = false): boolean {
  if (claim === quote) return true;
  const toll = claimedToll(claim);
  const givesToll = (c: Count): boolean =>
    c.claimed && (c.value === toll?.value ? c.toll === null || c.toll === toll.toll : later && c.toll === toll?.toll && c.value > toll.value);
  const theirs = counts(quote);
  if (toll !== null && !theirs.some(givesToll)) return false;
  const ours = counts(claim);
  if (countsOtherwise(ours, theirs)) return false;
  // A toll given, or a count of the claim repeated («أربعة أشخاص»), is the claim told whatever its verb; otherwise a
  // reported claim's quote must tell what was said, not only name who said it.
  const repeats = toll !== null || theirs.some((c) => c.claimed && ours.some((o) => o.claimed && o.value === c.value && o.sense === c.sense));
  if (!repeats && !tellsPredicate(claimPredicate(claim), quote)) return false;
  return tellsAlike(claim, quote);
}

/** Whether two sentences tell one act, figures aside: MIN_SHARED content words in common and neither negating the other. */
function tellsAlike(claim: string, quote: string): boolean {
  if (opposite(claim, quote)) return false;
  const said = wordsBesideFigures(quote);
  return [...wordsBesideFigures(claim)].filter((w) => said.has(w)).length >= MIN_SHARED;
}

/**
 * Whether `quote` tells `claim`'s act with another count of a thing the claim counts («52 باخرة» against «37 سفينة»):
 * neither cited nor counted as the point's witness, it is still a source of the point's event, where the questions
 * look for a contradiction between figures of one event (numeric-contradictions.ts).
 */
export function disputesCount(claim: string, quote: string): boolean {
  return claim !== quote && countsOtherwise(counts(claim), counts(quote)) && tellsAlike(claim, quote);
}

/**
 * Whether `quote` carries `claim` where the two were merged by date and shared names alone (a timeline entry's
 * sentences, timeline/build-timeline.ts), not grouped as one event: it states the claim's first figure, whatever it
 * counts (a detail figure no other sentence of the day repeats is the best sign of another act), tells the claim's
 * predicate (claim-predicate.ts: «ستُعقد جلستها» is not carried by «لا تزال الدعوى قائمة»), shares CARRIED_SHARE
 * of the shorter one's content words, and neither negates what the other asserts.
 */
export function carriesDatedClaim(claim: string, quote: string): boolean {
  if (claim === quote) return true;
  if (!tellsPredicate(claimPredicate(claim), quote)) return false;
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
