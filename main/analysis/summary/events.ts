/**
 * Events as the unit of the summary (issue 14): the sentences of all selected sources that report one
 * development — near-duplicate wording, or the same action by the same actors on a date that does not
 * conflict — grouped before anything is ranked, so that one meeting reported by three outlets is one point
 * citing all three, never three points.
 */
import { precision } from '../timeline/date-order.ts';
import { datesAgree, datesNear, type EventDateValue } from './event-dates.ts';
import { contentStems } from '../timeline/similarity.ts';
import { cosine, type SparseVector } from './tfidf.ts';
import type { SimilarityIndex } from './similarity-index.ts';
import { placesClash, type NamedPlace } from './event-places.ts';

/** What grouping needs to know of a near-duplicate unit (a sentence and its wire copies). */
export interface EventUnit {
  /** Article index of every member. */
  articles: readonly number[];
  /** The representative sentence. */
  text: string;
  vector: SparseVector;
  /** A part of a sentence that tells two events (event-clauses.ts). */
  clause?: boolean;
  /** The event senses its words tell (text/arabic/event-senses), and the stems of the words that tell them. */
  senses?: { keys: ReadonlySet<string>; stems: ReadonlySet<string> };
  /** The places it names (event-places.ts), with the wider places the selection puts them in. */
  places?: readonly NamedPlace[];
  /** What it counts: figures and counted nouns (rank-events.ts), anchors another report of its event may share. */
  figures?: readonly string[];
  /** Its two-word phrases (event-phrases.ts): anchors when few units hold them («لجنة تحقيق»). */
  phrases?: readonly string[];
  /**
   * It ranks its own event among its kind («وهي ثالث حادثة تسرب غاز …», text/arabic/ordinals.ts): a statement about
   * an event told elsewhere, not a report of it, so it joins no event (its source would count as one more witness).
   */
  ranking?: boolean;
}

// Two sentences of different sources report one event when their TF-IDF cosine reaches SAME_EVENT and enough
// of the shorter one's content stems recur in the other (containment, as timeline/similarity compares event
// lines; a whole sentence carries more framing than a dated clause, hence 0.4 of its stems and at least three,
// for actors and action). The cosine keeps apart two events of one story that share only its actors.
export const SAME_EVENT = 0.3;
// A part of a sentence is compared with whole sentences that say more than it does: its cosine with them runs
// lower for the same shared words, so it needs less, the stem test (below) being the same.
const CLAUSE_SAME_EVENT = 0.2;
const MIN_CONTAINMENT = 0.4;
const MIN_SHARED = 3;
// A sentence that shares most of its words with another needs no stem test: near-identical wording.
const NEAR_IDENTICAL = 0.6;
// Two sentences that tell one sense («أعلنت» / «أقرت بـ») share fewer words than two that use one verb: the sense
// stands for the verb, and the rest — actors, object, place — must still recur: two stems besides the sense's words,
// a quarter of the shorter sentence's stems with the sense counted, and a cosine a little below a clause's.
const SENSE_SAME_EVENT = 0.15;
const SENSE_MIN_SHARED = 2;
const SENSE_MIN_CONTAINMENT = 0.25;
// Two sentences of one sense that share this many stems besides it tell one event even when their days differ by
// NEAR_DAYS or less: two sources disagreeing on a day, which the questions then ask.
const SENSE_STRONG_SHARED = 4;
const NEAR_DAYS = 2;
// Two reports of one event in other words («غرقت عبارة» / «انقلب زورق») share neither verb nor sense, only what
// surrounds the event: its day, its place, its people. Two sentences that both name one day, and share content stems
// that weigh this much of the shorter one's by inverse document frequency over the selection (a stem every other
// sentence of the story has weighs little, one only these two share weighs much), tell one event. The cosine below
// which the similarity index offers no pair is this rule's floor.
const DATED_SAME_EVENT = 0.15;
const DATED_MIN_WEIGHT = 0.2;
const DATED_MIN_SHARED = 4;

// Two reports of one event in other words and other verbs («أوقفت مصالح الدرك … ثلاثة أشخاص» / «أعلنت قيادة الدرك …
// توقيف ثلاثة مشتبه بهم») still meet on what anchors the event: its day, give or take one (a disagreement the questions
// then ask), and a thing both name exactly — a precise place («غابة أكفادو»), a figure, or the noun a figure counts
// («1200 عائلة» / «800 عائلة»: the counts may differ, that is the question). The stems they share must weigh this
// much of the shorter one's by inverse document frequency, and be at least this many: the anchor alone is not enough.
const ANCHOR_DAYS = 1;
const ANCHOR_MIN_WEIGHT = 0.1;
const ANCHOR_MIN_SHARED = 2;
// An anchor that many sentences hold (the story's one figure, its one town) tells no event apart: only anchors that at
// most this many units, and at most a quarter of them, share are offered as candidates.
const ANCHOR_MAX_UNITS = 12;
const ANCHOR_MAX_SHARE = 0.25;
// A two-word phrase is an anchor only when at most this many units hold it: the thing one event acts on («هيكل
// العبارة» in the two reports of its raising), not an actor or a place the whole story repeats.
const PHRASE_MAX_UNITS = 3;
// Two reports met only on a phrase share at least one more stem besides its two: a phrase alone may be an actor's name
// («وزير الخارجية») that two of his acts on two days both hold.
const PHRASE_MIN_SHARED = 3;

/** A unit's anchors: its figures and counted nouns, the precise places it names, and its two-word phrases. */
function anchorsOf(u: EventUnit): string[] {
  return [...(u.figures ?? []), ...(u.places ?? []).filter((p) => p.cued).map((p) => `p:${p.key}`), ...(u.phrases ?? [])];
}

/** How many units may share an anchor for it to tell an event apart (a phrase's bar is its own). */
function anchorBar(anchor: string, units: number): number {
  return anchor.startsWith('ph:') ? PHRASE_MAX_UNITS : Math.min(ANCHOR_MAX_UNITS, Math.ceil(units * ANCHOR_MAX_SHARE));
}

function sameAction(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared >= MIN_SHARED && shared / Math.min(a.size, b.size) >= MIN_CONTAINMENT;
}

/**
 * How two units tell one sense of event about the same things: 'no'; 'same' for a shared sense and enough shared stems
 * besides its words; 'strong' when they share so many that a day's difference is a disagreement, not two events.
 */
function senseMatch(u: EventUnit, v: EventUnit, a: ReadonlySet<string>, b: ReadonlySet<string>): 'no' | 'same' | 'strong' {
  const su = u.senses;
  const sv = v.senses;
  if (!su || !sv || a.size === 0 || b.size === 0 || ![...su.keys].some((k) => sv.keys.has(k))) return 'no';
  let shared = 0;
  for (const x of a) if (b.has(x) && !su.stems.has(x) && !sv.stems.has(x)) shared++;
  if (shared < SENSE_MIN_SHARED || (shared + 1) / Math.min(a.size, b.size) < SENSE_MIN_CONTAINMENT) return 'no';
  return shared >= SENSE_STRONG_SHARED ? 'strong' : 'same';
}

/** The share of the shorter stem set's weight (inverse document frequency) that the two sets share, and how many stems. */
function weightedShare(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: (stem: string) => number): { share: number; shared: number } {
  const weight = (s: ReadonlySet<string>): number => [...s].reduce((w, x) => w + idf(x), 0);
  let sharedWeight = 0;
  let shared = 0;
  for (const x of a) {
    if (!b.has(x)) continue;
    shared++;
    sharedWeight += idf(x);
  }
  const least = Math.min(weight(a), weight(b));
  return { share: least > 0 ? sharedWeight / least : 0, shared };
}

/** A date that names one day («مساء الأحد 4 أكتوبر», «صباح الأربعاء» resolved): what the selection-weighted rule needs. */
function namesDay(v: EventDateValue): boolean {
  return !v.approximate && v.range === undefined && /^(?:\d{4}|-)-\d{2}-\d{2}$/u.test(v.date);
}

/**
 * Groups units into events. Units are taken in the order given (the caller puts the most central first, so
 * each event is seeded by its clearest sentence); a unit joins the first event that holds a unit of another
 * source it reports the same event as (an article's sentences about one event join through the other
 * sources that report it, never through each other); a unit that fits two events joins them into one. `datesOf` gives a unit's
 * dates (lazily: only pairs that pass the wording tests are dated); two units whose dates all conflict are
 * two events. Returns events as lists of unit indices, in order of their first unit.
 */
export function groupEvents(
  units: readonly EventUnit[],
  order: readonly number[],
  index: SimilarityIndex,
  datesOf: (unit: number) => readonly EventDateValue[],
): number[][] {
  const events: number[][] = [];
  const eventOf = new Map<number, number>();
  const stems = new Map<number, Set<string>>();
  const stemsOf = (i: number): Set<string> => {
    let s = stems.get(i);
    if (!s) {
      s = contentStems(units[i]?.text ?? '');
      stems.set(i, s);
    }
    return s;
  };
  const sameDates = (i: number, j: number): boolean => {
    const a = datesOf(i);
    const b = datesOf(j);
    return a.length === 0 || b.length === 0 || a.some((x) => b.some((y) => datesAgree(x, y)));
  };
  const nearDates = (i: number, j: number): boolean => datesOf(i).some((x) => datesOf(j).some((y) => datesNear(x, y, NEAR_DAYS)));
  // Document frequency of each stem over the selection's units, for the rule of one day (DATED_SAME_EVENT).
  let df: Map<string, number> | null = null;
  const idf = (stem: string): number => {
    if (!df) {
      df = new Map();
      for (let k = 0; k < units.length; k++) for (const x of stemsOf(k)) df.set(x, (df.get(x) ?? 0) + 1);
    }
    return Math.log(units.length / (df.get(stem) ?? 1));
  };
  const sameDay = (i: number, j: number): boolean => {
    const a = datesOf(i).filter(namesDay);
    const b = datesOf(j).filter(namesDay);
    return a.length > 0 && b.length > 0 && a.every((x) => b.some((y) => datesAgree(x, y))) && b.every((y) => a.some((x) => datesAgree(x, y)));
  };
  const datedMatch = (i: number, j: number): boolean => {
    const { share, shared } = weightedShare(stemsOf(i), stemsOf(j), idf);
    return shared >= DATED_MIN_SHARED && share >= DATED_MIN_WEIGHT && sameDay(i, j);
  };
  // Which units share each anchor (figures, counted nouns, precise places), for the anchor rule's candidates.
  const byAnchor = new Map<string, number[]>();
  units.forEach((u, k) => {
    for (const a of anchorsOf(u)) {
      const list = byAnchor.get(a);
      if (list) list.push(k);
      else byAnchor.set(a, [k]);
    }
  });
  const anchored = (i: number): number[] =>
    anchorsOf(units[i] as EventUnit).flatMap((a) => {
      const list = byAnchor.get(a) ?? [];
      return list.length <= anchorBar(a, units.length) ? list.filter((k) => k !== i) : [];
    });
  const withinDays = (i: number, j: number): boolean => {
    const a = datesOf(i).filter(namesDay);
    const b = datesOf(j).filter(namesDay);
    const near = (x: EventDateValue, y: EventDateValue): boolean => datesAgree(x, y) || datesNear(x, y, ANCHOR_DAYS);
    return a.length > 0 && b.length > 0 && a.every((x) => b.some((y) => near(x, y))) && b.every((y) => a.some((x) => near(x, y)));
  };
  const anchorMatch = (i: number, j: number): boolean => {
    const a = anchorsOf(units[i] as EventUnit);
    const b = new Set(anchorsOf(units[j] as EventUnit));
    const common = a.filter((x) => b.has(x) && (byAnchor.get(x)?.length ?? 0) <= anchorBar(x, units.length));
    if (common.length === 0) return false;
    const { share, shared } = weightedShare(stemsOf(i), stemsOf(j), idf);
    const least = common.every((x) => x.startsWith('ph:')) ? PHRASE_MIN_SHARED : ANCHOR_MIN_SHARED;
    return shared >= least && share >= ANCHOR_MIN_WEIGHT && withinDays(i, j);
  };
  for (const i of order) {
    const u = units[i];
    if (!u) continue;
    let joined = -1;
    const threshold = (v: EventUnit): number => (u.clause === true || v.clause === true ? CLAUSE_SAME_EVENT : SAME_EVENT);
    const hasSense = (u.senses?.keys.size ?? 0) > 0;
    // Only the units the index offers can reach a threshold: each event is tried on those of its units alone.
    const candidates = new Map<number, number[]>();
    for (const j of new Set([...index.candidates(u.vector, hasSense ? SENSE_SAME_EVENT : DATED_SAME_EVENT), ...anchored(i)])) {
      const e = eventOf.get(j);
      if (e === undefined) continue;
      const list = candidates.get(e);
      if (list) list.push(j);
      else candidates.set(e, [j]);
    }
    for (const e of [...candidates.keys()].sort((a, b) => a - b)) {
      const fits = (candidates.get(e) ?? []).some((j) => {
        const v = units[j];
        // Only another source's sentence can bring a sentence into an event: an article's own sentences
        // share its story's words whatever they report.
        if (!v || !u.articles.some((a) => v.articles.some((b) => b !== a)) || u.ranking === true || v.ranking === true) return false;
        const c = cosine(u.vector, v.vector);
        // Two places that share nothing («في مدينة حلب» / «في مدينة إدلب») are two events, however alike the words.
        if (placesClash(u.places ?? [], v.places ?? [])) return false;
        const worded = c >= threshold(v) && (c >= NEAR_IDENTICAL || sameAction(stemsOf(i), stemsOf(j)));
        const sense = c >= SENSE_SAME_EVENT ? senseMatch(u, v, stemsOf(i), stemsOf(j)) : 'no';
        if (!worded && sense === 'no') return (c >= DATED_SAME_EVENT && datedMatch(i, j)) || anchorMatch(i, j);
        return sameDates(i, j) || (sense === 'strong' && nearDates(i, j)) || anchorMatch(i, j);
      });
      if (!fits) continue;
      if (joined < 0) {
        joined = e;
        continue;
      }
      // The sentence tells the event of two groups («انطلقت الحملة الثلاثاء» beside «بدأت حملة التطعيم» and
      // «كانت الحملة قد انطلقت»): they are one event, gathered into the first.
      for (const j of events[e] ?? []) {
        events[joined]?.push(j);
        eventOf.set(j, joined);
      }
      events[e] = [];
    }
    if (joined < 0) {
      joined = events.length;
      events.push([]);
    }
    events[joined]?.push(i);
    eventOf.set(i, joined);
  }
  return events.filter((e) => e.length > 0);
}

/**
 * The date of an event: the date most of its sentences agree on (a background year one source mentions in
 * passing — «اتفاقية عام 1987» — does not date the meeting three sources put on Monday); among equals, the
 * most precise (a day before a bare year), then one whose year is written before one whose year was inferred. Undefined when no
 * sentence carries a date. `dates` holds each sentence's dates.
 */
export function eventDate(dates: readonly (readonly EventDateValue[])[]): EventDateValue | undefined {
  const all = dates.flat();
  const support = (v: EventDateValue): number => dates.filter((ds) => ds.some((d) => datesAgree(d, v))).length;
  return all
    .map((v) => ({ v, n: support(v) }))
    .sort((a, b) => b.n - a.n || precision(a.v) - precision(b.v) || Number(b.v.yearKnown === true) - Number(a.v.yearKnown === true))[0]?.v;
}
