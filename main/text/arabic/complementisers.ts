/**
 * The particles that open a clause of reported content or purpose: «أعلنت أن …»، «قال بأنه …»، «لكي …». One list
 * for every reader that must know where such a clause begins: the tense of a date reads the clause after it
 * (text/dates/tense-cues); a negated claim's subject stops at the «أن» family alone (analysis/questions/negated-claims).
 */
import { withoutConjunction } from './conjunction.ts';
import { normalise } from './normalise.ts';

// The «أن» family: a clause of reported content with a subject of its own after it («أكد أن الحكومة …»).
const THAT_CLAUSE = ['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'انهم'];
// The rest open a clause too, but may stand inside one subject's sentence («الحكومة حتى الآن لم تعلن»: «حتى» of
// time; «لكي»، «ليتم» of purpose; «لأن» of cause).
const OTHER_OPENERS = ['لان', 'كي', 'حتي', 'لكي', 'ليتم'];
const keys = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => normalise(w)));
const COMPLEMENTISERS = keys([...THAT_CLAUSE, ...OTHER_OPENERS]);
const SUBJECT_OPENERS = keys(THAT_CLAUSE);

const has = (set: ReadonlySet<string>, key: string): boolean => set.has(key) || set.has(withoutConjunction(key));

/** True when a matching key, a conjunction written onto it or not («وأن»), opens a clause. */
export function isComplementiser(key: string): boolean {
  return has(COMPLEMENTISERS, key);
}

/**
 * True when a matching key (with its conjunction or not) is of the «أن» family, which opens a clause with a subject
 * of its own: what the words before a verb in that clause are read back to. «حتى»، «كي»، «لأن» are left out: «حتى
 * الآن» is an adverb inside the subject's own clause.
 */
export function opensSubjectClause(key: string): boolean {
  return has(SUBJECT_OPENERS, key);
}
