/**
 * The learned pair scorer's examples from the studied selections (issue 14): each selection assembled with a
 * decider that follows the rules while recording every candidate pair the grouping asks about — offered down to the
 * wide candidate floor (event-pair-decider.ts's WIDE_CANDIDATES), so that pairs of one event told in few shared words
 * are there to learn from — with its features, the rules' verdict and its label (tests/fixtures/events/pair-labels.ts:
 * a hand label, or the one its checks give). Every candidate pair of A–H has a label (the completeness test says so);
 * a pair without one would be left out. Same selections and code → same examples, in the same order.
 */
import { assembleBrief } from '../main/briefing/assemble.ts';
import { WIDE_CANDIDATES, type PairDecider } from '../main/analysis/summary/event-pair-decider.ts';
import type { PairExample } from '../main/analysis/summary/fit-pair-model.ts';
import { pairLabel } from '../tests/fixtures/events/pair-labels.ts';
import { sha256Hex } from '../main/text/sha256.ts';
import type { EventSelection } from '../tests/fixtures/events/studied-selections.ts';

export interface CandidatePair {
  a: { sources: readonly string[]; text: string };
  b: { sources: readonly string[]; text: string };
  features: readonly number[];
  rules: boolean;
  /** Its label; undefined when neither a hand label nor the checks give one. */
  same: boolean | undefined;
}

/** Every candidate pair of one selection at the wide floor, in the order the grouping asked about them. */
export function candidatePairs(selection: EventSelection): CandidatePair[] {
  const out: CandidatePair[] = [];
  const recorder: PairDecider = {
    exhaustive: true,
    candidateFloor: WIDE_CANDIDATES,
    decide: (q) => {
      const rules = q.rules();
      const a = { sources: q.a.sources ?? [], text: q.a.text };
      const b = { sources: q.b.sources ?? [], text: q.b.text };
      out.push({ a, b, features: q.features(), rules, same: pairLabel(selection.spec, a, b) });
      return rules;
    },
  };
  assembleBrief(selection.articles, { now: selection.now, eventPairs: recorder });
  return out;
}

/** The labelled candidate pairs of one selection, in the order the grouping asked about them. */
export function selectionExamples(selection: EventSelection): PairExample[] {
  return candidatePairs(selection).flatMap((p) => (p.same === undefined ? [] : [{ features: p.features, same: p.same, rules: p.rules }]));
}

/** SHA-256 of examples (features to nine significant digits, labels, the rules' verdicts): the model header's `examples`. */
export function examplesHash(examples: readonly PairExample[]): string {
  const rows = examples.map((e) => [e.features.map((x) => Number(x.toPrecision(9))), Number(e.same), Number(e.rules)]);
  return sha256Hex(JSON.stringify(rows));
}
