import type Database from 'better-sqlite3';
import { BANDS, bandBuckets, estimate, fromBlob, jaccard, toBlob } from './minhash.ts';
import { statement } from './statement-cache.ts';
import type { NearDuplicateLink } from './stored-article.ts';

/**
 * Shingle Jaccard at or above which two articles count as the same story: a republication by another
 * outlet (different header, footer and a few edits) or an updated version. Half the word 3-shingles shared
 * means long runs of identical text, which two independent reports of one event do not have
 * (tests/unit/library/near-duplicates.test.ts measures both sides).
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

// Signature estimates have a standard error of about 0.045 at 120 hashes: candidates this far below the
// threshold are still checked exactly, so the estimate's noise never decides a link by itself.
export const ESTIMATE_FLOOR = NEAR_DUPLICATE_THRESHOLD - 0.2;
export const MAX_VERIFIED = 12;

const BAND_PAIRS = Array.from({ length: BANDS }, () => '(?, ?)').join(', ');

interface Candidate {
  id: string;
  estimate: number;
  isRoot: boolean;
  seq: number;
}

/**
 * The earlier article this one nearly duplicates, found through the LSH band table (no pairwise scan):
 * candidates share a band bucket, are ranked by signature agreement, then confirmed by exact Jaccard.
 * Originals (articles that are not themselves near-duplicates) are preferred, so a chain of updates links
 * to the first version.
 */
export function findNearDuplicate(db: Database.Database, set: Uint32Array, sig: Uint32Array): NearDuplicateLink | null {
  // One query for all bands: a row-value IN over (band, bucket) pairs, each an index lookup.
  const pairs = bandBuckets(sig).flatMap((bucket, band) => [band, bucket]);
  const ids = new Set(statement(db, `SELECT DISTINCT article_id FROM lsh_bands WHERE (band, bucket) IN (VALUES ${BAND_PAIRS})`).pluck().all(...pairs) as string[]);
  if (ids.size === 0) return null;
  const load = statement(
    db,
    `SELECT m.signature AS signature, a.seq AS seq, n.article_id IS NULL AS isRoot
     FROM minhash m JOIN articles a ON a.id = m.article_id LEFT JOIN near_duplicates n ON n.article_id = m.article_id
     WHERE m.article_id = ?`,
  );
  const candidates: Candidate[] = [];
  for (const id of ids) {
    const row = load.get(id) as { signature: Buffer; seq: number; isRoot: number } | undefined;
    if (!row) continue;
    const e = estimate(sig, fromBlob(row.signature));
    if (e >= ESTIMATE_FLOOR) candidates.push({ id, estimate: e, isRoot: row.isRoot === 1, seq: row.seq });
  }
  candidates.sort((a, b) => b.estimate - a.estimate || a.seq - b.seq);
  const stored = statement(db, 'SELECT shingles FROM minhash WHERE article_id = ?').pluck();
  const confirmed: (Candidate & { similarity: number })[] = [];
  for (const c of candidates.slice(0, MAX_VERIFIED)) {
    const blob = stored.get(c.id) as Buffer | undefined;
    if (blob === undefined) continue;
    const similarity = jaccard(set, fromBlob(blob));
    if (similarity >= NEAR_DUPLICATE_THRESHOLD) confirmed.push({ ...c, similarity });
  }
  confirmed.sort((a, b) => Number(b.isRoot) - Number(a.isRoot) || b.similarity - a.similarity || a.seq - b.seq);
  const best = confirmed[0];
  return best ? { of: best.id, similarity: Math.round(best.similarity * 1000) / 1000 } : null;
}

/**
 * Stores an article's shingles, signature and band buckets so later imports can find and verify it. The buckets go
 * in one statement per row: a statement of several rows that may fail half way (their foreign key) makes SQLite
 * journal every page it changes and FTS5 flush its pending index at every article, and one row a statement needs
 * neither.
 */
export function indexSignature(db: Database.Database, id: string, set: Uint32Array, sig: Uint32Array): void {
  statement(db, 'INSERT INTO minhash (article_id, signature, shingles) VALUES (?, ?, ?)').run(id, toBlob(sig), toBlob(set));
  const band = statement(db, 'INSERT OR IGNORE INTO lsh_bands (band, bucket, article_id) VALUES (?, ?, ?)');
  bandBuckets(sig).forEach((bucket, i) => band.run(i, bucket, id));
}

export function linkNearDuplicate(db: Database.Database, id: string, link: NearDuplicateLink): void {
  statement(db, 'INSERT INTO near_duplicates (article_id, duplicate_of, similarity) VALUES (?, ?, ?)').run(id, link.of, link.similarity);
}

/** The articles recorded as near-duplicates of `id` (its republications and updates), most similar first. */
export function nearDuplicatesOf(db: Database.Database, id: string): { id: string; similarity: number }[] {
  return statement(db, 'SELECT article_id AS id, similarity FROM near_duplicates WHERE duplicate_of = ? ORDER BY similarity DESC, article_id').all(id) as {
    id: string;
    similarity: number;
  }[];
}
