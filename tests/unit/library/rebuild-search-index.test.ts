import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../main/library/migrations.ts';
import { openWorkspace } from '../../../main/library/open-workspace.ts';
import { rebuildSearchIndex } from '../../../main/library/rebuild-search-index.ts';
import type { SearchResult } from '../../../main/library/search.ts';
import type { Store } from '../../../main/library/store.ts';
import { makeRecord, seedTexts, tempDir } from './helpers.ts';

const QUERIES: [string, boolean][] = [['الحشد', false], ['الحش', true], ['سوريا', false], ['سور', true], ['الرئيس الس', true], ['القرار', false]];

async function answers(store: Store): Promise<SearchResult[]> {
  const out = [];
  for (const [query, prefix] of QUERIES) out.push(await store.search(query, { prefix, limit: 50 }));
  return out;
}

/** What a search finds, apart from its scores: after a correction FTS5 keeps the replaced row's counts in its statistics until it merges, a rebuilt index does not. */
function found(results: readonly SearchResult[]): unknown {
  return results.map((r) => ({ total: r.total, ids: r.hits.map((h) => h.article.id).sort(), snippets: r.hits.map((h) => h.snippet.text).sort() }));
}

async function addSeeds(store: Store): Promise<string[]> {
  const ids = [];
  for (const text of seedTexts()) {
    const record = makeRecord(text, { title: text.split('\n')[0] ?? null, titleBasis: 'explicit' });
    await store.addArticle(record);
    ids.push(record.id);
  }
  return ids;
}

function rebuild(file: string): string {
  const db = new Database(file);
  db.transaction(() => rebuildSearchIndex(db))();
  const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'article_fts'").pluck().get() as string;
  db.close();
  return sql;
}

describe('the search index with three-letter prefixes (schema 8)', () => {
  it('is built again with the text the store indexed: every search answers byte for byte the same', async () => {
    const file = path.join(tempDir(), 'w.mawjaz');
    const store = openWorkspace(file);
    await addSeeds(store);
    const before = JSON.stringify(await answers(store));
    expect(rebuild(file)).toContain("prefix='3'");
    expect(JSON.stringify(await answers(store))).toBe(before);
    await store.close();
  });

  it('indexes each article as its last correction left it (title, story lines), on a schema-7 workspace that opens', async () => {
    const file = path.join(tempDir(), 'old.mawjaz');
    const old = openWorkspace(file, { migrations: migrations.slice(0, 7) });
    const ids = await addSeeds(old);
    await old.correctMetadata(ids[0] ?? '', { title: 'القرار الأخير للحكومة' });
    await old.setLineInStory(ids[1] ?? '', 0, false);
    const before = await answers(old);
    await old.close();
    const upgraded = openWorkspace(file);
    expect(upgraded.schemaVersion).toBe(migrations.at(-1)?.version);
    const after = await answers(upgraded);
    expect(found(after)).toEqual(found(before));
    // The corrected title is found, the old one is not.
    expect(after[5]?.hits.some((h) => h.article.id === ids[0] && h.titleHighlights.length > 0)).toBe(true);
    expect(found(await answers(upgraded))).toEqual(found(before));
    await upgraded.close();
  });
});
