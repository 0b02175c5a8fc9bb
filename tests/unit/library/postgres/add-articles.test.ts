import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { openTeamLibrary, type TeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import { prepareArticle, type PreparedArticle } from '../../../../main/library/prepare-article.ts';
import type { AddResult } from '../../../../main/library/articles.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';
import { paragraphs } from '../helpers.ts';
import { formatArticles, seedArticles } from './corpus.ts';

// An import batch written in a few statements (add-articles.ts) decides what one article after the other decides.

const NOW = new Date(Date.UTC(2025, 3, 10, 12));

/** A republication: first and last paragraphs gone, another id (a near-duplicate of `a`). */
function republished(a: ArticleRecord, n: number): ArticleRecord {
  return { ...a, id: `${a.id}-re${String(n)}`, file: `re-${String(n)}-${a.file}`, body: paragraphs(a.body).slice(1, -1).join('\n\n') };
}

/** A corpus with duplicates and near-duplicates both of articles stored before the batch and of its own earlier ones. */
async function corpus(): Promise<PreparedArticle[]> {
  const seeds = await seedArticles();
  const formats = (await formatArticles()).slice(0, 60);
  const list = [...seeds.slice(0, 2), ...formats, ...seeds.slice(2), ...seeds.map(republished), seeds[3] as ArticleRecord, ...seeds.slice(0, 2).map((a) => republished(republished(a, 1), 2))];
  // The same id with another text: a duplicate by id.
  list.push({ ...(formats[5] as ArticleRecord), body: 'نص آخر تماما لا يشبه الأول في شيء' });
  // Again: one of the batch's own and one stored before it.
  list.push(formats[10] as ArticleRecord, seeds[0] as ArticleRecord);
  return list.map((a) => prepareArticle(a));
}

describe('an import batch written in a few statements', () => {
  const cluster = useCluster();

  async function library(name: string): Promise<TeamLibrary> {
    return openTeamLibrary(await cluster().createDatabase(name), { now: () => NOW, analyst: 'test' });
  }

  it('stores and reports exactly what adding one article after the other does, within chunks and across them', async () => {
    const list = await corpus();
    const one = await library('one_by_one');
    const many = await library('in_chunks');
    // A few articles stored before, so that the batch meets the library's articles as well as its own.
    const before = list.slice(0, 3);
    for (const a of before) await one.addArticle(a, NOW);
    await many.addArticles?.(before, NOW);
    const rest = list.slice(3);
    const expected = await one.transaction(async () => {
      const out: AddResult[] = [];
      for (const a of rest) out.push(await one.addArticle(a, NOW));
      return out;
    });
    const got = await many.transaction(async () => {
      const out: AddResult[] = [];
      for (let i = 0; i < rest.length; i += 23) out.push(...((await many.addArticles?.(rest.slice(i, i + 23), NOW)) ?? []));
      return out;
    });
    expect(got).toEqual(expected);
    const statuses = expected.map((r) => r.status);
    expect(statuses.filter((s) => s === 'duplicate').length).toBeGreaterThanOrEqual(4);
    expect(statuses.filter((s) => s === 'near-duplicate').length).toBeGreaterThanOrEqual(5);
    expect(await many.counts()).toEqual(await one.counts());
    for (const a of await one.listArticles({ sort: 'imported-asc' })) {
      expect(await many.getArticle(a.id)).toEqual(await one.getArticle(a.id));
      expect(await many.nearDuplicatesOf(a.id)).toEqual(await one.nearDuplicatesOf(a.id));
    }
    expect(await many.listArticles({ sort: 'imported-asc' })).toEqual(await one.listArticles({ sort: 'imported-asc' }));
    for (const q of ['الحكومة', 'في', 'وزير الخارجية']) expect((await many.search(q)).hits).toEqual((await one.search(q)).hits);
    await Promise.all([one.close(), many.close()]);
  });

  it('stores an article two analysts import at once only once', async () => {
    const url = await cluster().createDatabase('together');
    const [a, b] = await Promise.all([openTeamLibrary(url, { analyst: 'amina' }), openTeamLibrary(url, { analyst: 'omar' })]);
    const list = await corpus();
    const [ra, rb] = await Promise.all([a.addArticles?.(list, NOW), b.addArticles?.([...list].reverse(), NOW)]);
    const stored = [...(ra ?? []), ...(rb ?? [])].filter((r) => r.status !== 'duplicate').map((r) => r.id);
    expect(new Set(stored).size).toBe(stored.length);
    expect(stored.length).toBe((await a.counts()).articles);
    await Promise.all([a.close(), b.close()]);
  });

  it('gives way to a row written meanwhile without taking the turn, and reports it as the duplicate it is', async () => {
    const url = await cluster().createDatabase('raced');
    const target = await openTeamLibrary(url, { now: () => NOW, analyst: 'test' });
    const list = (await corpus()).slice(0, 8);
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    const taken = list[4] as PreparedArticle;
    // Another writer's article with the same text, not yet committed: the batch's read does not see it.
    await other.query('BEGIN');
    await other.query(
      `INSERT INTO articles (id, file, title_basis, outlet_basis, author_basis, published_basis, language, language_basis, body, removed, format, encoding, content_hash, imported_at)
       VALUES ('written-meanwhile', 'x.txt', 'none', 'none', 'none', 'none', 'ar', 'detected', 'x', '[]', 'txt', 'utf-8', $1, 'now')`,
      [taken.contentHash],
    );
    const batch = target.addArticles?.(list, NOW);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await other.query('COMMIT');
    const results = (await batch) ?? [];
    expect(results[4]).toEqual({ status: 'duplicate', id: 'written-meanwhile', duplicateOf: 'written-meanwhile' });
    expect(results.filter((r) => r.status !== 'duplicate').length).toBe(7);
    expect((await target.counts()).articles).toBe(8);
    await other.end();
    await target.close();
  });
});
