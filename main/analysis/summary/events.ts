/**
 * Events as the unit of the summary (issue 14): the sentences of all selected sources that report one
 * development — near-duplicate wording, or the same action by the same actors on a date that does not
 * conflict — grouped before anything is ranked, so that one meeting reported by three outlets is one point
 * citing all three, never three points.
 */
import { precision } from '../timeline/date-order.ts';
import { datesAgree, datesNear, isoDayNumber, type EventDateValue } from './event-dates.ts';
import { anchorsOf, namesDay, pairContext, sensesDiffer } from './event-pair-context.ts';
import { pairFeatures } from './event-pair-features.ts';
import type { PairDecider } from './event-pair-decider.ts';
import { cosine, type SparseVector } from './tfidf.ts';
import type { SimilarityIndex } from './similarity-index.ts';
import { placesClash, type NamedPlace } from './event-places.ts';
import { splitCorroboratedDays, type UnitDay } from './event-day-split.ts';
import type { Unite, VerbalStems } from './verbal-stems.ts';
import { leadActionsDiffer, type LeadAction } from './lead-action.ts';
import { actionsApart, type OpeningAct } from './opening-act.ts';

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
  /**
   * Each figure it counts with the class of the noun counted, null when none follows («مقتل خمسة») (rank-events.ts):
   * anchors another report of its event may share (event-pair-context.ts).
   */
  counts?: readonly { value: number; noun: string | null }[];
  /**
   * Its relative clauses told of a known thing (event-clauses.ts, backReferences), as token ranges: «أعلنت المجموعة
   * مسؤوليتها عن الهجوم الذي تعرضت له الهيئة» shares the attack's words there only. The weak fits leave them out.
   */
  references?: readonly (readonly [number, number])[];
  /** Its two-word phrases (event-phrases.ts): anchors when few units hold them («لجنة تحقيق»). */
  phrases?: readonly string[];
  /**
   * It ranks its own event among its kind («وهي ثالث حادثة تسرب غاز …», text/arabic/ordinals.ts): a statement about
   * an event told elsewhere, not a report of it, so it joins no event (its source would count as one more witness).
   */
  ranking?: boolean;
  /** Its sentence leads its article (position 0): the learned pair scorer's features read it. */
  lead?: boolean;
  /** Its article's date as a day number (days since 1970), when the article has one: the time between two reports. */
  day?: number;
  /** The verb it opens on and its subject (lead-action.ts): two actions by two actors are never one day disputed. */
  action?: LeadAction | null;
  /** The verb it opens on, its subject and every verbal root it holds (opening-act.ts): two actions by two actors. */
  act?: OpeningAct | null;
  /** The people its sentence names (event-persons.ts). */
  persons?: ReadonlySet<string>;
  /** The source ids of its members, for recording labelled pairs in training. */
  sources?: readonly string[];
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
// surrounds the event: its day, its place, its people. Two sentences that both name a day, the same or one apart (two
// sources disagreeing on the day, «أمس الأحد» / «يوم الاثنين 23 نوفمبر», which the questions then ask, as for an
// anchor below), and share content stems that weigh this much of the shorter one's by inverse document frequency over
// the selection (a stem every other sentence of the story has weighs little, one only these two share weighs much),
// tell one event. The cosine below which the similarity index offers no pair is this rule's floor.
const DATED_SAME_EVENT = 0.15;
const DATED_MIN_WEIGHT = 0.2;
const DATED_MIN_SHARED = 4;
// The days apart two dated reports may name: one, for the disagreement on the day the questions ask. Its own constant,
// though it equals ANCHOR_DAYS below: the two rules are tuned apart.
const DATED_DAYS = 1;

// Two reports of one event in other words and other verbs («أوقفت مصالح الدرك … ثلاثة أشخاص» / «أعلنت قيادة الدرك …
// توقيف ثلاثة مشتبه بهم») still meet on what anchors the event: its day, give or take one (a disagreement the questions
// then ask), and a thing both name exactly — a precise place («غابة أكفادو»), a figure, or the noun a figure counts
// («1200 عائلة» / «800 عائلة»: the counts may differ, that is the question). The stems they share must weigh this
// much of the shorter one's by inverse document frequency, and be at least this many: the anchor alone is not enough.
const ANCHOR_DAYS = 1;
const ANCHOR_MIN_WEIGHT = 0.1;
const ANCHOR_MIN_SHARED = 2;
// Two reports met only on a phrase share at least one more stem besides its two: a phrase alone may be an actor's name
// («وزير الخارجية») that two of his acts on two days both hold.
const PHRASE_MIN_SHARED = 3;

/**
 * Two reports of one event in other words altogether («لقي 5 أشخاص حتفهم …» / «… مقتل خمسة …»): they share no content
 * word, only what the event is — the same figure of the same thing (or of a thing one side leaves unsaid), a place
 * both name, and one day both name. The figure must be rare in the selection (the story's one running total is not),
 * at least two (one of something tells nothing), and the place one of the few the two name alike.
 */
function sameCount(u: EventUnit, v: EventUnit, rare: ReadonlySet<string>): boolean {
  const figure = (u.counts ?? []).some((a) => a.value >= 2 && rare.has(`${a.value}`) && (v.counts ?? []).some((b) => b.value === a.value && (a.noun === null || b.noun === null || a.noun === b.noun)));
  return figure && (u.places ?? []).some((p) => (v.places ?? []).some((q) => q.key === p.key));
}

/**
 * Whether two reports each count something and neither counts a thing the other counts nor gives its figure: «بيانات
 * 40 ألف مقيم» / «صور جوازات 9 آلاف مواطن». A figure with no noun («مقتل خمسة») may count anything.
 */
function countDifferentThings(u: EventUnit, v: EventUnit): boolean {
  const a = u.counts ?? [];
  const b = v.counts ?? [];
  if (a.length === 0 || b.length === 0) return false;
  return !a.some((x) => b.some((y) => x.value === y.value || x.noun === null || y.noun === null || x.noun === y.noun));
}

/** Whether both units name people and none in common: «كلف … وزير النفط حيدر الساعدي» / «قبل … استقالة … سالم الجبوري». */
function personsApart(u: EventUnit, v: EventUnit): boolean {
  const a = u.persons;
  const b = v.persons;
  if (a === undefined || b === undefined || a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
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
function senseMatch(u: EventUnit, v: EventUnit, a: ReadonlySet<string>, b: ReadonlySet<string>, unite: Unite): 'no' | 'same' | 'strong' {
  const su = u.senses;
  const sv = v.senses;
  if (!su || !sv || a.size === 0 || b.size === 0 || ![...su.keys].some((k) => sv.keys.has(k))) return 'no';
  // The senses' words as the stems have them: a verb and its verbal noun are one stem there.
  const senseStems = new Set([...su.stems, ...sv.stems].map(unite));
  let shared = 0;
  for (const x of a) if (b.has(x) && !senseStems.has(x)) shared++;
  if (shared < SENSE_MIN_SHARED || (shared + 1) / Math.min(a.size, b.size) < SENSE_MIN_CONTAINMENT) return 'no';
  return shared >= SENSE_STRONG_SHARED ? 'strong' : 'same';
}

/**
 * Groups units into events. Units are taken in the order given (the caller puts the most central first, so
 * each event is seeded by its clearest sentence); a unit joins the first event that holds a unit of another
 * source it reports the same event as (an article's sentences about one event join through the other
 * sources that report it, never through each other); a unit that fits two events joins them into one. `datesOf` gives a unit's
 * dates (lazily: only pairs that pass the wording tests are dated); two units whose dates all conflict are
 * two events. Returns events as lists of unit indices, in order of their first unit.
 */
// How well a unit fits an event (rulesFit in groupEvents).
type Fit = 0 | 1 | 2;
const NONE: Fit = 0;
const WEAK: Fit = 1;
const STRONG: Fit = 2;

export function groupEvents(
  units: readonly EventUnit[],
  order: readonly number[],
  index: SimilarityIndex,
  datesOf: (unit: number) => readonly EventDateValue[],
  pairs?: PairDecider,
  united: { verbal?: VerbalStems; summaryNear?: (i: number, threshold: number) => readonly number[] } = {},
): number[][] {
  const events: number[][] = [];
  const eventOf = new Map<number, number>();
  const ctx = pairContext(units, datesOf, united.verbal);
  const { stemsOf } = ctx;
  // A day's difference is a disagreement on one event only when the two tell no different action: «وصل … الحجاج» on
  // Wednesday beside a landing on Tuesday, sharing the story's names, is the next development, not the day disputed.
  const datedMatch = (i: number, j: number): boolean => {
    const { share, shared } = ctx.ownShare(i, j);
    if (shared < DATED_MIN_SHARED || share < DATED_MIN_WEIGHT) return false;
    return ctx.sameDay(i, j) || (!sensesDiffer(units[i] as EventUnit, units[j] as EventUnit) && ctx.sameDay(i, j, DATED_DAYS));
  };
  // Whether every day a unit names is its article's own (a report of the day it was published: «اليوم»، «مساء اليوم
  // الاثنين» in Monday's article, or that day's date written out).
  const ownDays = new Map<number, boolean>();
  const ownDayReport = (i: number): boolean => {
    let known = ownDays.get(i);
    if (known === undefined) {
      const day = units[i]?.day;
      const days = datesOf(i).filter(namesDay);
      known = day !== undefined && days.length > 0 && days.every((d) => /^\d{4}-/u.test(d.date) && isoDayNumber(d.date) === day);
      ownDays.set(i, known);
    }
    return known;
  };
  // Two reports each of its own article's day, published on two days, that count two different things, tell two
  // events: «مساء اليوم الاثنين … ملفا يضم بيانات 40 ألف مقيم» in Monday's article and «مساء اليوم الثلاثاء … ملفا
  // يضم صور جوازات 9 آلاف مواطن» in Tuesday's, worded alike, are two leaks of a series. Either alone is not enough: two
  // sources may each date one repair to their own day (the day the questions then ask), and one event's reports count
  // what they each saw.
  const twoOwnDays = (i: number, j: number): boolean => {
    const u = units[i] as EventUnit;
    const v = units[j] as EventUnit;
    return u.day !== undefined && v.day !== undefined && u.day !== v.day && countDifferentThings(u, v) && ownDayReport(i) && ownDayReport(j);
  };
  // …through whichever of an event's sources the unit would join it: the members that count other things on another
  // day are found first, the days read only for them.
  const otherOwnDay = (i: number, members: readonly number[]): boolean => {
    const u = units[i] as EventUnit;
    if ((u.counts ?? []).length === 0 || u.day === undefined) return false;
    return members.some((k) => twoOwnDays(i, k));
  };
  // A rare anchor of i that is a phrase of j is a phrase of i too: phrases alone carry «ph:» (event-phrases.ts).
  const sharePhrase = (i: number, j: number): boolean => {
    const b = new Set(units[j]?.phrases ?? []);
    return ctx.rareAnchors(i).some((a) => b.has(a));
  };
  const anchored = (i: number): number[] => ctx.rareAnchors(i).flatMap((a) => ctx.holding(a).filter((k) => k !== i));
  const anchorMatch = (i: number, j: number): boolean => {
    const b = new Set(anchorsOf(units[j] as EventUnit));
    const common = ctx.rareAnchors(i).filter((x) => b.has(x));
    if (common.length === 0) return false;
    const least = common.every((x) => x.startsWith('ph:')) ? PHRASE_MIN_SHARED : ANCHOR_MIN_SHARED;
    // The story's setting alone allows no day's difference: every event of the story happens there.
    const days = common.every((x) => ctx.isSetting(x)) ? 0 : ANCHOR_DAYS;
    const { share, shared } = ctx.ownShare(i, j);
    return shared >= least && share >= ANCHOR_MIN_WEIGHT && ctx.sameDay(i, j, days);
  };
  // The hand-written rules' verdict on a pair of units of different sources: WEAK when only what surrounds the event
  // joins them (its day with a few weighty words, an anchor, or a figure and a place), STRONG when their words or
  // their sense do, NONE otherwise.
  const rulesFit = (i: number, j: number): Fit => {
    const u = units[i] as EventUnit;
    const v = units[j] as EventUnit;
    const c = cosine(u.vector, v.vector);
    const threshold = u.clause === true || v.clause === true ? CLAUSE_SAME_EVENT : SAME_EVENT;
    const worded = c >= threshold && (c >= NEAR_IDENTICAL || sameAction(stemsOf(i), stemsOf(j)));
    const sense = c >= SENSE_SAME_EVENT ? senseMatch(u, v, stemsOf(i), stemsOf(j), ctx.unite) : 'no';
    // Every rule below that lets two reports name days apart reads it as a disagreement on one event's day (issue 14:
    // the same action by the same actors); two reports on two days that open on two actors' acts each on the other
    // (lead-action.ts: a resignation handed in, then accepted), or that name people and none in common, tell two events.
    if (!ctx.sameDates(i, j) && (leadActionsDiffer(u.action, v.action) || personsApart(u, v))) return NONE;
    if (!worded && sense === 'no') {
      const met = (c >= DATED_SAME_EVENT && datedMatch(i, j)) || anchorMatch(i, j) || (sameCount(u, v, new Set(ctx.rareAnchors(i))) && ctx.sameDay(i, j));
      return met ? WEAK : NONE;
    }
    // Worded alike or told in one sense, a pair is held to no stricter a test of its days than one that is neither:
    // two reports naming days one apart that share what the dated rule asks are one event, the day then asked.
    return ctx.sameDates(i, j) || (sense === 'strong' && ctx.nearDates(i, j, NEAR_DAYS)) || anchorMatch(i, j) || datedMatch(i, j) ? STRONG : NONE;
  };
  // How well a unit fits a pair the decider joined: the rules' own measure (read once), or STRONG where the decider
  // joins a pair the rules would not.
  const fitOf = (i: number, j: number): Fit => {
    let fit: Fit | undefined;
    const rules = (): boolean => (fit ??= rulesFit(i, j)) !== NONE;
    return join(i, j, rules) ? (fit === WEAK ? WEAK : STRONG) : NONE;
  };
  const join = (i: number, j: number, rules: () => boolean): boolean => {
    const u = units[i] as EventUnit;
    const v = units[j] as EventUnit;
    // Only another source's sentence can bring a sentence into an event: an article's own sentences
    // share its story's words whatever they report.
    if (!u.articles.some((a) => v.articles.some((b) => b !== a)) || u.ranking === true || v.ranking === true) return false;
    // Two places that share nothing («في مدينة حلب» / «في مدينة إدلب») are two events, however alike the words.
    if (placesClash(u.places ?? [], v.places ?? [])) return false;
    // Two actions by two actors on days that conflict are two events, never one day disputed (opening-act.ts: a
    // company's suspension of digging and the gendarmes' arrest of the well's owner a day later share the story's well
    // and town). On one day they may be one act told from two sides, each in its own words; and two that act on one
    // rare thing, a phrase few sentences hold («وزعت مديرية التموين … مخزون صوامع القمح» / «أفرغت الوزارة … مخزون
    // صوامع القمح»), tell one act in two verbs, its day then asked.
    if (actionsApart(u.act, v.act) && !ctx.sameDates(i, j) && !sharePhrase(i, j)) return false;
    return pairs ? pairs.decide({ i, j, a: u, b: v, rules, features: () => pairFeatures(ctx, i, j) }) : rules();
  };
  // A weak fit rests on the day: the day that counts is its event's (eventDate, what most of its units agree on), not
  // one member's that another source put a day off («الخميس 7» against the Wednesday two others name).
  // Each event's date, read again only when the event has grown (events only grow, or empty into another).
  const eventDates = new Map<readonly number[], { size: number; date: EventDateValue | undefined }>();
  const nearEventDate = (i: number, members: readonly number[]): boolean => {
    let known = eventDates.get(members);
    if (known?.size !== members.length) eventDates.set(members, (known = { size: members.length, date: eventDate(members.map((k) => datesOf(k))) }));
    const date = known.date;
    return date === undefined || datesOf(i).some((x) => datesAgree(x, date) || datesNear(x, date, DATED_DAYS));
  };
  for (const i of order) {
    const u = units[i];
    if (!u) continue;
    let joined = -1;
    const hasSense = (u.senses?.keys.size ?? 0) > 0;
    // Only the units the index offers can reach a threshold: each event is tried on those of its units alone. A decider
    // may ask for a lower floor (a learned scorer, event-pair-decider.ts): the rules join nothing below their own.
    const rulesFloor = hasSense ? SENSE_SAME_EVENT : DATED_SAME_EVENT;
    const floor = Math.min(pairs?.candidateFloor ?? 1, rulesFloor);
    // Below the rules' floor, the pairs the summary's own vectors offer too (verbal-stems.ts, groupingVectors).
    const wider = floor < rulesFloor && united.summaryNear ? united.summaryNear(i, floor) : [];
    const candidates = new Map<number, number[]>();
    for (const j of new Set([...index.candidates(u.vector, floor), ...wider, ...anchored(i)])) {
      const e = eventOf.get(j);
      if (e === undefined) continue;
      const list = candidates.get(e);
      if (list) list.push(j);
      else candidates.set(e, [j]);
    }
    // How well the unit fits each candidate event: its best pair there. A recording decider sees every candidate pair;
    // otherwise a strong pair ends the event's scan.
    const fits = new Map<number, Fit>();
    for (const e of [...candidates.keys()].sort((a, b) => a - b)) {
      let best: Fit = NONE;
      for (const j of candidates.get(e) ?? []) {
        best = Math.max(best, fitOf(i, j)) as Fit;
        if (best === STRONG && pairs?.exhaustive !== true) break;
      }
      if (best !== NONE && (best === STRONG || nearEventDate(i, events[e] ?? [])) && !otherOwnDay(i, events[e] ?? [])) fits.set(e, best);
    }
    for (const e of fits.keys()) {
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
  // The one day a unit names, read only for the members of events large enough to split (event-day-split.ts).
  const unitDay = (k: number): UnitDay => {
    const days = [...new Set(datesOf(k).filter((d) => namesDay(d) && /^\d{4}-/u.test(d.date)).map((d) => isoDayNumber(d.date)))];
    return days.length === 1 ? { day: days[0], own: ownDayReport(k) } : { day: undefined, own: false };
  };
  return splitCorroboratedDays(events.filter((e) => e.length > 0), unitDay);
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
