/**
 * The action a news sentence opens on and who does it: Arabic news puts the verb first and its subject right after it
 * («قدم وزير الكهرباء … استقالته», «وافق رئيس مجلس الوزراء على استقالة …»). Two reports a day apart that share a
 * story's names tell one event whose day the sources dispute only when they tell one action by one actor: a minister
 * handing in his resignation on Monday and the prime minister accepting it on Tuesday share every name and are two
 * events; «وافق رئيس مجلس الوزراء» on Tuesday and «قبل رئيس الوزراء» on Wednesday are one, the day in question.
 * Other verbs and other subjects alone do not make two actions («انتشلت فرق الإنقاذ هيكل العبارة» / «رفعت رافعة …
 * هيكل العبارة», one raising told by what each saw): the two actors must have swapped their parts, each sentence's
 * subject standing in the other as its object or the one it is addressed to — a request and its answer. Swapped parts
 * alone are any reciprocal pair too (a visit and its reception, a win and a loss: one act told from either side), so
 * the two must also name one matter they act on, a verbal noun in both that is neither's verb nor actor («استقالته» /
 * «على استقالة»).
 */
import { isStopword, lightStem, withoutConjunction, type Token } from '../../text/arabic/index.ts';
import { verbalKeyOf, verbSkeleton } from '../../text/arabic/verbal-root.ts';

export interface LeadAction {
  /** The opening word's verbal key (text/arabic/verbal-root.ts): a verb and its verbal noun share it. */
  verb: string;
  /**
   * The opening word's consonants without its weak letters and hamza seats (verbSkeleton, «و» and «ي» dropped too): a
   * passive («استؤنفت») or a hamzated root («استأنفت»), which verbal keys do not read, meets its active form here.
   */
  skeleton: string;
  /** The light stem of the word after it: the subject's head in verb–subject order. */
  agent: string;
  /** The verbal keys of its opening words: a verb after a subject put first («وزير الكهرباء قدم …») is there. */
  verbs: ReadonlySet<string>;
  /** The light stems of its words after the subject's head: where another sentence's subject stands in another part. */
  rest: ReadonlySet<string>;
  /** The verbal keys of derived verbal words after the subject's head: the matter the action acts on («استقالته»). */
  matters: ReadonlySet<string>;
  /** The subject's head's verbal key, if it has one («نادي»): an actor's name is no matter. */
  agentKey: string | null;
}

// A bare perfect of three letters («قدم», «كلف», «ترك») has no verbal shape to read (verbal-root.ts leaves it to the
// light stem): its key is the word itself.
const BARE_VERB = 3;

// The words a sentence's own action stands in: the verb first, or after a subject of two or three words. A verb
// further on tells a circumstance («… استقالة قدمها الوزير»), not the sentence's action.
export const OPENING_WORDS = 4;

// A skeleton this short is too coarse to name one verb: only longer ones are compared (sameOpeningVerb).
export const MIN_SKELETON = 4;

/** Whether two sentences open on one verb: one verbal key, or one skeleton long enough to tell a verb. */
export function sameOpeningVerb(a: LeadAction, b: LeadAction): boolean {
  return a.verb === b.verb || (a.skeleton.length >= MIN_SKELETON && a.skeleton === b.skeleton);
}

/** A word's verbal key, or a bare three-letter word itself. */
export function actionKey(key: string): string | null {
  return verbalKeyOf(key) ?? (key.length === BARE_VERB ? key : null);
}

/**
 * The sentence's opening verb and the word after it, or null when it opens on a function word («في», «اليوم») or on
 * a word of no verbal shape: such a sentence says nothing of its action here.
 */
export function leadAction(tokens: readonly Token[]): LeadAction | null {
  const [first, second] = tokens;
  if (first === undefined || second === undefined || isStopword(first.key) || isStopword(second.key)) return null;
  const skeleton = verbSkeleton(withoutConjunction(first.key), 'perfect').replace(/[وي]/gu, '');
  // A word verbal keys do not read (a hamzated root's verb, «استأنفت») still opens on an action its skeleton names.
  const verb = actionKey(first.key) ?? (skeleton.length >= MIN_SKELETON ? `~${skeleton}` : null);
  if (verb === null) return null;
  const verbs = new Set(tokens.slice(0, OPENING_WORDS).map((t) => actionKey(t.key)).filter((k): k is string => k !== null));
  // Only a derived form's key («8:سقل») reads a verbal noun; a bare root's is as often a name's («أحمد»).
  const matters = new Set(tokens.slice(2).map((t) => verbalKeyOf(t.key)).filter((k): k is string => k !== null && k.includes(':')));
  return {
    verb, skeleton, agent: lightStem(second.key, { rootWaw: true }), verbs, rest: new Set(tokens.slice(2).map((t) => lightStem(t.key, { rootWaw: true }))),
    matters, agentKey: verbalKeyOf(second.key),
  };
}

/** Whether two actions act on one matter: a verbal noun in both that is neither's opening verb nor actor. */
function shareMatter(a: LeadAction, b: LeadAction): boolean {
  const own = (k: string): boolean => k === a.verb || k === b.verb || k === a.agentKey || k === b.agentKey;
  return [...a.matters].some((k) => b.matters.has(k) && !own(k));
}

/**
 * Whether two sentences open on two actions by two actors who swapped their parts on one matter: the verbs differ and
 * neither sentence opens on the other's verb (a subject put first, «الوزير المستقيل قدم», is no other action), the
 * subjects differ, each subject stands later in the other sentence, and both act on one matter (a request and its
 * answer, not one reciprocal act told from either side).
 */
export function leadActionsDiffer(a: LeadAction | null | undefined, b: LeadAction | null | undefined): boolean {
  if (!a || !b) return false;
  return !sameOpeningVerb(a, b) && !a.verbs.has(b.verb) && !b.verbs.has(a.verb) && a.agent !== b.agent && a.rest.has(b.agent) && b.rest.has(a.agent) && shareMatter(a, b);
}
