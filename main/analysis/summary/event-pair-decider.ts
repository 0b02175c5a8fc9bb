/**
 * Who decides whether two units of different sources tell one event (events.ts): the hand-written rules alone, or
 * a learned pair scorer (event-pair-model.ts) as the joiner or as a gate over the rules' joins. The grouping asks
 * the decider about each candidate pair it has already found compatible (different sources, places that do not
 * clash), giving it the rules' verdict and the pair's features, both computed only when asked for.
 */
import type { EventUnit } from './events.ts';
import type { PairModel } from './event-pair-model.ts';
import { scorePair } from './event-pair-model.ts';

export interface PairQuestion {
  /** The two units, as indices into the grouping's units. */
  i: number;
  j: number;
  a: EventUnit;
  b: EventUnit;
  rules: () => boolean;
  features: () => readonly number[];
}

export interface PairDecider {
  decide: (q: PairQuestion) => boolean;
  /** Asked about every candidate pair rather than only until one fits (training records every pair so). */
  exhaustive?: boolean;
  /**
   * The TF-IDF cosine below which the grouping offers the decider no pair (besides those sharing a rare anchor): below
   * the rules' own floor (0.15), pairs of one event told in few shared words reach the decider too. The rules' floor
   * when absent; the rules join no pair below it, so a lower floor changes nothing they decide.
   */
  candidateFloor?: number;
}

/**
 * The floor a learned scorer is trained and used with (issue 14): on selections A–H, every pair of sentences that
 * share any word and that the checks or a hand label call one event has a cosine of at least 0.05 (58 pairs, none
 * lower), and this floor offers half the pairs that sharing any word would (597 against 1,106), each of them labelled.
 */
export const WIDE_CANDIDATES = 0.05;

/**
 * The decider a model's mode says: `joiner`, the model alone; `gate`, the rules' joins the model does not reject;
 * `union`, the rules' joins and the model's. The threshold is the model's own (chosen in training).
 */
export function modelDecider(model: PairModel): PairDecider {
  const accept = (q: PairQuestion): boolean => scorePair(model, q.features()) >= model.threshold;
  const floor = model.candidateFloor === undefined ? {} : { candidateFloor: model.candidateFloor };
  switch (model.mode) {
    case 'joiner':
      return { decide: accept, ...floor };
    case 'gate':
      return { decide: (q) => q.rules() && accept(q), ...floor };
    case 'union':
      return { decide: (q) => q.rules() || accept(q), ...floor };
    default:
      throw new Error(`unknown pair model mode ${String(model.mode satisfies never)}`);
  }
}

/** The hand-written rules alone, as before the learned scorer (evaluation's baseline). */
export const RULES_ONLY: PairDecider = { decide: (q) => q.rules() };
