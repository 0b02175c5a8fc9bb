import type Database from 'better-sqlite3';
import { z } from 'zod';
import { matchKey, tokenise } from '../text/arabic/index.ts';
import { rankByName, type NameMatch } from './name-trigrams.ts';
import { anyOfExpression, literalQuery } from './search-query.ts';
import { runMatch, type SearchHit } from './search.ts';
import { statement } from './statement-cache.ts';
import { TopicKeywords, TopicName } from './topic-name.ts';
import { NotFoundError } from './workspace-error.ts';
import { TopicError } from './topic-error.ts';

export const Topic = z.object({
  id: z.number().int(),
  name: z.string(),
  keywords: z.array(z.string()),
  createdAt: z.string(),
  /** How many articles are assigned to it. */
  articles: z.number().int().nonnegative(),
});
export type Topic = z.infer<typeof Topic>;


/** Topic names are matched by their matching key, so «أمن الخليج» and «امن الخليج» are one topic. */
const nameKey = matchKey;

// A module of its own, so the API's error codes (api/handlers/api-error-of.ts) know it without loading the topics' store code.
export { TopicError } from './topic-error.ts';

/** A topics row with its article count, as both stores select it (SQLite here, PostgreSQL in postgres/topics.ts). */
export interface TopicRow {
  id: number;
  name: string;
  keywords: string;
  created_at: string;
  articles: number;
}

const SELECT_TOPIC = `SELECT t.id, t.name, t.keywords, t.created_at,
  (SELECT count(*) FROM article_topics x WHERE x.topic_id = t.id) AS articles FROM topics t`;

export function toTopic(row: TopicRow): Topic {
  return Topic.parse({ id: row.id, name: row.name, keywords: JSON.parse(row.keywords), createdAt: row.created_at, articles: row.articles });
}

export function createTopic(db: Database.Database, name: string, keywords: readonly string[], now: Date): Topic {
  const clean = TopicName.parse(name);
  const key = nameKey(clean);
  const existing = statement(db, 'SELECT name FROM topics WHERE name_key = ?').pluck().get(key) as string | undefined;
  if (existing !== undefined) throw new TopicError(`a topic named "${existing}" already exists`);
  const { lastInsertRowid } = statement(db, 'INSERT INTO topics (name, name_key, keywords, created_at) VALUES (?, ?, ?, ?)').run(
    clean,
    key,
    JSON.stringify(TopicKeywords.parse(keywords)),
    now.toISOString(),
  );
  return requireTopic(db, Number(lastInsertRowid));
}

export function getTopic(db: Database.Database, id: number): Topic | null {
  const row = statement(db, `${SELECT_TOPIC} WHERE t.id = ?`).get(id) as TopicRow | undefined;
  return row ? toTopic(row) : null;
}

function requireTopic(db: Database.Database, id: number): Topic {
  const topic = getTopic(db, id);
  if (topic === null) throw new NotFoundError(`no topic with id ${String(id)}`);
  return topic;
}

/** The topic with this name, compared by normalised key. */
export function findTopic(db: Database.Database, name: string): Topic | null {
  const row = statement(db, `${SELECT_TOPIC} WHERE t.name_key = ?`).get(nameKey(name)) as TopicRow | undefined;
  return row ? toTopic(row) : null;
}

export function listTopics(db: Database.Database): Topic[] {
  return (statement(db, `${SELECT_TOPIC} ORDER BY t.name COLLATE NOCASE, t.id`).all() as TopicRow[]).map(toTopic);
}

export function renameTopic(db: Database.Database, id: number, name: string): Topic {
  const clean = TopicName.parse(name);
  const key = nameKey(clean);
  const other = statement(db, 'SELECT id, name FROM topics WHERE name_key = ?').get(key) as { id: number; name: string } | undefined;
  if (other !== undefined && other.id !== id) throw new TopicError(`a topic named "${other.name}" already exists`);
  const { changes } = statement(db, 'UPDATE topics SET name = ?, name_key = ? WHERE id = ?').run(clean, key, id);
  if (changes === 0) throw new NotFoundError(`no topic with id ${String(id)}`);
  return requireTopic(db, id);
}

export function setTopicKeywords(db: Database.Database, id: number, keywords: readonly string[]): Topic {
  const { changes } = statement(db, 'UPDATE topics SET keywords = ? WHERE id = ?').run(JSON.stringify(TopicKeywords.parse(keywords)), id);
  if (changes === 0) throw new NotFoundError(`no topic with id ${String(id)}`);
  return requireTopic(db, id);
}

/** Deletes a topic; its articles stay in the library. */
export function deleteTopic(db: Database.Database, id: number): boolean {
  return statement(db, 'DELETE FROM topics WHERE id = ?').run(id).changes > 0;
}

/** Assigns articles to a topic by hand; returns how many were newly assigned. Unknown ids are refused, all or nothing. */
export function assignArticles(db: Database.Database, topicId: number, articleIds: readonly string[], now: Date): number {
  return db.transaction(() => {
    requireTopic(db, topicId);
    const exists = statement(db, 'SELECT 1 FROM articles WHERE id = ?');
    const insert = statement(db, 'INSERT OR IGNORE INTO article_topics (topic_id, article_id, assigned_at) VALUES (?, ?, ?)');
    let added = 0;
    for (const id of articleIds) {
      if (exists.get(id) === undefined) throw new NotFoundError(`no article with id ${id}`);
      added += insert.run(topicId, id, now.toISOString()).changes;
    }
    return added;
  })();
}

/** Takes articles out of a topic; returns how many were assigned before. */
export function unassignArticles(db: Database.Database, topicId: number, articleIds: readonly string[]): number {
  return db.transaction(() => {
    requireTopic(db, topicId);
    const remove = statement(db, 'DELETE FROM article_topics WHERE topic_id = ? AND article_id = ?');
    return articleIds.reduce((n, id) => n + remove.run(topicId, id).changes, 0);
  })();
}

/** The topics an article is assigned to. */
export function topicsOf(db: Database.Database, articleId: string): Topic[] {
  return (
    statement(db, `${SELECT_TOPIC} WHERE t.id IN (SELECT topic_id FROM article_topics WHERE article_id = ?) ORDER BY t.name COLLATE NOCASE`).all(
      articleId,
    ) as TopicRow[]
  ).map(toTopic);
}

/**
 * Articles not yet in the topic that match its name or any of its keywords (each keyword's words all
 * present, in any clitic form), best BM25 match first, with snippets showing why.
 */
export function suggestArticles(db: Database.Database, topicId: number, limit = 20): SearchHit[] {
  const topic = requireTopic(db, topicId);
  const phrases = [topic.name, ...topic.keywords];
  const expression = anyOfExpression(phrases);
  if (expression === null) return [];
  const terms = [...new Set(phrases.flatMap((p) => tokenise(p).map((t) => t.key)))];
  return runMatch(db, expression, literalQuery(terms), { limit, notInTopic: topicId }).hits;
}

/** Topics whose name is like `text` by any close spelling, most similar first (name-trigrams.ts, as the team library ranks them). */
export function searchTopicNames(db: Database.Database, text: string, limit = 20): NameMatch<Topic>[] {
  return rankByName(nameKey(text), listTopics(db), (t) => nameKey(t.name), (t) => t.id, limit);
}
