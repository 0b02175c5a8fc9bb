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
}

/**
 * The decider a model's mode says: `joiner`, the model alone; `gate`, the rules' joins the model does not reject;
 * `union`, the rules' joins and the model's. The threshold is the model's own (chosen in training).
 */
export function modelDecider(model: PairModel): PairDecider {
  const accept = (q: PairQuestion): boolean => scorePair(model, q.features()) >= model.threshold;
  switch (model.mode) {
    case 'joiner':
      return { decide: accept };
    case 'gate':
      return { decide: (q) => q.rules() && accept(q) };
    case 'union':
      return { decide: (q) => q.rules() || accept(q) };
    default:
      throw new Error(`unknown pair model mode ${String(model.mode satisfies never)}`);
  }
}

/** The hand-written rules alone, as before the learned scorer (evaluation's baseline). */
export const RULES_ONLY: PairDecider = { decide: (q) => q.rules() };
