import type { AddResult } from '../articles.ts';
import { bandBuckets, estimate, jaccard } from '../minhash.ts';
import { ESTIMATE_FLOOR, MAX_VERIFIED, NEAR_DUPLICATE_THRESHOLD } from '../near-duplicates.ts';
import type { PreparedArticle } from '../prepare-article.ts';
import type { NearDuplicateLink } from '../stored-article.ts';

/** An article the library holds already that shares a key (id, text hash, source hash) with one of the batch. */
export interface KnownArticle {
  id: string;
  seq: number;
  contentHash: string;
  sourceHash: string | null;
}

/** An article the library holds already that shares an LSH band bucket with one of the batch. */
export interface KnownCandidate {
  id: string;
  seq: number;
  signature: Uint32Array;
  isRoot: boolean;
  /** Its band buckets, as `band:bucket` keys. */
  keys: readonly string[];
}

/** A near-duplicate candidate: an article of the library (its root flag read there) or an earlier one of the batch. */
export interface Candidate {
  id: string;
  estimate: number;
  seq: number;
  /** For an article of the library: whether it is an original (not itself a near-duplicate). */
  libraryRoot?: boolean;
  /** For an earlier article of the batch: its index there. */
  batchIndex?: number;
}

const keysOf = (a: PreparedArticle): string[] => [`h:${a.contentHash}`, `i:${a.record.id}`, ...(a.sourceHash === null ? [] : [`s:${a.sourceHash}`])];

const bucketKeys = (sig: Uint32Array): string[] => bandBuckets(sig).map((bucket, band) => `${String(band)}:${String(bucket)}`);

/**
 * The first of the library's articles (lowest seq, as the one-article path's `ORDER BY seq LIMIT 1`), else the
 * batch's earlier stored articles, sharing a key with `a`: the article it duplicates.
 */
function duplicateOf(a: PreparedArticle, known: readonly KnownArticle[], batch: readonly PreparedArticle[], stored: ReadonlyMap<string, number>): string | null {
  const inLibrary = known
    .filter((k) => k.contentHash === a.contentHash || k.id === a.record.id || (a.sourceHash !== null && k.sourceHash === a.sourceHash))
    .sort((x, y) => x.seq - y.seq)[0];
  if (inLibrary !== undefined) return inLibrary.id;
  const first = Math.min(...keysOf(a).map((key) => stored.get(key) ?? Infinity));
  return batch[first]?.record.id ?? null;
}

/** What the batch decided for each article, and which library articles' shingles the decisions need. */
export interface BatchPlan {
  /** Per article, in order: duplicate (with the id it repeats) or to be stored. */
  duplicates: (string | null)[];
  /** Per article to store: its candidates, best first (at most MAX_VERIFIED), before the exact check. */
  candidates: Candidate[][];
  /** Library articles whose shingles the exact check must read. */
  shinglesNeeded: string[];
}

/**
 * Decides, for a batch stored in one go, what the one-article path (articles.ts's addArticlePg, one article after
 * the other) would: the duplicates, each against the library and the batch's earlier stored articles; and each stored
 * article's near-duplicate candidates, ranked by signature agreement, the batch's earlier articles counted as later in
 * the library than any stored before. The exact check (`confirmNearDuplicates`) then needs only the shingles listed.
 */
export function planBatch(batch: readonly PreparedArticle[], known: readonly KnownArticle[], library: readonly KnownCandidate[]): BatchPlan {
  const byKey = new Map<string, KnownCandidate[]>();
  for (const c of library) for (const key of c.keys) byKey.set(key, [...(byKey.get(key) ?? []), c]);
  const storedKeys = new Map<string, number>();
  const batchBuckets = new Map<string, number[]>();
  const duplicates: (string | null)[] = [];
  const candidates: Candidate[][] = [];
  const needed = new Set<string>();
  batch.forEach((a, i) => {
    const dup = duplicateOf(a, known, batch, storedKeys);
    duplicates.push(dup);
    if (dup !== null) return;
    const keys = bucketKeys(a.signature);
    const found = new Map<string, Candidate>();
    for (const key of keys) {
      for (const c of byKey.get(key) ?? []) {
        if (!found.has(c.id)) found.set(c.id, { id: c.id, estimate: estimate(a.signature, c.signature), seq: c.seq, libraryRoot: c.isRoot });
      }
      for (const j of batchBuckets.get(key) ?? []) {
        const earlier = batch[j];
        if (earlier === undefined || found.has(earlier.record.id)) continue;
        // After every article of the library, in batch order: the seq they will be given.
        found.set(earlier.record.id, { id: earlier.record.id, estimate: estimate(a.signature, earlier.signature), seq: Number.MAX_SAFE_INTEGER - batch.length + j, batchIndex: j });
      }
    }
    const ranked = [...found.values()]
      .filter((c) => c.estimate >= ESTIMATE_FLOOR)
      .sort((x, y) => y.estimate - x.estimate || x.seq - y.seq)
      .slice(0, MAX_VERIFIED);
    for (const c of ranked) if (c.batchIndex === undefined) needed.add(c.id);
    candidates.push(ranked);
    for (const key of keysOf(a)) if (!storedKeys.has(key)) storedKeys.set(key, i);
    for (const key of keys) batchBuckets.set(key, [...(batchBuckets.get(key) ?? []), i]);
  });
  return { duplicates, candidates, shinglesNeeded: [...needed] };
}

/**
 * The exact check, in batch order: each stored article's best confirmed candidate (originals first, then
 * similarity, then the earlier), as findNearDuplicatePg picks it; an article linked here is no longer an original
 * for the batch's later articles. Returns one result per article of the batch.
 */
export function confirmNearDuplicates(batch: readonly PreparedArticle[], plan: BatchPlan, shingles: ReadonlyMap<string, Uint32Array>): AddResult[] {
  const linked = new Set<number>();
  let next = 0;
  return batch.map((a, i): AddResult => {
    const dup = plan.duplicates[i] ?? null;
    if (dup !== null) return { status: 'duplicate', id: dup, duplicateOf: dup };
    const ranked = plan.candidates[next++] ?? [];
    const confirmed = ranked.flatMap((c) => {
      const stored = c.batchIndex === undefined ? shingles.get(c.id) : batch[c.batchIndex]?.shingles;
      const similarity = stored === undefined ? 0 : jaccard(a.shingles, stored);
      const root = c.batchIndex === undefined ? c.libraryRoot === true : !linked.has(c.batchIndex);
      return similarity >= NEAR_DUPLICATE_THRESHOLD ? [{ c, root, similarity }] : [];
    });
    confirmed.sort((x, y) => Number(y.root) - Number(x.root) || y.similarity - x.similarity || x.c.seq - y.c.seq);
    const best = confirmed[0];
    if (best === undefined) return { status: 'imported', id: a.record.id };
    linked.add(i);
    const link: NearDuplicateLink = { of: best.c.id, similarity: Math.round(best.similarity * 1000) / 1000 };
    return { status: 'near-duplicate', id: a.record.id, duplicateOf: link.of, similarity: link.similarity };
  });
}
