import { describe, expect, it } from 'vitest';
import { TAG_COUNT, TAGS } from '../../../../main/analysis/ner/tags.ts';
import { outsideMargins, viterbi } from '../../../../main/analysis/ner/viterbi.ts';
import { allSequences, numbers } from './tag-sequences.ts';

const actor = (t: number): boolean => TAGS[t] !== 'O' && !(TAGS[t] ?? '').endsWith('MISC');

describe('the tagger\'s margin of a token being no actor\'s', () => {
  it('equals the best sequence keeping the token outside minus the best making it an actor, by brute force', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const random = numbers(seed, 5);
      const n = 4;
      const emissions = Float64Array.from({ length: n * TAG_COUNT }, random);
      const transitions = Float64Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, random);
      const sequences = allSequences(n, emissions, transitions);
      const margins = outsideMargins(n, emissions, transitions);
      for (let i = 0; i < n; i++) {
        const outside = Math.max(...sequences.filter((s) => !actor(s.tags[i] ?? 0)).map((s) => s.score));
        const inside = Math.max(...sequences.filter((s) => actor(s.tags[i] ?? 0)).map((s) => s.score));
        expect(margins[i]).toBeCloseTo(outside - inside, 9);
      }
      // Negative where the best sequence makes the token an actor, positive where it keeps it outside.
      viterbi(n, emissions, transitions).forEach((t, i) => (actor(t) ? expect(margins[i]).toBeLessThan(0) : expect(margins[i]).toBeGreaterThan(0)));
    }
  });

  it('is empty for an empty sentence', () => {
    expect(outsideMargins(0, new Float64Array(), new Float64Array((TAG_COUNT + 1) * TAG_COUNT))).toHaveLength(0);
  });
});
