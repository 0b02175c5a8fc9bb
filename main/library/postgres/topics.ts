import { matchKey, tokenise } from '../../text/arabic/index.ts';
import type { SearchHit } from '../search.ts';
import { TopicKeywords, TopicName } from '../topic-name.ts';
import { toTopic, TopicError, type Topic, type TopicRow } from '../topics.ts';
import { NotFoundError } from '../workspace-error.ts';
import { nocase } from './article-columns.ts';
import type { Connection } from './connection.ts';
import { literalQuery } from '../search-query.ts';
import { anyOfQuery, runQueryPg } from './search.ts';

const SELECT_TOPIC = `SELECT t.id, t.name, t.keywords, t.created_at,
  (SELECT count(*)::int FROM article_topics x WHERE x.topic_id = t.id) AS articles FROM topics t`;

const taken = (name: string): TopicError => new TopicError(`a topic named "${name}" already exists`);
const missing = (id: number): NotFoundError => new NotFoundError(`no topic with id ${String(id)}`);

/** Topics as the local store keeps them (topics.ts): one per matching key of the name, so «أمن الخليج» and «امن الخليج» are one. */
export async function createTopicPg(conn: Connection, name: string, keywords: readonly string[], now: Date): Promise<Topic> {
  const clean = TopicName.parse(name);
  const key = matchKey(clean);
  const list = JSON.stringify(TopicKeywords.parse(keywords));
  // Asked first, so that a refused name takes no number from the sequence (ids count as in the local store); the
  // unique key settles two analysts creating the same topic at once: the second is told the name is taken.
  const existing = await conn.row<{ name: string }>('SELECT name FROM topics WHERE name_key = $1', [key]);
  if (existing !== null) throw taken(existing.name);
  const row = await conn.row<{ id: number }>(
    'INSERT INTO topics (name, name_key, keywords, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (name_key) DO NOTHING RETURNING id',
    [clean, key, list, now.toISOString()],
  );
  if (row === null) throw taken((await conn.row<{ name: string }>('SELECT name FROM topics WHERE name_key = $1', [key]))?.name ?? clean);
  return requireTopicPg(conn, row.id);
}

export async function getTopicPg(conn: Connection, id: number): Promise<Topic | null> {
  const row = await conn.row<TopicRow>(`${SELECT_TOPIC} WHERE t.id = $1`, [id]);
  return row ? toTopic(row) : null;
}

export async function requireTopicPg(conn: Connection, id: number): Promise<Topic> {
  const topic = await getTopicPg(conn, id);
  if (topic === null) throw missing(id);
  return topic;
}

export async function findTopicPg(conn: Connection, name: string): Promise<Topic | null> {
  const row = await conn.row<TopicRow>(`${SELECT_TOPIC} WHERE t.name_key = $1`, [matchKey(name)]);
  return row ? toTopic(row) : null;
}

export async function listTopicsPg(conn: Connection): Promise<Topic[]> {
  return (await conn.rows<TopicRow>(`${SELECT_TOPIC} ORDER BY ${nocase('t.name')}, t.id`)).map(toTopic);
}

export async function renameTopicPg(conn: Connection, id: number, name: string): Promise<Topic> {
  const clean = TopicName.parse(name);
  const key = matchKey(clean);
  return conn.transaction(async () => {
    const other = await conn.row<{ id: number; name: string }>('SELECT id, name FROM topics WHERE name_key = $1', [key]);
    if (other !== null && other.id !== id) throw taken(other.name);
    if ((await conn.run('UPDATE topics SET name = $1, name_key = $2 WHERE id = $3', [clean, key, id])) === 0) throw missing(id);
    return requireTopicPg(conn, id);
  });
}

export async function setTopicKeywordsPg(conn: Connection, id: number, keywords: readonly string[]): Promise<Topic> {
  if ((await conn.run('UPDATE topics SET keywords = $1 WHERE id = $2', [JSON.stringify(TopicKeywords.parse(keywords)), id])) === 0) throw missing(id);
  return requireTopicPg(conn, id);
}

export async function deleteTopicPg(conn: Connection, id: number): Promise<boolean> {
  return (await conn.run('DELETE FROM topics WHERE id = $1', [id])) > 0;
}

/** Assigns articles by hand; how many were newly assigned. Unknown ids are refused, all or nothing. */
export async function assignArticlesPg(conn: Connection, topicId: number, articleIds: readonly string[], now: Date): Promise<number> {
  return conn.transaction(async () => {
    await requireTopicPg(conn, topicId);
    let added = 0;
    for (const id of articleIds) {
      if ((await conn.row('SELECT 1 FROM articles WHERE id = $1', [id])) === null) throw new NotFoundError(`no article with id ${id}`);
      added += await conn.run('INSERT INTO article_topics (topic_id, article_id, assigned_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [topicId, id, now.toISOString()]);
    }
    return added;
  });
}

export async function unassignArticlesPg(conn: Connection, topicId: number, articleIds: readonly string[]): Promise<number> {
  return conn.transaction(async () => {
    await requireTopicPg(conn, topicId);
    return conn.run('DELETE FROM article_topics WHERE topic_id = $1 AND article_id = ANY($2)', [topicId, [...new Set(articleIds)]]);
  });
}

export async function topicsOfPg(conn: Connection, articleId: string): Promise<Topic[]> {
  const rows = await conn.rows<TopicRow>(`${SELECT_TOPIC} WHERE t.id IN (SELECT topic_id FROM article_topics WHERE article_id = $1) ORDER BY ${nocase('t.name')}`, [articleId]);
  return rows.map(toTopic);
}

/** Articles not yet in the topic that match its name or a keyword (each keyword's words all present), best first. */
export async function suggestArticlesPg(conn: Connection, topicId: number, limit = 20): Promise<SearchHit[]> {
  const topic = await requireTopicPg(conn, topicId);
  const phrases = [topic.name, ...topic.keywords].map((p) => tokenise(p).map((t) => t.key));
  const query = anyOfQuery(phrases);
  if (query === null) return [];
  const terms = [...new Set(phrases.flat())];
  return (await runQueryPg(conn, query, literalQuery(terms), { limit, notInTopic: topicId })).hits;
}
