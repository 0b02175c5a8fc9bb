import { describe, expect, it } from 'vitest';
import { legalTransition, START, TAG_COUNT, TAGS } from '../../../../main/analysis/ner/tags.ts';
import { outsideMargins, viterbi } from '../../../../main/analysis/ner/viterbi.ts';

/** A reproducible pseudo-random number in [-5, 5) (no Math.random: a failure must replay). */
function numbers(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return (x / 2147483648) * 10 - 5;
  };
}

/** Every legal tag sequence of n tokens, with its score. */
function allSequences(n: number, emissions: Float64Array, transitions: Float64Array): { tags: number[]; score: number }[] {
  const out: { tags: number[]; score: number }[] = [];
  const walk = (tags: number[], score: number): void => {
    if (tags.length === n) { out.push({ tags, score }); return; }
    const prev = tags.length === 0 ? START : (tags.at(-1) ?? 0);
    for (let t = 0; t < TAG_COUNT; t++) {
      if (!legalTransition(prev, t)) continue;
      walk([...tags, t], score + (transitions[prev * TAG_COUNT + t] ?? 0) + (emissions[tags.length * TAG_COUNT + t] ?? 0));
    }
  };
  walk([], 0);
  return out;
}

const actor = (t: number): boolean => TAGS[t] !== 'O' && !(TAGS[t] ?? '').endsWith('MISC');

describe('the tagger\'s margin of a token being no actor\'s', () => {
  it('equals the best sequence keeping the token outside minus the best making it an actor, by brute force', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const random = numbers(seed);
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
