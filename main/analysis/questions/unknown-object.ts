/**
 * What a source says is not known, as the object of a question (issue 14): the words after an unknown cue cut where
 * their clause ends, not at a fixed count. «لم يعلن عن موعد وصول العبارة، إذ …» asks «ما موعد وصول العبارة؟», not
 * «ما عن موعد وصول العبارة، إذ …؟».
 */
import { subordinateConnectiveAt, type Token, markBetween, wordKeys, withoutAccusativeAlef } from '../../text/arabic/index.ts';
import { phrase, snippet } from './snippet.ts';

// A preposition that introduces what is kept back («لم يكشف عن …»، «لا معلومات حول …»): the question asks for its object.
const ABOUT = new Set(['عن', 'حول', 'بشان']);
// Words that open an adverbial of time before the object («حتى ساعة كتابة هذا الخبر»، «إلى الآن»), and the words such
// an adverbial is made of: the object follows them.
const UNTIL = new Set(['حتي', 'الي', 'لحد', 'لغايه']);
const TIME_WORDS = new Set([
  'الان', 'اللحظه', 'الساعه', 'ساعه', 'ساعات', 'كتابه', 'اعداد', 'نشر', 'هذا', 'هذه', 'الخبر', 'التقرير', 'السطور',
  'المقال', 'مساء', 'صباح', 'ظهر', 'اليوم', 'امس', 'ليله', 'الليله', 'يوم', 'وقت', 'متاخر', 'متاخره',
]);
// One-word adverbials of time or manner that stand before or after the object («بعد»، «رسميا»، «تحديدا»).
const ADVERBS = new Set(['بعد', 'رسميا', 'تحديدا', 'بدقه', 'بالضبط', 'بالتحديد', 'ايضا']);
// «على وجه الدقة / التحديد / اليقين»: exactly, a manner adverbial of three words.
const EXACTLY = new Set(['الدقه', 'التحديد', 'اليقين']);
// An alternative joined by «ولا» or by «أو عن» («أماكن احتجازهم، ولا عن أعدادهم») asks for both: «… وأعدادهم».
const NOR = new Set(['ولا']);
const OR = new Set(['او']);
// What may follow «ولا» in a joined alternative: a preposition or a question word («ولا إلى أي حد …»); a verb after it
// («ولا يعرف …») is a clause of its own, which ends the object.
const JOINS_AFTER_NOR = new Set([...ABOUT, 'الي', 'في', 'علي', 'من', 'اي', 'كيف', 'متي', 'اين', 'كم', 'ما', 'لماذا']);

/** How many words an adverbial of time or manner takes at tokens[i], or 0. */
function adverbialAt(tokens: readonly Token[], i: number): number {
  const key = tokens[i]?.key ?? '';
  if (ADVERBS.has(key)) return 1;
  if (key === 'علي' && tokens[i + 1]?.key === 'وجه' && EXACTLY.has(tokens[i + 2]?.key ?? '')) return 3;
  if (UNTIL.has(key)) {
    let n = 1;
    while (TIME_WORDS.has(tokens[i + n]?.key ?? '')) n++;
    return n > 1 ? n : 0;
  }
  return 0;
}

/** The first token of the object: past a leading «عن» and the adverbials of time or manner before it. */
export function objectStart(tokens: readonly Token[], from: number): number {
  let i = from;
  if (ABOUT.has(tokens[i]?.key ?? '')) i++;
  for (let n = adverbialAt(tokens, i); n > 0 && i + n < tokens.length; n = adverbialAt(tokens, i)) i += n;
  return i;
}

function breaksBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const tok = tokens[i];
  return markBetween(text, prev, tok, 'sentence');
}

/** Index past the object's last token from `start`: before clause punctuation or a subordinate connective. */
function segmentEnd(text: string, tokens: readonly Token[], start: number, keys: readonly string[]): number {
  for (let i = start + 1; i < tokens.length; i++) {
    if (breaksBefore(text, tokens, i) && !OR.has(keys[i] ?? '')) return i;
    if (subordinateConnectiveAt(keys, i) > 0 || NOR.has(keys[i] ?? '') || (OR.has(keys[i] ?? '') && ABOUT.has(keys[i + 1] ?? ''))) return i;
  }
  return tokens.length;
}

/** `end` moved back over adverbials left at the object's end («… أشغاله بعد»). */
function trimTrailing(tokens: readonly Token[], start: number, end: number): number {
  let e = end;
  while (e - 1 > start && ADVERBS.has(tokens[e - 1]?.key ?? '')) e--;
  return e;
}

/**
 * The object of a question about what is unknown, from token `from` (right after the cue): past a leading «عن» and
 * adverbials of time, up to where its clause ends; an alternative joined by «ولا (عن)» or «أو عن» is asked with it
 * («وX»). At most `maxWords` words, shortened as a snippet is. Empty when nothing follows.
 */
export function unknownObject(text: string, tokens: readonly Token[], from: number, maxWords = 14): string {
  const keys = tokens.map((t) => t.key);
  const parts: string[] = [];
  let start = objectStart(tokens, from);
  let words = 0;
  while (start < tokens.length && words < maxWords) {
    const end = trimTrailing(tokens, start, segmentEnd(text, tokens, start, keys));
    const room = maxWords - words;
    parts.push(end - start > room ? snippet(text, tokens, start, room) : phrase(text, tokens, start, end));
    words += end - start;
    if (end - start > room) break;
    // «ولا عن X» / «أو عن X» / «ولا إلى أي حد …»: the alternative is joined with «و», its preposition «عن» dropped.
    const next = keys[end] ?? '';
    const joined = (NOR.has(next) && JOINS_AFTER_NOR.has(keys[end + 1] ?? '')) || (OR.has(next) && ABOUT.has(keys[end + 1] ?? ''));
    if (!joined) break;
    start = ABOUT.has(keys[end + 1] ?? '') ? end + 2 : end + 1;
    parts.push('و');
  }
  if (parts[parts.length - 1] === 'و') parts.pop();
  return parts.reduce((out, p, k) => (p === 'و' ? `${out} و` : k > 0 && parts[k - 1] === 'و' ? out + p : out + (out ? ' ' : '') + p), '');
}

// «ويبقى السؤال، بحسب ويليامز: …»: an attribution after the cue says who holds the unknown, not what it is.
const ACCORDING_TO = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'نقلا']);

/**
 * Whether the object read after an unknown cue names nothing to ask for: an attribution alone («بحسب ويليامز»), or
 * the verb's subject and a bare indefinite object («ولم تحدد الشركة موعداً» → «الشركة موعداً»), which says that
 * something was not set, not which thing («ما الشركة موعداً؟» is no question).
 */
export function namesNothing(object: string): boolean {
  const words = wordKeys(object);
  if (ACCORDING_TO.has(words[0] ?? '')) return true;
  const [subject, thing] = words;
  return words.length === 2 && subject !== undefined && thing !== undefined && subject.startsWith('ال') && !thing.startsWith('ال') &&
    withoutAccusativeAlef(thing, 4) !== thing;
}
