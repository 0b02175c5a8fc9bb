/**
 * What the event grouping knows of two units of a selection (events.ts): their content stems and how rare each is
 * in the selection, their days, their anchors (figures, counted nouns, precise places, rare two-word phrases). The
 * grouping's rules and the learned pair scorer's features (event-pair-features.ts) both read it, so that the two
 * measure the same things the same way.
 */
import { verbalStems, type Unite, type VerbalStems } from './verbal-stems.ts';
import { datesAgree, datesNear, type EventDateValue } from './event-dates.ts';
import type { EventUnit } from './events.ts';
import { postings } from './postings.ts';

// An anchor that many sentences hold (the story's one figure, its one town) tells no event apart: only anchors that at
// most this many units, and at most a quarter of them, share are offered as candidates.
const ANCHOR_MAX_UNITS = 12;
const ANCHOR_MAX_SHARE = 0.25;
// A two-word phrase is an anchor only when at most this many units hold it: the thing one event acts on («هيكل
// العبارة» in the two reports of its raising), not an actor or a place the whole story repeats.
const PHRASE_MAX_UNITS = 3;
// An anchor that the sentences of half the selection's articles or more hold is the story's own setting (the port
// where a strike stalls everything, the town a whole crisis happens in): every event of the story happens there, so
// it tells one apart only on the same day, never across a day's difference. Not below three articles: two reports of
// one event are all a small selection may have.
const SETTING_ARTICLE_SHARE = 0.5;
const SETTING_MIN_ARTICLES = 3;

/**
 * A unit's anchors: its figures and counted nouns, the precise places it names, and its two-word phrases. A figure
 * goes with what it counts («ثلاثة أشخاص» → `3`, `n:شخص`), the thing counted alone too, so that «1200 عائلة» and
 * «800 عائلة» meet.
 */
export function anchorsOf(u: EventUnit): string[] {
  const figures = new Set((u.counts ?? []).flatMap((q) => [`${q.value}`, ...(q.noun !== null ? [`n:${q.noun}`] : [])]));
  return [...figures, ...(u.places ?? []).filter((p) => p.cued).map((p) => `p:${p.key}`), ...(u.phrases ?? [])];
}

/** Whether both units tell event senses (text/arabic/event-senses) and share none: two kinds of action («وصل
 * الحجاج» / «هبطت الطائرة»). A unit with no sense says nothing of its kind: the lexicon may just lack its verb. The
 * rules' dated fit and the pair scorer both read it. */
export function sensesDiffer(u: EventUnit, v: EventUnit): boolean {
  const a = u.senses?.keys;
  const b = v.senses?.keys;
  if (a === undefined || b === undefined || a.size === 0 || b.size === 0) return false;
  for (const k of a) if (b.has(k)) return false;
  return true;
}

/** A date that names one day («مساء الأحد 4 أكتوبر», «صباح الأربعاء» resolved). */
export function namesDay(v: EventDateValue): boolean {
  return !v.approximate && v.range === undefined && /^(?:\d{4}|-)-\d{2}-\d{2}$/u.test(v.date);
}

export interface PairContext {
  units: readonly EventUnit[];
  /** A unit's content stems, a verb and its verbal noun one stem (verbal-stems.ts). */
  stemsOf: (i: number) => ReadonlySet<string>;
  /** A light stem as stemsOf has it: the stems of the words that tell a unit's senses are compared so. */
  unite: Unite;
  /** Inverse document frequency of a stem over the selection's units. */
  idf: (stem: string) => number;
  datesOf: (i: number) => readonly EventDateValue[];
  /** The anchors of unit i that few enough units share to tell an event apart. */
  rareAnchors: (i: number) => string[];
  /** A figure or place that the sentences of half the selection's articles hold: the story's setting. */
  isSetting: (anchor: string) => boolean;
  /** The units holding an anchor. */
  holding: (anchor: string) => readonly number[];
  /** The share of the shorter stem set's idf weight that the two share, and how many stems they share. */
  weightedShare: (i: number, j: number) => { share: number; shared: number };
  /**
   * The same measure over each unit's own stems: those of its words outside the relative clauses it tells a known
   * thing by (EventUnit.references). The rules' weak fits read it; the learned scorer's features do not.
   */
  ownShare: (i: number, j: number) => { share: number; shared: number };
  /** No dates on one side, or some date of each agreeing. */
  sameDates: (i: number, j: number) => boolean;
  /** Some dates of the two at most `days` apart, both exact days. */
  nearDates: (i: number, j: number, days: number) => boolean;
  /** Both name days, and every day of each agrees with (or, with `days`, lies within that many days of) one of the other's. */
  sameDay: (i: number, j: number, days?: number) => boolean;
}

/** The caches and measures of one selection's units; stems, idf and anchors computed on first use. */
export function pairContext(units: readonly EventUnit[], datesOf: (unit: number) => readonly EventDateValue[], known?: VerbalStems): PairContext {
  const stems = new Map<number, Set<string>>();
  let verbal: VerbalStems | null = known ?? null;
  const read = (): VerbalStems => (verbal ??= verbalStems(units.map((u) => u.text)));
  const stemsOf = (i: number): Set<string> => {
    let s = stems.get(i);
    if (!s) {
      s = read().stemsOf(i);
      stems.set(i, s);
    }
    return s;
  };
  let df: Map<string, number> | null = null;
  const idf = (stem: string): number => {
    if (!df) {
      df = new Map();
      for (let k = 0; k < units.length; k++) for (const x of stemsOf(k)) df.set(x, (df.get(x) ?? 0) + 1);
    }
    return Math.log(units.length / (df.get(stem) ?? 1));
  };
  const byAnchor = postings(units, anchorsOf);
  const allArticles = new Set(units.flatMap((u) => u.articles));
  const setting = Math.max(SETTING_MIN_ARTICLES, Math.ceil(allArticles.size * SETTING_ARTICLE_SHARE));
  const settings = new Map<string, boolean>();
  const isSetting = (anchor: string): boolean => {
    let known = settings.get(anchor);
    if (known === undefined) {
      known = !anchor.startsWith('ph:') && new Set((byAnchor.get(anchor) ?? []).flatMap((k) => units[k]?.articles ?? [])).size >= setting;
      settings.set(anchor, known);
    }
    return known;
  };
  const bar = (anchor: string): number => (anchor.startsWith('ph:') ? PHRASE_MAX_UNITS : Math.min(ANCHOR_MAX_UNITS, Math.ceil(units.length * ANCHOR_MAX_SHARE)));
  const holding = (anchor: string): readonly number[] => byAnchor.get(anchor) ?? [];
  const own = new Map<number, Set<string>>();
  const ownStemsOf = (i: number): Set<string> => {
    const ranges = units[i]?.references ?? [];
    if (ranges.length === 0) return stemsOf(i);
    let s = own.get(i);
    if (!s) own.set(i, (s = read().stemsOutside(i, ranges)));
    return s;
  };
  const share = (a: ReadonlySet<string>, b: ReadonlySet<string>): { share: number; shared: number } => {
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
  };
  const weightedShare = (i: number, j: number): { share: number; shared: number } => share(stemsOf(i), stemsOf(j));
  return {
    units,
    stemsOf,
    unite: (stem) => read().unite(stem),
    idf,
    datesOf,
    rareAnchors: (i) => anchorsOf(units[i] as EventUnit).filter((a) => holding(a).length <= bar(a)),
    holding,
    isSetting,
    weightedShare,
    ownShare: (i, j) => share(ownStemsOf(i), ownStemsOf(j)),
    sameDates: (i, j) => {
      const a = datesOf(i);
      const b = datesOf(j);
      return a.length === 0 || b.length === 0 || a.some((x) => b.some((y) => datesAgree(x, y)));
    },
    nearDates: (i, j, days) => datesOf(i).some((x) => datesOf(j).some((y) => datesNear(x, y, days))),
    sameDay: (i, j, days = 0) => {
      const a = datesOf(i).filter(namesDay);
      const b = datesOf(j).filter(namesDay);
      const near = (x: EventDateValue, y: EventDateValue): boolean => datesAgree(x, y) || (days > 0 && datesNear(x, y, days));
      return a.length > 0 && b.length > 0 && a.every((x) => b.some((y) => near(x, y))) && b.every((y) => a.some((x) => near(x, y)));
    },
  };
}
