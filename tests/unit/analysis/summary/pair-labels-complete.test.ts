import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../../../scripts/event-pair-examples.ts';
import { HAND_PAIR_LABELS, pairKey } from '../../../fixtures/events/hand-pair-labels.ts';
import { STUDIED_SELECTIONS } from '../../../fixtures/events/studied-selections.ts';

// Every pair the grouping offers a learned scorer on A–H, P and Q (down to the wide candidate floor) has a label, and every
// hand label still names such a pair of its own selection: a change to candidate generation, units or fixtures that
// offers a new pair or drops an old one fails here until the pair is labelled or the stale label removed.
describe('the same-event labels of A–H, P and Q', () => {
  const pairs = STUDIED_SELECTIONS.map(({ letter, selection }) => ({ letter, pairs: candidatePairs(selection) }));

  it('label every candidate pair', () => {
    const unlabelled = pairs.flatMap(({ letter, pairs: ps }) =>
      ps.filter((p) => p.same === undefined).map((p) => `${letter} ${pairKey(p.a.text, p.b.text)} ${p.a.sources.join(',')} ~ ${p.b.sources.join(',')}`),
    );
    expect(unlabelled).toEqual([]);
    expect(pairs.reduce((n, s) => n + s.pairs.length, 0)).toBeGreaterThan(0);
  }, 60_000);

  it('hold no hand label that no candidate pair of its selection uses', () => {
    const used = new Set(pairs.flatMap(({ letter, pairs: ps }) => ps.map((p) => `${letter} ${pairKey(p.a.text, p.b.text)}`)));
    expect(HAND_PAIR_LABELS.filter((l) => !used.has(`${l.selection} ${l.pair}`)).map((l) => `${l.selection} ${l.pair}: ${l.why}`)).toEqual([]);
  });
});
