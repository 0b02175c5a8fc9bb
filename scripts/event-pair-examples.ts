/**
 * The learned pair scorer's examples from the studied selections (issue 14): each selection assembled with a
 * decider that follows the rules while recording every candidate pair the grouping asks about — its features, the
 * rules' verdict and the label its checks give it (tests/fixtures/events/pair-labels.ts). Pairs without a label
 * are left out. Same selections and code → same examples, in the same order.
 */
import { createHash } from 'node:crypto';
import { assembleBrief } from '../main/briefing/assemble.ts';
import type { PairDecider } from '../main/analysis/summary/event-pair-decider.ts';
import type { PairExample } from '../main/analysis/summary/fit-pair-model.ts';
import { pairLabel } from '../tests/fixtures/events/pair-labels.ts';
import type { EventSelection } from '../tests/fixtures/events/studied-selections.ts';

/** The labelled candidate pairs of one selection, in the order the grouping asked about them. */
export function selectionExamples(selection: EventSelection): PairExample[] {
  const out: PairExample[] = [];
  const recorder: PairDecider = {
    exhaustive: true,
    decide: (q) => {
      const rules = q.rules();
      const same = pairLabel(selection.spec, { sources: q.a.sources ?? [], text: q.a.text }, { sources: q.b.sources ?? [], text: q.b.text });
      if (same !== undefined) out.push({ features: q.features(), same, rules });
      return rules;
    },
  };
  assembleBrief(selection.articles, { now: selection.now, eventPairs: recorder });
  return out;
}

/** SHA-256 of examples (features to nine significant digits, labels, the rules' verdicts): the model header's `examples`. */
export function examplesHash(examples: readonly PairExample[]): string {
  const rows = examples.map((e) => [e.features.map((x) => Number(x.toPrecision(9))), Number(e.same), Number(e.rules)]);
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}
