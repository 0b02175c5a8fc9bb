/**
 * Who decides that two sentences tell one event when the caller does not say: the hand-written rules together with
 * the learned pair scorer (the shipped model's mode, `union`: the rules' joins and the model's). Chosen by
 * measurement on selections the model was not trained on (`npm run eval -- event-pairs`): over A–H left out one at a
 * time it passed 270 of 287 checks where the rules alone pass 267, losing none on any selection.
 */
import { modelDecider, type PairDecider } from './event-pair-decider.ts';
import { shippedPairModel } from './event-pair-model.ts';

let decider: PairDecider | undefined;

export function defaultPairs(): PairDecider {
  decider ??= modelDecider(shippedPairModel());
  return decider;
}
