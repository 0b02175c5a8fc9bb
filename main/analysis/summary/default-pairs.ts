/**
 * Who decides that two sentences tell one event when the caller does not say: the hand-written rules alone.
 *
 * The learned pair scorer (event-pair-model.ts, `npm run train:events`) is an option (`eventPairs` in assembleBrief's
 * options, `npm run eval -- event-pairs`), not the default: it has not passed more checks than the rules (the
 * figures are in the commits that measured it).
 */
import { RULES_ONLY, type PairDecider } from './event-pair-decider.ts';

export function defaultPairs(): PairDecider {
  return RULES_ONLY;
}
