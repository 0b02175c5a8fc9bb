import { recordValues } from '../article-row.ts';
import type { AddResult } from '../articles.ts';
import { bandBuckets, fromBlob, toBlob } from '../minhash.ts';
import type { PreparedArticle } from '../prepare-article.ts';
import { addArticlePg, IMPORT_LOCK } from './articles.ts';
import { confirmNearDuplicates, planBatch, type KnownArticle, type KnownCandidate } from './batch-plan.ts';
import type { Connection } from './connection.ts';
import { writeSearchDocuments } from './search-document.ts';

const COLUMNS = `id, file, title, title_basis, outlet, outlet_basis, author, author_basis, published, published_basis,
  language, language_basis, body, removed, format, encoding, url, content_hash, source_hash`;

const KNOWN = `SELECT id, seq, content_hash, source_hash FROM articles WHERE content_hash = ANY($1) OR id = ANY($2) OR source_hash = ANY($3)`;

// Every library article sharing a band bucket with the batch, with the buckets it shares: one query for the batch.
const CANDIDATES = `SELECT m.article_id AS id, m.signature, a.seq, n.article_id IS NULL AS is_root, c.bands, c.buckets
  FROM (SELECT article_id, array_agg(band) AS bands, array_agg(bucket) AS buckets FROM lsh_bands
        WHERE (band, bucket) IN (SELECT * FROM unnest($1::smallint[], $2::bigint[])) GROUP BY article_id) c
  JOIN minhash m ON m.article_id = c.article_id JOIN articles a ON a.id = m.article_id
  LEFT JOIN near_duplicates n ON n.article_id = m.article_id`;

/** A write of the batch met rows no turn-taking import wrote (the one-article path sorts that out). */
export class BatchRaced extends Error {}

/**
 * Stores a batch of prepared articles in a few statements whatever its size (what the library holds of the batch's
 * keys, the near-duplicate candidates with their signatures, their shingles, then one multi-row insert per table),
 * deciding exactly what `addArticlePg` decides one article after the other (batch-plan.ts). Imports take turns as
 * they do there, so two analysts importing the same article store it once. Call inside a transaction.
 */
export async function addArticlesPg(conn: Connection, batch: readonly PreparedArticle[], importedAt: string): Promise<AddResult[]> {
  if (batch.length === 0) return [];
  await conn.run('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
  const known = await conn.rows<{ id: string; seq: number; content_hash: string; source_hash: string | null }>(KNOWN, [
    batch.map((a) => a.contentHash),
    batch.map((a) => a.record.id),
    batch.flatMap((a) => (a.sourceHash === null ? [] : [a.sourceHash])),
  ]);
  const plan = planBatch(
    batch,
    known.map((k): KnownArticle => ({ id: k.id, seq: k.seq, contentHash: k.content_hash, sourceHash: k.source_hash })),
    await candidatesOf(conn, batch),
  );
  const shingles = new Map(
    plan.shinglesNeeded.length === 0
      ? []
      : (await conn.rows<{ id: string; shingles: Buffer }>('SELECT article_id AS id, shingles FROM minhash WHERE article_id = ANY($1)', [plan.shinglesNeeded])).map((r) => [r.id, fromBlob(r.shingles)] as const),
  );
  const results = confirmNearDuplicates(batch, plan, shingles);
  try {
    await conn.transaction(() => writeArticlesPg(conn, batch, results, importedAt));
    return results;
  } catch (e) {
    if (!(e instanceof BatchRaced)) throw e;
    const oneByOne: AddResult[] = [];
    for (const a of batch) oneByOne.push(await addArticlePg(conn, a, importedAt));
    return oneByOne;
  }
}

async function candidatesOf(conn: Connection, batch: readonly PreparedArticle[]): Promise<KnownCandidate[]> {
  const pairs = new Map<string, [number, number]>();
  for (const a of batch) bandBuckets(a.signature).forEach((bucket, band) => pairs.set(`${String(band)}:${String(bucket)}`, [band, bucket]));
  const rows = await conn.rows<{ id: string; signature: Buffer; seq: number; is_root: boolean; bands: number[]; buckets: string[] }>(CANDIDATES, [
    [...pairs.values()].map((p) => p[0]),
    [...pairs.values()].map((p) => p[1]),
  ]);
  return rows.map((r) => ({ id: r.id, seq: r.seq, signature: fromBlob(r.signature), isRoot: r.is_root, keys: r.bands.map((band, i) => `${String(band)}:${r.buckets[i] ?? ''}`) }));
}

/**
 * One multi-row insert per table for the batch's stored articles (those whose result is not a duplicate), as the
 * batch's plan decided, search documents included; throws BatchRaced when a row was there already.
 */
export async function writeArticlesPg(conn: Connection, batch: readonly PreparedArticle[], results: readonly AddResult[], importedAt: string): Promise<void> {
  const stored = await writeArticleRowsPg(conn, batch, results, importedAt);
  await writeSearchDocuments(conn, stored.map((a) => ({ id: a.record.id, index: a.index })));
}

/**
 * writeArticlesPg without the search documents (the articles, their signatures, band buckets and near-duplicate
 * links); returns the articles it stored, whose documents writeSearchDocuments then writes. Exported for the bench's
 * bulk loader (tests/bench/team-corpus.ts), which writes the rows of a generated corpus it knows to be new chunk after
 * chunk, in order, and builds each chunk's search documents (most of the server's work) on another connection.
 */
export async function writeArticleRowsPg(conn: Connection, batch: readonly PreparedArticle[], results: readonly AddResult[], importedAt: string): Promise<PreparedArticle[]> {
  const stored = batch.filter((_, i) => results[i]?.status !== 'duplicate');
  if (stored.length === 0) return stored;
  const rows = stored.map((a) => [...recordValues(a.record), a.contentHash, a.sourceHash]);
  const columns = Array.from({ length: 19 }, (_, c) => rows.map((r) => r[c]));
  const arrays = columns.map((_, c) => `$${String(c + 1)}::text[]`).join(', ');
  const inserted = await conn.rows(`INSERT INTO articles (${COLUMNS}, imported_at) SELECT *, $20::text FROM unnest(${arrays}) ON CONFLICT DO NOTHING RETURNING seq`, [...columns, importedAt]);
  if (inserted.length !== stored.length) throw new BatchRaced();
  const ids = stored.map((a) => a.record.id);
  await conn.run('INSERT INTO minhash (article_id, signature, shingles) SELECT * FROM unnest($1::text[], $2::bytea[], $3::bytea[])', [
    ids,
    stored.map((a) => toBlob(a.signature)),
    stored.map((a) => toBlob(a.shingles)),
  ]);
  const bands = stored.flatMap((a) => bandBuckets(a.signature).map((bucket, band) => [band, bucket, a.record.id] as const));
  await conn.run('INSERT INTO lsh_bands (band, bucket, article_id) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::text[]) ON CONFLICT DO NOTHING', [
    bands.map((b) => b[0]),
    bands.map((b) => b[1]),
    bands.map((b) => b[2]),
  ]);
  const near = results.filter((r) => r.status === 'near-duplicate');
  if (near.length > 0) {
    await conn.run('INSERT INTO near_duplicates (article_id, duplicate_of, similarity) SELECT * FROM unnest($1::text[], $2::text[], $3::float8[])', [
      near.map((r) => r.id),
      near.map((r) => r.duplicateOf),
      near.map((r) => r.similarity),
    ]);
  }
  return stored;
}
