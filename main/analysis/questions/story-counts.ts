/**
 * The story's one count of a thing: two sources that each give a single figure for one counted noun («74 مصابا» /
 * «81 مصابا», «12 زورقا» / «20 زورقا»), published within days of each other, count the same thing even when the
 * summary did not group their sentences and no words around the figures recur — the reports of a casualty toll or of
 * the boats in a search are written in each outlet's own words. A running total («ارتفع إلى 17») is an update, never
 * this count; two places that share nothing part the figures.
 */
import { lightStem, normalise, procliticReadings, type Quantity, type Token } from '../../text/arabic/index.ts';
import { isCurrency } from '../../text/arabic/numbers.ts';
import type { PlaceMention } from '../../text/gazetteer/place-mentions.ts';
import { articleDay, type Corpus, type CorpusSentence } from './corpus.ts';
import { daysBetween } from './date-span.ts';
import { clauseBefore as clauseIndicesBefore } from '../figures/figure-roles.ts';

/** What the rule reads of a figure (numeric-contradictions.ts builds it). */
export interface CountedFigure {
  sentence: CorpusSentence;
  q: Quantity;
  sense: string;
  /** The figure's first token. */
  from: number;
  event: { sense: string } | null;
  places: readonly PlaceMention[];
  /** Days covered by the sentence's absolute dates. */
  days: readonly (readonly [string, string])[];
}

// Things a story counts once: tolls, and the vehicles, vessels, buildings and projectiles of one operation; and a sum
// in one currency (isCurrency: the ransom paid, the fine imposed) that each of two sources gives alone.
const STORY_COUNT_SENSES = new Set(['dead', 'wounded', 'vehicles', 'vessels', 'buildings', 'projectiles', 'households']);
// Senses whose nouns are one thing under two words, not kinds of it: «أسرة» and «عائلة» both count households, so one
// source's «2300 أسرة» and another's «1600 عائلة» are the story's one count, where «سفينة» / «باخرة» may not be.
const SYNONYM_SENSES = new Set(['households']);
// Articles further apart than this tell different days of a story, whose counts may differ.
const STORY_DAYS = 2;
// Reports of one count differ by a factor of two or three at most (numeric-contradictions' MAX_EVENT_RATIO).
const MAX_RATIO = 5;
// «ارتفع إلى 17»، «ارتفعت حصيلة القتلى في المدينة إلى»: a total still growing, named within the figure's clause, at
// most this many words before it.
const RISE = new Set(['ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع', 'تجاوز', 'تجاوزت'].map(normalise));
const RISE_REACH = 8;
// «لم يتجاوز 300 ألف دينار»: a rise denied is a bound on the figure, not a total still growing.
const NEGATION = new Set(['لم', 'لا', 'لن'].map(normalise));
// «بطاقة 300 شاحنة يوميا»، «بمعدل 500 شاحنة في اليوم»: a rate or a capacity is a plan, not a count of what happened.
const RATE_BEFORE = new Set(['بمعدل', 'بطاقة', 'بطاقه', 'معدل', 'طاقة'].map(normalise));
const RATE_AFTER = new Set(['يوميا', 'أسبوعيا', 'شهريا', 'سنويا', 'اليوم', 'الساعة', 'الأسبوع', 'الشهر'].map(normalise));

/** The tokens of the figure's clause before it, nearest first, at most `reach`. */
function clauseBefore(f: CountedFigure, reach: number): Token[] {
  return clauseIndicesBefore(f.sentence, f.from, reach).map((i) => f.sentence.tokens[i] as Token);
}

function runningTotal(f: CountedFigure): boolean {
  const before = clauseBefore(f, RISE_REACH);
  return before.some((t, k) => procliticReadings(t.key).some((r) => RISE.has(r)) && !procliticReadings(before[k + 1]?.key ?? '').some((r) => NEGATION.has(r)));
}

function rate(f: CountedFigure): boolean {
  const before = clauseBefore(f, 3).some((t) => RATE_BEFORE.has(t.key));
  const after = f.sentence.tokens.slice(f.from + 1, f.from + 4).some((t) => RATE_AFTER.has(t.key));
  return before || after;
}

/** A figure told of days before its article's story: every date of its sentence ends well before the article («في أكتوبر 2008 … شردت آلاف الأسر»). */
function background(f: CountedFigure, published: string): boolean {
  return f.days.length > 0 && f.days.every(([, end]) => daysBetween(end, published) > STORY_DAYS);
}

/**
 * Whether each figure is the one count its key (a source and what it counts) gives: the key's figures have one value,
 * save loose ones that hold another of them in their span («مئات الشاحنات» in a headline over «450 شاحنة» in the body:
 * one count said loosely, then exactly).
 */
export function soleCounts<F extends { q: Quantity }>(all: readonly F[], key: (f: F) => string): (f: F) => boolean {
  const byKey = new Map<string, Quantity[]>();
  for (const f of all) {
    const k = key(f);
    const qs = byKey.get(k);
    if (qs) qs.push(f.q);
    else byKey.set(k, [f.q]);
  }
  const sole = new Map<string, boolean>();
  for (const [k, qs] of byKey) {
    const loose = (q: Quantity): boolean =>
      q.interval.min !== q.interval.max && qs.some((o) => o.value !== q.value && o.value >= q.interval.min && (q.interval.max === null || o.value <= q.interval.max));
    sole.set(k, new Set(qs.filter((q) => !loose(q)).map((q) => q.value)).size === 1);
  }
  return (f) => sole.get(key(f)) === true;
}

/**
 * The test of one story count over `all` figures: the same counted noun, a sense a story counts once (or a currency), the only
 * figure of that noun in each source, articles within STORY_DAYS, no running total, no event word or place that
 * parts them, and figures within MAX_RATIO.
 */
export function storyCount(corpus: Corpus, all: readonly CountedFigure[]): (a: CountedFigure, b: CountedFigure) => boolean {
  // A figure's counted noun: its sense where its words are synonyms, else its class.
  const noun = (f: CountedFigure): string => (SYNONYM_SENSES.has(f.sense) ? f.sense : f.q.noun?.cls ?? '');
  const sole = soleCounts(all.filter((f) => f.q.noun !== null), (f) => `${f.sentence.sourceId}\u0000${noun(f)}`);
  const sameNoun = (a: CountedFigure, b: CountedFigure): boolean =>
    a.q.noun !== null && b.q.noun !== null && (SYNONYM_SENSES.has(a.sense) ? a.sense === b.sense : lightStem(a.q.noun.key) === lightStem(b.q.noun.key));
  return (a, b) => {
    // The same noun, not a near-synonym («سفينة» / «باخرة» may count ships waiting and ships unloading).
    if (!(STORY_COUNT_SENSES.has(a.sense) || isCurrency(a.q.noun?.cls ?? '')) || !sameNoun(a, b)) return false;
    if (!sole(a) || !sole(b) || rate(a) || rate(b)) return false;
    if (a.event && b.event && a.event.sense !== b.event.sense) return false;
    const [lo, hi] = [Math.min(a.q.value, b.q.value), Math.max(a.q.value, b.q.value)];
    if (lo <= 0 || hi / lo > MAX_RATIO) return false;
    const da = articleDay(corpus, a.sentence.articleIndex);
    const db = articleDay(corpus, b.sentence.articleIndex);
    if (da === null || db === null || Math.abs(daysBetween(da, db)) > STORY_DAYS) return false;
    if (background(a, da) || background(b, db)) return false;
    if (a.places.length > 0 && b.places.length > 0 && !a.places.some((x) => b.places.some((y) => x.name === y.name || x.state === y.state))) return false;
    return !runningTotal(a) && !runningTotal(b);
  };
}
