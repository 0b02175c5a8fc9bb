import { isStopword, particleReadings, type Token, markBetween } from '../../text/arabic/index.ts';
import { isRelativePronoun } from '../../text/arabic/relatives.ts';
import { isPerfectVerb } from '../../text/dates/tense-cues.ts';
import { placeMentions } from '../../text/gazetteer/place-mentions.ts';
import { FACILITY_CUES, PLACE_CUES, TOPONYM_HEADS } from '../words/lexicon.ts';

/**
 * A stretch of `text` from token `from` on, at most `maxWords` words, cut exactly from the text (so it reads
 * as the source wrote it), closing punctuation dropped, «…» added when shortened.
 */
export function snippet(text: string, tokens: readonly Token[], from: number, maxWords = 18): string {
  const first = tokens[from];
  if (!first) return '';
  let lastIndex = Math.min(tokens.length, from + maxWords) - 1;
  // A claim whose words so far only name and describe its subject («أن رجلاً يعرف باسم …، وصفه بأنه …») runs on to
  // its predicate: quoted without it, the analyst would be asked to confirm a description, not what is claimed.
  if (lastIndex < tokens.length - 1 && !holdsPerfectVerb(tokens, from, lastIndex)) lastIndex = predicateAhead(tokens, lastIndex) ?? lastIndex;
  // A clause that ends a few words past the limit is quoted whole rather than cut inside its last phrase.
  if (lastIndex < tokens.length - 1) lastIndex = clauseEndAhead(text, tokens, lastIndex) ?? lastIndex;
  const cut = lastIndex < tokens.length - 1;
  if (cut) lastIndex = cleanEnd(text, tokens, from, lastIndex);
  const last = tokens[lastIndex];
  if (!last) return '';
  const out = withoutClosingPunctuation(text.slice(first.start, cut ? withClosingMarks(text, last.end) : text.length).trim());
  return cut ? `${out}…` : out;
}

/**
 * The text with its closing punctuation dropped, quotation marks balanced: a closing mark whose opener is in the text
 * stays («وصفه بأنه “أهم شخصية …”» keeps its quote), and an opener whose closing mark was cut away goes.
 */
function withoutClosingPunctuation(text: string): string {
  const tail = /[\s.!؟?…؛:,،"»”'’)(\]]+$/u.exec(text);
  let out = tail === null ? text : text.slice(0, tail.index);
  const opens = (out.match(/[«“]/g) ?? []).length;
  const closes = (out.match(/[»”]/g) ?? []).length;
  const close = tail?.[0].match(/[»”]/u)?.[0];
  if (opens > closes && close !== undefined) return out + close;
  if (opens > closes) out = out.replace(/[«“](?!.*[«“])/u, '');
  return out;
}

/** `end` moved past the closing quotation marks written right after it («… الإيرانية”»): they belong to the word. */
function withClosingMarks(text: string, end: number): number {
  return end + (/^[»”"]+/u.exec(text.slice(end))?.[0].length ?? 0);
}

// How far past its limit a claim may run to reach its predicate («… لكنه كان مسؤولاً …»).
const AHEAD_TO_PREDICATE = 8;

function holdsPerfectVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (isPerfectVerb(tokens[i]?.key ?? '')) return true;
  return false;
}

/** The first perfect verb within AHEAD_TO_PREDICATE words past `lastIndex`, or null. */
function predicateAhead(tokens: readonly Token[], lastIndex: number): number | null {
  for (let i = lastIndex + 1; i <= lastIndex + AHEAD_TO_PREDICATE && i < tokens.length; i++) if (isPerfectVerb(tokens[i]?.key ?? '')) return i;
  return null;
}

// How far back a shortened quote may go to end at a clause boundary rather than mid-phrase.
const BACK_TO_CLAUSE = 6;
// How far past its limit a quote may run to end where its clause ends («… في ريف دير الزور الجنوبي الشرقي،»).
const AHEAD_TO_CLAUSE = 5;

/** Whether punctuation between token i and the next closes a clause or a sentence («،» «؛» «:» «.» «؟»), or token i ends the text's words. */
function closesClause(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!tok) return false;
  return next === undefined || markBetween(text, tok, next, 'sentence');
}

/** The last token of the clause token `lastIndex` is in, when that clause ends within AHEAD_TO_CLAUSE words. */
function clauseEndAhead(text: string, tokens: readonly Token[], lastIndex: number): number | null {
  if (closesClause(text, tokens, lastIndex)) return lastIndex;
  for (let i = lastIndex + 1; i <= lastIndex + AHEAD_TO_CLAUSE && i < tokens.length; i++) if (closesClause(text, tokens, i)) return i;
  return null;
}

/**
 * Whether a phrase may end on token i: not on a particle or preposition («… في»), nor on a word that the next one
 * completes — the head of a construct (an indefinite word before a definite one: «ريف دير | الزور», «وزير |
 * الخارجية»; or before an indefinite noun: «ملف | تسوية», «حجي | عسكر»), a place's kind or a toponym's head before
 * its name («ريف | دير», «دير | الزور») — nor on a verbal noun after «ل/ب», whose object follows («لمنع | استمرار»).
 */
function endsPhrase(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!tok || isStopword(tok.key)) return false;
  if (!next) return true;
  const bare = particleReadings(tok.key).map((r) => r.replace(/^ال/u, ''));
  if (bare.some((r) => TOPONYM_HEADS.has(r) || PLACE_CUES.has(r) || FACILITY_CUES.has(r))) return false;
  if (tok.key.startsWith('ال') || opensRelative(next)) return true;
  if (next.key.startsWith('ال')) return false;
  if (isStopword(next.key)) return true;
  return !opensWithPreposition(tok.key, tokens, i) && opensWithPreposition(next.key, tokens, i + 1);
}

/**
 * Whether an indefinite word carries the preposition «ل»/«ب» («لمنع», «بإرسال»), so it cannot complete the word
 * before it; a place's own name that begins with these letters («بغداد», «لبنان») does not.
 */
function opensWithPreposition(key: string, tokens: readonly Token[], i: number): boolean {
  return /^[لب]\p{L}{2,}$/u.test(key) && !key.startsWith('لل') && placeMentions(tokens, i, i + 1).length === 0;
}

/** Whether a word is a relative pronoun, bare or after a conjunction («الذي», «والذي»). */
function opensRelative(t: Token | undefined): boolean {
  return t !== undefined && particleReadings(t.key).some(isRelativePronoun);
}

/**
 * Where a shortened quote ends: at a clause boundary («،» «؛») among its last words if there is one, else before a
 * relative clause («… الذي …»), else where a phrase ends (endsPhrase), so that no quote is cut inside a name.
 */
function cleanEnd(text: string, tokens: readonly Token[], from: number, lastIndex: number): number {
  for (let i = lastIndex; i > lastIndex - BACK_TO_CLAUSE && i > from + 2; i--) {
    if (markBetween(text, tokens[i], tokens[i + 1], 'phrase')) return i;
  }
  for (let i = lastIndex; i > lastIndex - BACK_TO_CLAUSE && i > from + 2; i--) if (opensRelative(tokens[i + 1]) && endsPhrase(tokens, i)) return i;
  let i = lastIndex;
  while (i > from + 2 && !endsPhrase(tokens, i)) i--;
  return i;
}

// «أن» and its forms with a pronoun of the subject («أنه لا وجود …»، «بأنها»): the clause follows either way.
const THAT = new Set(['ان', 'بان', 'وان', 'فان', 'انه', 'انها', 'انهم', 'بانه', 'بانها', 'بانهم']);

// «أن» with a pronoun written onto it («إنها»، «بأنه»): the pronoun is its clause's subject, which «أن …» alone loses.
const PRONOUN_THAT = /^[وفب]?ان(?:ه|ها|هم|هما)$/u;

/** Whether the «أن» before a clause found by thatClause carries a pronoun («إنه أبلغ …»): the clause alone has no subject. */
export function thatCarriesPronoun(tokens: readonly Token[], clause: number): boolean {
  return PRONOUN_THAT.test(tokens[clause - 1]?.key ?? '');
}

/** Index of the first token after `from` that opens a «أن/إن» clause (the content of a report), or -1. */
export function thatClause(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const k = tokens[i]?.key;
    if (k !== undefined && THAT.has(k)) return i + 1 < tokens.length ? i + 1 : -1;
  }
  return -1;
}

// A quoted phrase longer than this is shortened as a snippet is.
const MAX_PHRASE = 20;

/**
 * The words tokens[from, to) exactly as the text has them (closing punctuation dropped): a phrase of a sentence
 * quoted as its own («وجود أنشطة عسكرية …»); shortened as a snippet when longer than MAX_PHRASE words.
 */
export function phrase(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (to - from > MAX_PHRASE) return snippet(text, tokens, from, MAX_PHRASE);
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || to <= from) return '';
  return withoutClosingPunctuation(text.slice(first.start, withClosingMarks(text, last.end)));
}

// A clause shorter than this is a phrase of its sentence («السلطات السورية، …» is a subject), not a claim of its own.
const MIN_CLAUSE = 6;

/**
 * The clause from token `from` on: up to the first clause boundary («،» «؛» «:») past its first MIN_CLAUSE words,
 * when that comes within `maxWords` words (it reads whole, so nothing marks it cut); else the snippet of `maxWords`.
 */
export function clauseFrom(text: string, tokens: readonly Token[], from: number, maxWords = 16): string {
  for (let i = from + MIN_CLAUSE - 1; i < Math.min(tokens.length - 1, from + maxWords); i++) {
    if (markBetween(text, tokens[i], tokens[i + 1], 'phrase')) {
      // A straight quote closing the clause went with its punctuation: put it back («… "الحشد الشعبي"»).
      const out = phrase(text, tokens, from, i + 1);
      return (out.match(/"/g) ?? []).length % 2 === 1 ? `${out}"` : out;
    }
  }
  return snippet(text, tokens, from, maxWords);
}
