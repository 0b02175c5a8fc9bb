/**
 * What a reported claim says, as against who says it (review 27, finding 9): «قال مدير الشركة … إن الدفعة "تغطي جميع
 * العمال"» is not carried by the same man saying another thing («قال مدير الشركة … إن الشركة "ليست طرفاً في الأزمة"»),
 * though the two share his name and title. When a claim opens on a verb of saying, its predicate is the first verb of
 * what was said, read by its event sense (text/arabic/event-senses) or its verbal root (text/arabic/verbal-root:
 * «ستُعقد» / «تعقد»); a carrier must hold it. A claim that opens on its own act puts no such condition: its verb and
 * another outlet's («وزعت» / «أفرغت», «وصلت» / «حطت») are as often one act in other words as two acts, which the
 * event grouping weighed already (tried and dropped: requiring the opening verb's sense cost studied J, K, L and O
 * their paraphrasing carriers).
 */
import { isStopword, opensSubjectClause, particleReadings, senseOfWord, tokenise, withoutConjunction, type Token } from '../../text/arabic/index.ts';
import { isPerfectVerb } from '../../text/dates/tense-cues.ts';
import { verbalKeyOf } from '../../text/arabic/verbal-root.ts';
import { placeDatelineEnd } from '../../text/gazetteer/place-dateline.ts';

// The words of a reported clause read for its verb: its subject comes first («إن الدفعة تغطي …», «إن جلستها الأولى
// في دعوى النقابة ستُعقد …»).
const CLAUSE_WORDS = 7;
// A connective phrase set off by a comma before the saying («على صعيد آخر، قالت …», «في غضون ذلك، قالت …») is this short.
const CONNECTIVE_WORDS = 4;
// A present's prefixes, with the future's «س» before them («ستُعقد»): a word of this shape with a verbal root is a verb.
const PRESENT_VERB = /^س?[يتن]/u;
// The verbs of saying whose news is what was said, not the saying («قال»، «أكد»): their clause after «أن» holds it.
const SAYING = new Set(
  ['قال', 'قالت', 'قالوا', 'أكد', 'أكدت', 'ذكر', 'ذكرت', 'أوضح', 'أوضحت', 'أضاف', 'أضافت', 'أفاد', 'أفادت', 'صرح', 'صرحت', 'أشار', 'أشارت', 'اعتبر', 'اعتبرت', 'رأى', 'رأت']
    .map((w) => tokenise(w)[0]?.key ?? w),
);

/**
 * The keys a word tells its act by: its event sense («s:») and the root of its verbal key («r:»), each reading; both,
 * for the lexicon does not read every form («ستجتمع» only by its root, «اجتمعت» by both).
 */
export function predicateKeys(key: string): string[] {
  const out = new Set<string>();
  const sense = senseOfWord(key);
  if (sense !== null) out.add(`s:${sense}`);
  for (const r of particleReadings(key, true)) {
    const verbal = verbalKeyOf(r);
    if (verbal !== null) out.add(`r:${verbal.slice(verbal.indexOf(':') + 1)}`);
  }
  return [...out];
}

/**
 * The keys of the first verb of `tokens[from, to)`: a word of an event sense, a perfect the tense cues know, or a
 * present's shape with a verbal root. Its subject's nouns («الأولى», «دعوى») read as roots too, and are passed over.
 */
function firstVerb(tokens: readonly Token[], from: number, to: number): string[] | null {
  for (let i = from; i < Math.min(to, tokens.length); i++) {
    const t = tokens[i];
    if (t === undefined || isStopword(t.key) || isStopword(withoutConjunction(t.key))) continue;
    const key = withoutConjunction(t.key);
    const keys = predicateKeys(t.key);
    if (keys.length === 0) continue;
    if (keys.some((k) => k.startsWith('s:')) || isPerfectVerb(key) || PRESENT_VERB.test(key)) return keys;
  }
  return null;
}

/** Where the saying starts: past a connective phrase set off by a comma («على صعيد آخر،»), else the first word. */
function actStart(text: string, tokens: readonly Token[]): number {
  const first = tokens[0] === undefined ? undefined : withoutConjunction(tokens[0].key);
  // A verb of saying is no connective, though a stopword: «وقال مصدر حكومي، طلب عدم الكشف …» opens on its saying.
  if (first === undefined || !isStopword(first) || SAYING.has(first)) return 0;
  for (let i = 1; i <= CONNECTIVE_WORDS && i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    if (t !== undefined && before !== undefined && text.slice(before.start + before.text.length, t.start).includes('،')) return i;
  }
  return 0;
}

/**
 * The keys of a reported claim's predicate — past a place's dateline and a connective phrase, a verb of saying, then
 * the first verb of the clause its «أن» opens — or null for a claim that opens otherwise or whose verb is not read.
 */
export function claimPredicate(claim: string): string[] | null {
  const text = claim.slice(placeDatelineEnd(claim));
  const all = tokenise(text);
  const tokens = all.slice(actStart(text, all));
  const first = tokens[0];
  if (first === undefined || !SAYING.has(withoutConjunction(first.key))) return null;
  const that = tokens.findIndex((t) => opensSubjectClause(t.key));
  return that < 0 ? null : firstVerb(tokens, that + 1, that + 1 + CLAUSE_WORDS);
}

/** Whether `quote` tells the act `predicate` names (any claim, for a null predicate): some word of it read by one of its keys. */
export function tellsPredicate(predicate: readonly string[] | null, quote: string): boolean {
  if (predicate === null) return true;
  const wanted = new Set(predicate);
  return tokenise(quote).some((t) => predicateKeys(t.key).some((k) => wanted.has(k)));
}
