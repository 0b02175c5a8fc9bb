/**
 * Word classes learned from unlabeled text (the exchange algorithm of Kneser & Ney 1993 and Martin, Liermann & Ney
 * 1998: each word moved in turn to the class that most raises the likelihood of a class-bigram model), as features of
 * the tagger (word-cluster features, Ratinov & Roth 2009): a name the annotation saw once, whose own features
 * MIN_COUNT drops, still shares a class with the names that stand where it stands. The same arithmetic in a fixed order:
 * the same sentences give the same classes. An experiment of `npm run tune:ner --clusters` only, measured and not
 * shipped (scripts/train-ner-settings.ts): the app never reads it.
 */
import { hashString } from '../main/text/hash.ts';
import { particleReadings } from '../main/text/arabic/index.ts';
import { tokenKey } from '../main/analysis/ner/word-features.ts';

/** Each clustered word's class (0 … classes − 1), by its token key (word-features.ts tokenKey). */
export type WordClusters = ReadonlyMap<string, number>;

export interface ClusterOptions {
  classes: number;
  /** Words seen fewer times are left out (one «rare» word stands for them in the counts). */
  minCount: number;
  iterations: number;
}

const xlogx = (x: number): number => (x <= 0 ? 0 : x * Math.log(x));
const add = (a: Float64Array, i: number, x: number): void => { a[i] = (a[i] ?? 0) + x; };

/** The words of `sentences` (token keys, punctuation included) grouped into `classes` classes. */
export function learnWordClusters(sentences: readonly (readonly string[])[], options: ClusterOptions): WordClusters {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) { const k = tokenKey(t) || t; counts.set(k, (counts.get(k) ?? 0) + 1); }
  // By frequency, then by the word: a fixed order for the first assignment and for every pass.
  const words = [...counts].filter(([, n]) => n >= options.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w]) => w);
  const id = new Map(words.map((w, i) => [w, i]));
  const RARE = words.length;
  const EDGE = words.length + 1;
  const V = words.length + 2;
  const bigrams = new Map<number, number>();
  for (const s of sentences) {
    let prev = EDGE;
    for (const t of [...s, null]) {
      const w = t === null ? EDGE : id.get(tokenKey(t) || t) ?? RARE;
      bigrams.set(prev * V + w, (bigrams.get(prev * V + w) ?? 0) + 1);
      prev = w;
    }
  }
  const right: [number, number][][] = Array.from({ length: V }, () => []);
  const left: [number, number][][] = Array.from({ length: V }, () => []);
  const self = new Float64Array(V);
  const asLeft = new Float64Array(V);
  const asRight = new Float64Array(V);
  for (const [key, n] of [...bigrams].sort((a, b) => a[0] - b[0])) {
    const u = Math.floor(key / V);
    const v = key % V;
    asLeft[u] = (asLeft[u] ?? 0) + n;
    asRight[v] = (asRight[v] ?? 0) + n;
    if (u === v) self[u] = n;
    else { right[u]?.push([v, n]); left[v]?.push([u, n]); }
  }
  const C = options.classes;
  const cls = Int32Array.from({ length: V }, (_, w) => w % C);
  const pair = new Float64Array(C * C);
  const classLeft = new Float64Array(C);
  const classRight = new Float64Array(C);
  for (const [key, n] of bigrams) { const u = Math.floor(key / V); const v = key % V; add(pair, (cls[u] ?? 0) * C + (cls[v] ?? 0), n); }
  for (let w = 0; w < V; w++) { add(classLeft, cls[w] ?? 0, asLeft[w] ?? 0); add(classRight, cls[w] ?? 0, asRight[w] ?? 0); }
  const rc = new Float64Array(C);
  const lc = new Float64Array(C);
  for (let it = 0; it < options.iterations; it++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      const a = cls[w] ?? 0;
      const rs: number[] = [];
      const ls: number[] = [];
      for (const [v, n] of right[w] ?? []) { const d = cls[v] ?? 0; if (rc[d] === 0) rs.push(d); rc[d] = (rc[d] ?? 0) + n; }
      for (const [u, n] of left[w] ?? []) { const c = cls[u] ?? 0; if (lc[c] === 0) ls.push(c); lc[c] = (lc[c] ?? 0) + n; }
      const move = (b: number, sign: number): void => {
        for (const d of rs) add(pair, b * C + d, sign * (rc[d] ?? 0));
        for (const c of ls) add(pair, c * C + b, sign * (lc[c] ?? 0));
        add(pair, b * C + b, sign * (self[w] ?? 0));
        add(classLeft, b, sign * (asLeft[w] ?? 0));
        add(classRight, b, sign * (asRight[w] ?? 0));
      };
      move(a, -1);
      let best = a;
      let bestGain = -Infinity;
      for (let b = 0; b < C; b++) {
        let gain = 0;
        for (const d of rs) if (d !== b) { const x = pair[b * C + d] ?? 0; gain += xlogx(x + (rc[d] ?? 0)) - xlogx(x); }
        for (const c of ls) if (c !== b) { const x = pair[c * C + b] ?? 0; gain += xlogx(x + (lc[c] ?? 0)) - xlogx(x); }
        const bb = pair[b * C + b] ?? 0;
        gain += xlogx(bb + (rc[b] ?? 0) + (lc[b] ?? 0) + (self[w] ?? 0)) - xlogx(bb);
        gain -= xlogx((classLeft[b] ?? 0) + (asLeft[w] ?? 0)) - xlogx(classLeft[b] ?? 0);
        gain -= xlogx((classRight[b] ?? 0) + (asRight[w] ?? 0)) - xlogx(classRight[b] ?? 0);
        // Ties keep the word where it was, then the lowest class: a fixed answer.
        if (gain > bestGain + 1e-9 || (Math.abs(gain - bestGain) <= 1e-9 && b === a)) { best = b; bestGain = gain; }
      }
      move(best, 1);
      if (best !== a) { cls[w] = best; moved++; }
      for (const d of rs) rc[d] = 0;
      for (const c of ls) lc[c] = 0;
    }
    if (moved === 0) break;
  }
  return new Map(words.map((w, i) => [w, cls[i] ?? 0]));
}

/** The class of a token: its key's, else its key's without the particles («وبوتين» → «بوتين»), else none. */
export function tokenCluster(raw: string, clusters: WordClusters): number | undefined {
  const key = tokenKey(raw);
  if (key.length === 0) return clusters.get(raw);
  const own = clusters.get(key);
  if (own !== undefined) return own;
  for (const r of particleReadings(key, true).slice(1).reverse()) {
    const c = clusters.get(r);
    if (c !== undefined) return c;
  }
  return undefined;
}

/**
 * How far on each side a token reads its neighbours' classes, by default: none. Reading the neighbours' too (2) lost
 * on the two tune blocks it was run on (scripts/train-ner-settings.ts).
 */
const REACH = 0;

/** Each token's class features, hashed, one clustering after another; its neighbours' within `reach` tokens. */
export function clusterFeatures(tokens: readonly string[], clusterings: readonly WordClusters[], reach = REACH): number[][] {
  const out = tokens.map((): number[] => []);
  clusterings.forEach((clusters, g) => {
    const names = tokens.map((t) => String(tokenCluster(t, clusters) ?? 'none'));
    tokens.forEach((_, i) => {
      const mine = out[i] ?? [];
      for (let d = -reach; d <= reach; d++) {
        const name = i + d < 0 ? '<s>' : i + d >= tokens.length ? '</s>' : names[i + d];
        if (d !== 0 && (name === '<s>' || name === '</s>') && Math.abs(d) > 1) continue;
        mine.push(hashString(`cl${g}@${d}:${name}`));
      }
    });
  });
  return out;
}

