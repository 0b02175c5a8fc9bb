import { findQuantities, normalise, lightStem, nearestCountingSense, type Quantity } from '../../text/arabic/index.ts';
import { isCurrency, isOldDenomination } from '../../text/arabic/numbers.ts';
import type { DateMention } from '../../text/dates/index.ts';
import { articleDay, type Corpus, type CorpusSentence } from './corpus.ts';
import type { Draft } from './draft.ts';
import { connectedGroups } from './greedy-groups.ts';
import { postings } from '../summary/postings.ts';
import { contextTerms, sharedCount, sharedCountWithVerbs, termsBefore, WINDOW } from './context-terms.ts';
import { placeMentions, destinations, type PlaceMention } from '../../text/gazetteer/place-mentions.ts';
import { daySpan, daysBetween } from './date-span.ts';
import { sourceLabel } from './source-label.ts';
import { soleCounts, storyCount } from './story-counts.ts';
import { elapsedSpan, partBeforeWhole, partitive, perSpan, predicateAfter, projected, remaining, upperBound, wholeAfterPart } from '../figures/figure-roles.ts';
import { countedNounSense, countedSense, tokenRange, TOLL_SENSES } from '../figures/figure-sense.ts';

// Figures about the same thing share a counted-noun class and context: three words, or two that make up
// a good part of both short contexts («نظام» and «العراق» alone do not make two reports about one event).
const SHARED_CONTEXT = 3;
const SHARED_CONTEXT_SHORT = 2;
const SHORT_CONTEXT_JACCARD = 0.3;
// Below this relative difference two figures are the same figure rounded differently.
const MIN_DIFFERENCE = 0.1;

// Counts that grow as an event unfolds: a later, higher figure may be an update, not a contradiction
// (§5.1 pitfalls). Tolls by what they count; movements, arrests and casualties by the event's words (every counting
// sense of text/arabic/event-senses).
const EVOLVING_SENSES = new Set(['dead', 'wounded', 'detainees', 'people']);
// Senses of counts that fall as an event unfolds: the missing (found, alive or dead). A figure of what still remains
// («لا يزال 11 مفقودا»، «ما زال 40 محتجزا»; Figure.remaining) falls alike, whatever its sense: a later, lower figure
// may be an update, as a later, higher toll may be.
const SHRINKING_SENSES = new Set(['missing']);
// «لجأ 1500 عنصر، منهم 300 ضابط»: a part of a figure already given, not a figure of its own. Where the whole is not
// counted («رفات قتلى من الجانبين، بينهم 31 مقاتلا») the part is the sentence's only count of what it names.
const PART_OF = new Set(['بينهم', 'منهم', 'بينها', 'منها', 'بينهن', 'منهن'].map(normalise));

/** The words leading up to token `at`, read once and only when asked. */
function leadOf(s: CorpusSentence, at: number): () => Set<string> {
  let terms: Set<string> | undefined;
  return () => (terms ??= termsBefore(s.text, s.tokens, at, LEAD));
}

// Absolute dates this far apart put two figures in different events (§5.1 step 2, a date bucket).
const SAME_EVENT_DAYS = 2;
// Reports of one event differ by a factor of two or three; a figure ten times another counts something
// else (a total since the war began against one crossing, §5.1 pitfalls), so event matches stop here.
const MAX_EVENT_RATIO = 5;
// Things counted whose count a story gives once: two sources of one event that each give one count of ships (or
// of trucks, buildings, rockets) count the same ships, whatever noun each uses («34 سفينة» / «41 باخرة»); so do two
// that each give one count of detainees («146 محتجزا» / «158 موقوفا» of one release), an event word of arrest or of
// release parting them where they differ. Not people at large: a source counts strikers, the evacuated and the
// marchers in one story under the one generic noun, so one count each proves nothing.
const SOLE_COUNT_SENSES = new Set(['vehicles', 'vessels', 'buildings', 'projectiles', 'detainees']);
// The longest stretch quoted to say which event a figure belongs to.
const MAX_QUOTE_TOKENS = 12;

interface Figure {
  sentence: CorpusSentence;
  q: Quantity;
  sense: string;
  /** Token range of the figure and its counted noun. */
  from: number;
  to: number;
  context: Set<string>;
  /** The counting event word nearest the figure (text/arabic/event-senses), by sense, and its token index. */
  event: { sense: string; at: number } | null;
  /** Places named around the figure (not nationality adjectives), and those it moves to. */
  places: PlaceMention[];
  destinations: PlaceMention[];
  /** Days covered by the sentence's absolute dates. */
  days: [string, string][];
  /** The whole a figure before it is part of («11 من أصل 21»): its sentence tells the part's event, not its own. */
  whole: boolean;
  /** The words that lead up to the figure («بإدانة» before «11»); for a whole, those that lead up to its part. Read when a whole is compared. */
  lead: () => Set<string>;
  /** A sum in a currency's old denomination («مليون أوقية قديمة»): compared only with sums so told. */
  oldDenomination: boolean;
  /** For a part of a whole («ستة منهم حرجة»), what is said of it: compared only with a part of which the same is said. */
  part: Set<string> | null;
  /** What still remains on the article's day («لا يزال 11 مفقودا»): a count that falls, not grows, as the story goes on. */
  remaining: boolean;
  /** A count per span of time («15 مليون دولار يومياً»): a rate, compared only with rates. */
  rate: boolean;
  /** A part told with its whole («أفرجت عن 28 عاملاً من أصل 35»): what its own words say of it, not the whole's count. */
  partOf: boolean;
}

// How many words before a figure say what it counts («وقضت المحكمة بإدانة 11»).
const LEAD = 3;


function figures(corpus: Corpus, dates: (s: CorpusSentence) => DateMention[], events: EventSources): Figure[] {
  const out: Figure[] = [];
  for (const s of corpus.sentences) {
    const mentions = dates(s);
    const days = mentions.filter((d) => d.kind !== 'relative' && d.kind !== 'weekday').map(daySpan).filter((d): d is [string, string] => d !== null);
    let counted = false;
    for (const q of findQuantities(s.text)) {
      if (q.unit === 'percent') {
        // Only a sentence of one of the summary's events can hold a share to compare (sameShare): the rest are not
        // read, so a large selection's many shares cost nothing.
        if (events.member(s)) out.push(percentFigure(s, q, days));
        continue;
      }
      if (q.unit !== 'count' || q.noun === null) continue;
      if (mentions.some((d) => d.start < q.end && q.start < d.end)) continue;
      const [from, to] = tokenRange(s, q.start, q.noun.end);
      const before = s.tokens[from - 1];
      const whole = counted;
      counted = true;
      if (whole && before && PART_OF.has(before.key)) continue;
      // A projection («قد تتجاوز 25 قتيلا») claims no count, and a span back from the article's day («بعد خمسة أيام
      // على الغرق») is a date, not a count: neither is set against another source's figure.
      if (projected(s, from) || elapsedSpan(s, from, q.noun.cls)) continue;
      const ofPart = wholeAfterPart(s, from);
      const event = ofPart ? null : nearestCountingSense(s.tokens, from, to);
      const lo = Math.max(0, from - WINDOW);
      const hi = Math.min(s.tokens.length, to + WINDOW);
      out.push({
        sentence: s,
        // «لا يتجاوز 4 آلاف»: a claim of at most the figure, its interval from nothing up to it.
        q: upperBound(s, from) ? { ...q, approximate: false, interval: { min: 0, max: q.value } } : q,
        sense: countedSense(s, from, to, countedNounSense(q.noun.cls)),
        from,
        to,
        context: contextTerms(s.text, s.tokens, from, to, [lightStem(q.noun.key), q.noun.cls], ofPart ? from : 0),
        event,
        places: placeMentions(s.tokens, lo, hi).filter((p) => !p.nisba),
        destinations: destinations(s.tokens, lo, hi),
        days,
        whole: ofPart,
        // The part stands three tokens before its whole: «11 من أصل 21».
        lead: leadOf(s, ofPart ? from - 3 : from),
        oldDenomination: isCurrency(q.noun.cls) && isOldDenomination(s.tokens[to]?.key),
        part: partitive(s, to - 1) ? predicateAfter(s, to - 1) : null,
        remaining: remaining(s, from),
        rate: perSpan(s, to),
        partOf: partBeforeWhole(s, to),
      });
    }
  }
  return out;
}

// A share («14 في المئة»، «17 بالمئة»، «20%») counts no noun: it is a figure of its own sense, of what the words around it
// say it measures.
const PERCENT = 'percent';
// Words that go with any share («بنسبة 20 في المئة»، «نسبة الجباية 40%»): they say nothing of what it measures.
const SHARE_WORDS = ['نسبة', 'بنسبة', 'النسبة', 'المئة', 'بالمئة', 'المائة', 'بالمائة', 'مئوية'].map((w) => lightStem(normalise(w)));

/** A share as a figure: its words around it say what it measures; no counted noun, no counting event word. */
function percentFigure(s: CorpusSentence, q: Quantity, days: [string, string][]): Figure {
  const [from, to] = tokenRange(s, q.start, q.end);
  return {
    sentence: s, q, sense: PERCENT, from, to, context: contextTerms(s.text, s.tokens, from, to, SHARE_WORDS), event: null,
    places: [], destinations: [], days, whole: false, lead: leadOf(s, from), oldDenomination: false, part: null, remaining: false,
    rate: false, partOf: false,
  };
}

/**
 * Two shares are one figure told twice when the summary grouped their sentences into one event and the words around
 * them name what they measure alike («قيمة الجنيه بنحو 14 في المئة» / «هوى الجنيه … بما يقارب 17 بالمئة»): a
 * selection gives many shares of many things (inflation, a rise in wages, a vote), and words alone would pair shares
 * of two events.
 */
function sameShare(a: Figure, b: Figure, events: EventSources): boolean {
  return events.sentences(a.sentence, b.sentence) && sharedCount(a.context, b.context) >= SHARED_CONTEXT_SHORT;
}

function samePlace(a: PlaceMention, b: PlaceMention): boolean {
  // «إلى القائم» and «إلى العراق» name one destination at two scales.
  return a.name === b.name || (a.name === a.state && a.name === b.state) || (b.name === b.state && b.name === a.state);
}

function farApart(a: Figure, b: Figure): boolean {
  if (a.days.length === 0 || b.days.length === 0) return false;
  return a.days.every(([s1, e1]) => b.days.every(([s2, e2]) => daysBetween(e1, s2) > SAME_EVENT_DAYS || daysBetween(e2, s1) > SAME_EVENT_DAYS));
}

/**
 * One event behind two figures: the same kind of thing counted (sense, so «عنصر» meets «جندي»), event
 * words of one sense, and the same place: the same destination when both name one, else a shared place.
 */
function sameEvent(a: Figure, b: Figure): boolean {
  if (!a.event || !b.event || a.event.sense !== b.event.sense) return false;
  const [lo, hi] = [Math.min(a.q.value, b.q.value), Math.max(a.q.value, b.q.value)];
  if (lo <= 0 || hi / lo > MAX_EVENT_RATIO) return false;
  if (a.destinations.length > 0 && b.destinations.length > 0) return a.destinations.some((x) => b.destinations.some((y) => samePlace(x, y)));
  return a.places.some((x) => b.places.some((y) => samePlace(x, y)));
}

/** The same figure's subject told by shared context words, as long as no event word says otherwise. */
function sameContext(a: Figure, b: Figure): boolean {
  if (a.event && b.event && a.event.sense !== b.event.sense) return false;
  const shared = sharedCount(a.context, b.context);
  const union = a.context.size + b.context.size - shared;
  return shared >= SHARED_CONTEXT || (shared >= SHARED_CONTEXT_SHORT && union > 0 && shared / union >= SHORT_CONTEXT_JACCARD);
}

// The word right before each figure, read once: the pair scan asks for it at every pair of its sense.
const VERBS = new WeakMap<Figure, Set<string>>();
function verb(f: Figure): Set<string> {
  let terms = VERBS.get(f);
  if (!terms) VERBS.set(f, (terms = termsBefore(f.sentence.text, f.sentence.tokens, f.from, 1)));
  return terms;
}

// «أن العبارة كانت تحمل نحو 410 ركاب» / «أن العبارة حملت 286 راكبا»: the verb right before the figure and one more word
// of its lead (its subject) shared.
const SHARED_LEAD = 2;

/**
 * One claim of one count: the same counted noun (sense: «راكب» and «ركاب» are one), right after the same verb, one
 * verb in two tenses meeting on its verbal key, with its subject among the words that lead up to it («العبارة …
 * تحمل» / «العبارة حملت»). The words further out differ as each outlet tells the story its own way. Not a figure after
 * «إن» or «أن» («قالت الوزارة إن 12 شخصا»): what the figure counts comes after it.
 */
function sameClaim(a: Figure, b: Figure): boolean {
  return sharedCountWithVerbs(verb(a), verb(b)) > 0 && sharedCountWithVerbs(a.lead(), b.lead()) >= SHARED_LEAD;
}

/**
 * One count told by two sources of one event: two sentences the summary grouped into one event count the same
 * thing with one kind of noun («300 شاحنة يوميا» / «500 شاحنة في اليوم»); any two sources of one event count
 * the same toll of the dead or the wounded, whatever words stand around it («مقتل 12 شخصا» / «15 قتيلا»), and the
 * same things when each gives that one count of them, in synonymous nouns («34 سفينة» / «41 باخرة»). No
 * event word may say otherwise, and the figures stay within the ratio reports of one event differ by.
 */
function sameEventCount(a: Figure, b: Figure, events: EventSources, sole: (f: Figure) => boolean): boolean {
  // Two sentences of one event are two of its sources too: sources that share no event share no sentence pair, and
  // the partner sets answer that without building the pair's key.
  if (!events.partners(a.sentence.sourceId).has(b.sentence.sourceId)) return false;
  const bySources = TOLL_SENSES.has(a.sense) || (SOLE_COUNT_SENSES.has(a.sense) && sole(a) && sole(b));
  const told = events.sentences(a.sentence, b.sentence) || (bySources && events.sources(a.sentence.sourceId, b.sentence.sourceId));
  if (!told || (a.event && b.event && a.event.sense !== b.event.sense)) return false;
  const [lo, hi] = [Math.min(a.q.value, b.q.value), Math.max(a.q.value, b.q.value)];
  return lo > 0 && hi / lo <= MAX_EVENT_RATIO;
}

function sameThing(
  a: Figure, b: Figure, events: EventSources, sole: (f: Figure) => boolean, story: (a: Figure, b: Figure) => boolean,
): 'event' | 'context' | null {
  // A rate («يومياً») and a total count different things, however alike their words.
  if (a.sense !== b.sense || a.rate !== b.rate || farApart(a, b)) return null;
  if (a.sense === PERCENT) return sameShare(a, b, events) ? 'context' : null;
  // A part («أحد عشر من ضحايا الغرق» buried, «ستة منهم» critical) is no count of the whole: it meets only a part of the
  // same noun of which the same is said («ستة منهم حرجة» / «أربعة منهم حرجة»), never «اثنين منهم تحسنت».
  if (a.part || b.part) return a.part && b.part && a.q.noun?.cls === b.q.noun?.cls && sharedCount(a.part, b.part) > 0 ? 'context' : null;
  // A whole beside its part is told by its own words only: the event its sentence tells is the part's («بإدانة 11 من
  // أصل 21»: 11 convicted of 21 tried), so another source's count of that event («بإدانة 11 متهما») is no count of it.
  // Another source's figure led up to by the part's words («بإدانة 11 متهما») counts the part, not the whole.
  if (a.whole || b.whole) return sameContext(a, b) && sharedCount(a.lead(), b.lead()) === 0 ? 'context' : null;
  // A part told with its whole («أفرجت عن 28 عاملاً من أصل 35») counts what its lead says (the released), no count of
  // the story's people at large («12 ألف عامل» on strike): it meets only a figure its lead words lead up to as well.
  if (a.partOf !== b.partOf) return sameContext(a, b) && sharedCount(a.lead(), b.lead()) > 0 ? 'context' : null;
  if (sameContext(a, b) || sameEventCount(a, b, events, sole) || story(a, b) || sameClaim(a, b)) return 'context';
  return sameEvent(a, b) ? 'event' : null;
}

/** What the summary found of events: whether two sentences, or two sources (by id), tell one event. */
export interface EventSources {
  sentences: (a: CorpusSentence, b: CorpusSentence) => boolean;
  sources: (a: string, b: string) => boolean;
  /** The other sources that tell an event with source `id` (empty for most sources of a large selection). */
  partners: (id: string) => ReadonlySet<string>;
  /** Whether some event cites the sentence. */
  member: (s: CorpusSentence) => boolean;
}

/** The summary's events, each as its citations (a point's sources), as the two tests of EventSources. */
export function eventSources(events: readonly (readonly { sourceId: string; quote: string }[])[]): EventSources {
  const sentencePairs = new Set<string>();
  const sourcePairs = new Set<string>();
  const partners = new Map<string, Set<string>>();
  const members = new Set<string>();
  const key = (sourceId: string, quote: string): string => `${sourceId}\u0001${quote}`;
  for (const cites of events) {
    for (const a of cites) {
      members.add(key(a.sourceId, a.quote));
      for (const b of cites) {
        if (a.sourceId === b.sourceId) continue;
        sourcePairs.add(`${a.sourceId}\u0000${b.sourceId}`);
        partners.set(a.sourceId, (partners.get(a.sourceId) ?? new Set<string>()).add(b.sourceId));
        sentencePairs.add(`${key(a.sourceId, a.quote)}\u0000${key(b.sourceId, b.quote)}`);
      }
    }
  }
  return {
    sentences: (a, b) => sentencePairs.has(`${key(a.sourceId, a.text)}\u0000${key(b.sourceId, b.text)}`),
    sources: (a, b) => sourcePairs.has(`${a}\u0000${b}`),
    partners: (id) => partners.get(id) ?? NONE,
    member: (s) => members.has(key(s.sourceId, s.text)),
  };
}

const NONE: ReadonlySet<string> = new Set();
const NO_EVENTS: EventSources = { sentences: () => false, sources: () => false, partners: () => NONE, member: () => false };

/** A figure that may stand for a nearby one: a round number («1000», «50»), or one given as a range or an approximation. */
function mayBeRounded(q: Quantity): boolean {
  return q.interval.min !== q.interval.max || (q.value >= 10 && q.value % 10 === 0);
}

/** «نحو 14»، «قرابة 100»: a figure given with a band on both sides of it, not a bound («أكثر من 100») or a range. */
function about(q: Quantity): boolean {
  return q.approximate && q.interval.max !== null && q.interval.min < q.value && q.value < q.interval.max;
}

function withinBand(value: number, q: Quantity): boolean {
  return q.interval.min <= value && (q.interval.max === null || value <= q.interval.max);
}

function disagree(a: Quantity, b: Quantity): boolean {
  // Two figures each given «about» are one figure when either lies within the other's band: bands that only touch
  // («نحو 14» up to 15.4, «ما يقارب 17» down to 15.3) are two figures, each said loosely.
  const overlap = about(a) && about(b)
    ? withinBand(a.value, b) || withinBand(b.value, a)
    : a.interval.min <= b.interval.max && b.interval.min <= a.interval.max;
  const diff = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  // Two exact figures that are not round («74» / «81») are not one figure rounded two ways, however close.
  return !overlap && (diff > MIN_DIFFERENCE || (!mayBeRounded(a) && !mayBeRounded(b)));
}

/** The figure with the words that say which event it counts («لجأ نحو 1000 عنصر … إلى العراق»), exactly as written. */
function eventPhrase(f: Figure): string | null {
  if (!f.event) return null;
  const dest = f.destinations.find((d) => d.from >= f.to) ?? f.destinations[0];
  const from = Math.min(f.event.at, f.from, dest?.from ?? Infinity);
  const to = Math.max(f.event.at + 1, f.to, dest?.to ?? 0);
  const first = f.sentence.tokens[from];
  const last = f.sentence.tokens[to - 1];
  if (!first || !last || to - from > MAX_QUOTE_TOKENS) return null;
  return f.sentence.text.slice(first.start, last.end);
}

/**
 * Numeric contradictions (§5.1, after de Marneffe et al. 2008): the same count reported differently by
 * different sources, disjoint intervals and a difference above 10%. The same count: the same kind of thing
 * counted (nounSense: «عنصر» and «جندي» are both personnel) and either shared context words or one event
 * (event words of one sense and the same place or destination), or one event of the summary (`events`:
 * sentences it grouped, or any two of its sources for the dead and the wounded), unless absolute dates part them. Dates are
 * not figures (`dates` gives each sentence's date mentions). When every higher figure comes from a later
 * source and the count is one that grows, or every lower one and the count is one that falls (the missing, what still
 * remains), the question asks whether it is an updated figure.
 */
export function numericContradictions(corpus: Corpus, dates: (s: CorpusSentence) => DateMention[], events: EventSources = NO_EVENTS): Draft[] {
  const all = figures(corpus, dates, events);
  // How many different figures of each sense each source gives: a count of ships is the story's count of ships
  // only when its source gives no other.
  const values = new Map<string, Set<number>>();
  for (const f of all) {
    const k = `${f.sentence.sourceId}\u0000${f.sense}`;
    values.set(k, (values.get(k) ?? new Set()).add(f.q.value));
  }
  const sole = soleCounts(all, (f) => `${f.sentence.sourceId}\u0000${f.sense}`);
  // Each figure's source's values of its sense, looked up once: the pair scan asks for them at every pair.
  const given = all.map((f) => values.get(`${f.sentence.sourceId}\u0000${f.sense}`));
  const story = storyCount(corpus, all);
  const conflicts: { pair: [Figure, Figure]; by: 'event' | 'context' }[] = [];
  // Only figures of one sense can count the same thing (sameThing): compare within each sense, in the
  // (i, j) order of the all-pairs scan.
  const bySense = postings(all, (f) => [f.sense]);
  for (let i = 0; i < all.length; i++) {
    const a = all[i];
    if (!a) continue;
    for (const j of bySense.get(a.sense) ?? []) {
      if (j <= i) continue;
      const b = all[j];
      if (!b || a.sentence.articleIndex === b.sentence.articleIndex || !disagree(a.q, b.q)) continue;
      // A sum in the old denomination against one in the new is one sum told in two units, not two figures.
      if (a.oldDenomination !== b.oldDenomination) continue;
      // A source that gives both figures of the pair («بثماني سنوات … وعلى مسير الشركة … بست سنوات») counts two things
      // with them, and sets no source against another: both sides would name it.
      if (given[i]?.has(b.q.value) === true || given[j]?.has(a.q.value) === true) continue;
      const by = sameThing(a, b, events, sole, story);
      if (by) conflicts.push({ pair: [a, b], by });
    }
  }
  // One question per count disputed: a figure is one member however many sentences of its source give it, and pairs
  // joined through another's figure are one dispute (the 14, 19 and 17 dead of one sinking), where grouping each pair
  // with the first group it meets made two questions of one toll, with a source named on two sides of the second.
  const groups = connectedGroups(conflicts, (c) => c.pair.map((f) => `${f.sentence.articleIndex}:${f.q.value}:${f.sense}`));
  return groups.map((group) => {
    const members = [...new Set(group.flatMap((c) => c.pair))].sort((a, b) => a.sentence.articleIndex - b.sentence.articleIndex || a.sentence.start - b.sentence.start);
    // One entry per distinct figure per source.
    const seen = new Set<string>();
    const shown = members.filter((f) => {
      const key = `${f.sentence.articleIndex}:${f.q.value}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    // Figures matched only through their event are told with their event words: the nouns differ.
    const byEvent = group.every((c) => c.by === 'event');
    const phrases = shown.map((f) => (byEvent ? eventPhrase(f) : null));
    const quoted = phrases.every((p) => p !== null);
    const label = (f: Figure): string => {
      const a = corpus.articles[f.sentence.articleIndex];
      return a ? sourceLabel(a, f.sentence.articleIndex) : '';
    };
    const what = (f: Figure): string => (quoted ? `«${phrases[shown.indexOf(f)] ?? ''}»` : f.q.noun ? `${f.q.text} ${f.q.noun.text}` : f.q.text);
    const say = (f: Figure): string => `${what(f)} بحسب ${label(f)}`;
    // One side per figure: sources that give the same figure (a wire story and its copy) are named together.
    const sides = [...new Set(shown.map((f) => f.q.value))].map((v) => shown.filter((f) => f.q.value === v));
    const saySide = (side: Figure[]): string => `${what(side[0] as Figure)} بحسب ${[...new Set(side.map(label))].join(' و')}`;
    const dated = shown.map((f) => ({ f, date: articleDay(corpus, f.sentence.articleIndex) }));
    const byDate = [...dated].sort((x, y) => compareIso(x.date ?? '', y.date ?? '') || x.f.sentence.articleIndex - y.f.sentence.articleIndex);
    // A dated series of one count told on a different day by each source, moving the way the count moves as the
    // event unfolds (a toll up, the missing down), may be the count updated; sources of one day that differ, or a
    // series that turns back, dispute it.
    const shrinks = shown.every((f) => f.remaining || SHRINKING_SENSES.has(f.sense));
    const grows = !shrinks && shown.every((f) => EVOLVING_SENSES.has(f.sense) || f.event !== null);
    const series = dated.every((d) => d.date !== null) && new Set(dated.map((d) => d.date)).size === dated.length;
    const moves = (sign: 1 | -1): boolean => byDate.every((d, k) => k === 0 || sign * (d.f.q.value - (byDate[k - 1]?.f.q.value ?? 0)) > 0);
    const update = !series ? null : grows && moves(1) ? 'ارتفع' : shrinks && moves(-1) ? 'انخفض' : null;
    const [earliest, ...later] = byDate;
    const text =
      update && earliest
        ? `هل ${update} العدد أم تختلف الروايات: ${say(earliest.f)}، ثم ${later.map((d) => say(d.f)).join('، ثم ')} في مصدر لاحق (ربما رقم محدَّث)؟`
        : `${shown[0]?.sense === PERCENT ? 'كم النسبة الصحيحة' : 'كم العدد الصحيح'}: ${sides.map(saySide).join(' أم ')}؟`;
    const evidence: CorpusSentence[] = [];
    for (const f of members) if (!evidence.includes(f.sentence)) evidence.push(f.sentence);
    return { kind: 'contradiction' as const, text, evidence };
  });
}

// ISO dates: code-unit order is date order, and unlike localeCompare it does not depend on the machine's locale.
function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
