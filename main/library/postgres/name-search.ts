import { matchKey } from '../../text/arabic/index.ts';
import { entryKey, type GazetteerEntry, type GazetteerType } from '../gazetteer.ts';
import { NAME_SIMILARITY, rankByName, roundSimilarity, type NameMatch } from '../name-trigrams.ts';
import { toTopic, type Topic, type TopicRow } from '../topics.ts';
import { listGazetteerEntriesPg, toEntry, type EntryRow } from './analyst-data.ts';
import type { Connection } from './connection.ts';
import { listTopicsPg } from './topics.ts';

/**
 * Names found by any close spelling in the team library: pg_trgm's `%` over the name keys, answered from the trigram
 * GIN indexes (gazetteer_name_trgm, topics_name_trgm), ranked by similarity then id, as the local store ranks them
 * (name-trigrams.ts). The explicit `similarity >= NAME_SIMILARITY` keeps the threshold ours even on a server whose
 * pg_trgm.similarity_threshold was changed; `%` is kept beside it because only `%` can use the index.
 *
 * pg_trgm reads words by the database's character type: in a database created with LC_CTYPE C it sees no word in
 * Arabic at all (show_trgm('اب') is empty) and every Arabic name would be 0 % similar. There the same ranking is done
 * here over the listed names (a desk's gazetteer and topics are hundreds, not millions), so the answer is the same.
 */

const ARABIC_PROBE = `SELECT cardinality(show_trgm('اب')) > 0 AS ok`;

/** Whether this database's pg_trgm sees Arabic letters as word characters (asked once per connection pool). */
export function arabicTrigrams(conn: Connection): () => Promise<boolean> {
  let known: Promise<boolean> | null = null;
  return () => {
    known ??= conn.row<{ ok: boolean }>(ARABIC_PROBE).then((r) => r?.ok === true);
    return known;
  };
}

export async function searchGazetteerPg(conn: Connection, serverSees: () => Promise<boolean>, text: string, type?: GazetteerType, limit = 20): Promise<NameMatch<GazetteerEntry>[]> {
  const key = entryKey(text);
  if (!(await serverSees())) return rankByName(key, await listGazetteerEntriesPg(conn, type), (e) => entryKey(e.name), (e) => e.id, limit);
  const rows = await conn.rows<EntryRow & { similarity: number }>(
    `SELECT id, name, type, aliases, created_at, similarity(name_key, $1) AS similarity FROM gazetteer_entries
     WHERE name_key % $1 AND similarity(name_key, $1) >= $2 AND ($3::text IS NULL OR type = $3)
     ORDER BY similarity DESC, id LIMIT $4`,
    [key, NAME_SIMILARITY, type ?? null, limit],
  );
  return rows.map((r) => ({ item: toEntry(r), similarity: roundSimilarity(r.similarity) }));
}

export async function searchTopicsPg(conn: Connection, serverSees: () => Promise<boolean>, text: string, limit = 20): Promise<NameMatch<Topic>[]> {
  const key = matchKey(text);
  if (!(await serverSees())) return rankByName(key, await listTopicsPg(conn), (t) => matchKey(t.name), (t) => t.id, limit);
  const rows = await conn.rows<TopicRow & { similarity: number }>(
    `SELECT t.id, t.name, t.keywords, t.created_at, similarity(t.name_key, $1) AS similarity,
       (SELECT count(*)::int FROM article_topics x WHERE x.topic_id = t.id) AS articles
     FROM topics t WHERE t.name_key % $1 AND similarity(t.name_key, $1) >= $2 ORDER BY similarity DESC, t.id LIMIT $3`,
    [key, NAME_SIMILARITY, limit],
  );
  return rows.map((r) => ({ item: toTopic(r), similarity: roundSimilarity(r.similarity) }));
}
