/**
 * Who decides that two sentences tell one event when the caller does not say: the hand-written rules alone
 * (undefined), until a learned model beats them on selections it was not trained on (tests/eval/event-pairs.ts).
 */
import type { PairDecider } from './event-pair-decider.ts';

export function defaultPairs(): PairDecider | undefined {
  return undefined;
}
