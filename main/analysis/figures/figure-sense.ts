/**
 * What a figure counts, read from its counted noun and the words around it: «15 قتيلا» and «مقتل 12 شخصا» both count
 * the dead, «عدد الوفيات ارتفع إلى 23 حالة» too, «راكب» and «ركاب» one thing. The numeric contradictions pair figures of
 * one sense; the claim carriers (sources/claim-carriers.ts) read a point's toll by it.
 */
import { countingSenseOf, markBetween, normalise, senseOfWord } from '../../text/arabic/index.ts';
import { nounClass, nounLetters, nounSense, peopleFate } from '../../text/arabic/numbers.ts';
import { TIME_UNITS, type Words } from './figure-roles.ts';

// Tolls: what the dead and the wounded of one event number. Two sources of one event (the summary grouped
// their sentences) that give its toll count the same people, whatever words stand around the figure.
export const TOLL_SENSES = new Set(['dead', 'wounded']);

/** The token range [from, to) that the text offsets start..end cover. */
export function tokenRange(s: Words, start: number, end: number): [number, number] {
  let from = s.tokens.findIndex((t) => t.end > start);
  if (from < 0) from = s.tokens.length;
  let to = from;
  while (to < s.tokens.length && (s.tokens[to]?.start ?? Infinity) < end) to++;
  return [from, to];
}

// How far before a figure its governing verbal noun may stand («مقتل ما لا يقل عن 12 شخصا»).
const FATE_REACH = 4;

const COUNT_OF = normalise('عدد');
// «عدد الوفيات جراء التسمم في المدينة ارتفع إلى 23 حالة»: how far before a figure, within its clause, the count
// it gives may be named.
const COUNT_OF_REACH = 12;
const TOLLS = new Set(['dead', 'wounded', 'detainees']);
// Nouns that count whatever their sentence says they count: people, and cases («23 حالة» of deaths, «612 حالة»
// suspected).
const GENERIC_SENSES = new Set(['people', nounSense(nounClass(normalise('حالة')))]);

/** The toll named after «عدد» at token `i` («عدد الوفيات»، «عدد ضحايا»), or null for any other count. */
function tollAfterCountOf(s: Words, i: number): string | null {
  const toll = nounSense(nounClass(s.tokens[i + 1]?.key ?? ''));
  return TOLLS.has(toll) ? toll : null;
}

// «تسعة أشخاص مفقودين»، «١١ شخصا في عداد المفقودين»، «30 شخصا مصابين»: a generic noun qualified by a word of a fate, right
// after it or after «في عداد» («among the number of»), counts those of that fate.
const QUALIFYING_FATES = new Set(['dead', 'wounded', 'detainees', 'missing']);
const AMONG = [normalise('في'), normalise('عداد')];

/** The fate of the word qualifying the counted noun that ends at token `to` («مفقودين», «في عداد المفقودين»), or null. */
function qualifiedFate(s: Words, to: number): string | null {
  const at = s.tokens[to]?.key === AMONG[0] && s.tokens[to + 1]?.key === AMONG[1] ? to + 2 : to;
  if (markBetween(s.text, s.tokens[to - 1], s.tokens[to], 'clauseOrStop')) return null;
  const sense = nounSense(nounClass(s.tokens[at]?.key ?? ''));
  return QUALIFYING_FATES.has(sense) ? sense : null;
}

const DEATH = 'death';
// «وكان 11 شخصا قد لقوا حتفهم»: the particle that may stand between a counted subject and its verb.
const QAD = normalise('قد');

/**
 * Whether a verb of death has the figure's people for its subject: right before the figure («قضى سبعة مشجعين»، «لقي
 * خمسة أشخاص»), or right after its counted noun, past «قد» («11 شخصا قد لقوا حتفهم»، «تسعة أشخاص قضوا»). Beside a
 * figure the lexicon's forms that tell death only there count too («قضى», «لقي»: alone they rule and meet). After the
 * noun the verb is the figure's only when no word before the figure tells another count («اعتقلت الشرطة خمسة أشخاص
 * قتلوا …» counts the held, not the dead).
 */
function deathOfSubject(s: Words, from: number, to: number): boolean {
  const before = s.tokens[from - 1];
  if (before !== undefined && countingSenseOf(before) === DEATH) return true;
  for (let i = from - 1; i >= Math.max(0, from - FATE_REACH); i--) {
    const tok = s.tokens[i];
    if (tok !== undefined && countingSenseOf(tok) !== null) return false;
  }
  const at = s.tokens[to]?.key === QAD ? to + 1 : to;
  const verb = s.tokens[at];
  return verb !== undefined && !markBetween(s.text, s.tokens[to - 1], s.tokens[to], 'clauseOrStop') && countingSenseOf(verb) === DEATH;
}

/**
 * Whether the counted noun ending at token `to` names people by its form where the lexicon does not know it: a sound
 * masculine plural («مشجعين»، «مصلين»), which Arabic gives only to rational beings, and not a span of time («سنين»).
 */
function peopleByForm(s: Words, to: number): boolean {
  const key = s.tokens[to - 1]?.key ?? '';
  const cls = nounClass(key);
  return /..(?:ين|ون)$/u.test(key) && !TIME_UNITS.has(cls) && nounSense(cls) === cls;
}

/**
 * A count of people or cases takes the fate its verbal noun tells («مقتل 12 شخصا» counts the dead, as «15 قتيلا»
 * does), or a verb of death governs it («أودى بحياة 31 شخصا»: the event senses' «death») or has it for subject
 * (deathOfSubject: «قضى سبعة مشجعين», a noun of people by its form alone counting the dead there too), or the toll it is said to
 * be, named before it («عدد الوفيات ارتفع إلى 23 حالة») or after it («ارتفع إلى 20 شخصا عدد ضحايا …»), or a word of a
 * fate qualifies it («تسعة أشخاص مفقودين»). The
 * nearest «عدد» before a figure decides: «عدد الحالات المشتبه بها 612 حالة» counts cases, never the dead.
 */
export function countedSense(s: Words, from: number, to: number, sense: string): string {
  if (!GENERIC_SENSES.has(sense)) return peopleByForm(s, to) && deathOfSubject(s, from, to) ? 'dead' : sense;
  for (let i = from - 1; i >= Math.max(0, from - FATE_REACH); i--) {
    const key = s.tokens[i]?.key ?? '';
    const fate = peopleFate(key);
    if (fate !== null) return fate;
    if (senseOfWord(key) === 'death') return 'dead';
  }
  for (let i = from - 1; i >= Math.max(0, from - COUNT_OF_REACH); i--) {
    if (s.tokens[i]?.key === COUNT_OF) return tollAfterCountOf(s, i) ?? sense;
    if (markBetween(s.text, s.tokens[i], s.tokens[i + 1], 'clauseOrStop') || /\d/u.test(s.tokens[i]?.key ?? '')) break;
  }
  const qualifier = qualifiedFate(s, to);
  if (qualifier !== null) return qualifier;
  if (deathOfSubject(s, from, to)) return 'dead';
  for (let i = to; i < Math.min(s.tokens.length - 1, to + FATE_REACH); i++) {
    if (s.tokens[i]?.key !== COUNT_OF) continue;
    const toll = tollAfterCountOf(s, i);
    if (toll !== null) return toll;
  }
  return sense;
}

/**
 * What a counted noun counts: its lexicon sense («قتيل» and «ضحية» the dead), or for a noun the lexicon does not know its
 * letters, so that a singular and its broken plural meet («راكب» / «ركاب»).
 */
export function countedNounSense(cls: string): string {
  const sense = nounSense(cls);
  return sense === cls ? nounLetters(cls) : sense;
}

// «مليون أوقية قديمة» against «100 ألف أوقية»: a currency redenominated counts in old and new units, a tenth or a
// thousandth apart, so a sum qualified as the old or the new unit counts another thing than the bare unit.
const DENOMINATIONS = new Set(['قديمة', 'القديمة', 'قديم', 'القديم', 'جديدة', 'الجديدة', 'جديد', 'الجديد'].map(normalise));

/** `sense` with the denomination the word right after the counted noun ending at token `to` gives it, if any. */
export function denominated(s: Words, to: number, sense: string): string {
  const next = s.tokens[to];
  return next !== undefined && DENOMINATIONS.has(next.key) && !markBetween(s.text, s.tokens[to - 1], next, 'clauseOrStop') ? `${sense} ${next.key}` : sense;
}
