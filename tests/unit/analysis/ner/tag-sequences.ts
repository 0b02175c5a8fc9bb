// What the decoders' tests compare with: reproducible random scores and every legal tag sequence by brute force.
import { legalTransition, START, TAG_COUNT } from '../../../../main/analysis/ner/tags.ts';

/** A reproducible pseudo-random number in [-half, half) (no Math.random: a failure must replay). */
export function numbers(seed: number, half: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return (x / 2147483648) * 2 * half - half;
  };
}

/** Every legal tag sequence of n tokens, with its score. */
export function allSequences(n: number, emissions: Float64Array, transitions: Float64Array): { tags: number[]; score: number }[] {
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
