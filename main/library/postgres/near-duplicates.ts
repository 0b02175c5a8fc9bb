import { bandBuckets, estimate, fromBlob, jaccard, toBlob } from '../minhash.ts';
import { ESTIMATE_FLOOR, MAX_VERIFIED, NEAR_DUPLICATE_THRESHOLD } from '../near-duplicates.ts';
import type { NearDuplicateLink } from '../stored-article.ts';
import type { Connection } from './connection.ts';

// The local store's candidate rules (near-duplicates.ts: the estimate floor, how many are checked exactly), so that
// both stores link the same articles.

interface CandidateRow {
  id: string;
  signature: Buffer;
  seq: number;
  is_root: boolean;
}

/**
 * The earlier article this one nearly duplicates, as the local store finds it: articles sharing an LSH band bucket,
 * ranked by signature agreement, confirmed by exact shingle Jaccard, originals preferred. Two queries: the
 * candidates with their signatures, then the shingles of the few worth checking.
 */
export async function findNearDuplicatePg(conn: Connection, set: Uint32Array, sig: Uint32Array): Promise<NearDuplicateLink | null> {
  const buckets = bandBuckets(sig);
  const rows = await conn.rows<CandidateRow>(
    `SELECT m.article_id AS id, m.signature, a.seq, n.article_id IS NULL AS is_root
     FROM (SELECT DISTINCT article_id FROM lsh_bands
           WHERE (band, bucket) IN (SELECT * FROM unnest($1::smallint[], $2::bigint[]))) c
     JOIN minhash m ON m.article_id = c.article_id JOIN articles a ON a.id = m.article_id
     LEFT JOIN near_duplicates n ON n.article_id = m.article_id`,
    [buckets.map((_, band) => band), buckets],
  );
  const candidates = rows
    .map((r) => ({ id: r.id, estimate: estimate(sig, fromBlob(r.signature)), isRoot: r.is_root, seq: r.seq }))
    .filter((c) => c.estimate >= ESTIMATE_FLOOR)
    .sort((a, b) => b.estimate - a.estimate || a.seq - b.seq)
    .slice(0, MAX_VERIFIED);
  if (candidates.length === 0) return null;
  const shingles = new Map(
    (await conn.rows<{ id: string; shingles: Buffer }>('SELECT article_id AS id, shingles FROM minhash WHERE article_id = ANY($1)', [candidates.map((c) => c.id)])).map((r) => [
      r.id,
      fromBlob(r.shingles),
    ]),
  );
  const confirmed = candidates.flatMap((c) => {
    const stored = shingles.get(c.id);
    const similarity = stored === undefined ? 0 : jaccard(set, stored);
    return similarity >= NEAR_DUPLICATE_THRESHOLD ? [{ ...c, similarity }] : [];
  });
  confirmed.sort((a, b) => Number(b.isRoot) - Number(a.isRoot) || b.similarity - a.similarity || a.seq - b.seq);
  const best = confirmed[0];
  return best ? { of: best.id, similarity: Math.round(best.similarity * 1000) / 1000 } : null;
}

/** Stores an article's shingles, signature and band buckets for later imports to find and verify. */
export async function indexSignaturePg(conn: Connection, id: string, set: Uint32Array, sig: Uint32Array): Promise<void> {
  await conn.run('INSERT INTO minhash (article_id, signature, shingles) VALUES ($1, $2, $3)', [id, toBlob(sig), toBlob(set)]);
  const buckets = bandBuckets(sig);
  await conn.run(
    `INSERT INTO lsh_bands (band, bucket, article_id) SELECT b, k, $3 FROM unnest($1::smallint[], $2::bigint[]) AS u(b, k) ON CONFLICT DO NOTHING`,
    [buckets.map((_, band) => band), buckets, id],
  );
}

export async function nearDuplicatesOfPg(conn: Connection, id: string): Promise<{ id: string; similarity: number }[]> {
  return conn.rows('SELECT article_id AS id, similarity FROM near_duplicates WHERE duplicate_of = $1 ORDER BY similarity DESC, article_id COLLATE "C"', [id]);
}
