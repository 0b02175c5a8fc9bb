/**
 * The particles that open a clause of reported content or purpose: «أعلنت أن …»، «قال بأنه …»، «لكي …». One list
 * for every reader that must know where such a clause begins: the tense of a date reads the clause after it
 * (text/dates/tense-cues), a negated claim's subject stops at it (analysis/questions/negated-claims).
 */
import { withoutConjunction } from './conjunction.ts';
import { normalise } from './normalise.ts';

const COMPLEMENTISERS: ReadonlySet<string> = new Set(
  ['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'لان', 'انهم', 'كي', 'حتي', 'لكي', 'ليتم'].map((w) => normalise(w)),
);

/** True when a matching key, a conjunction written onto it or not («وأن»), opens a clause. */
export function isComplementiser(key: string): boolean {
  return COMPLEMENTISERS.has(key) || COMPLEMENTISERS.has(withoutConjunction(key));
}
