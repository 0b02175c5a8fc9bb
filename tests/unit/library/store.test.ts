import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../main/library/migrations.ts';
import { openWorkspace } from '../../../main/library/open-workspace.ts';
import type { Store } from '../../../main/library/store.ts';
import { ArticleSort } from '../../../main/library/stored-article.ts';
import { makeRecord, seedTexts, tempDir, tempStore } from './helpers.ts';

let open: Store[] = [];
function track<T extends { store: Store }>(x: T): T {
  open.push(x.store);
  return x;
}
afterEach(async () => {
  for (const s of open) {
    try {
      await s.close();
    } catch {
      // already closed by the test
    }
  }
  open = [];
});

describe('openWorkspace', () => {
  it('creates the file and its folder, in WAL mode with foreign keys on', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'nested', 'deeper', 'w.mawjaz');
    const store = openWorkspace(file);
    open.push(store);
    expect(fs.existsSync(file)).toBe(true);
    expect(store.schemaVersion).toBe(migrations.at(-1)?.version);
    await store.close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    db.close();
  });

  it('gives a clear error naming the file when the workspace cannot be created', () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const file = path.join(blocker, 'w.mawjaz');
    expect(() => openWorkspace(file)).toThrow(`${file}: cannot create the workspace: a file stands where its folder should be`);
  });

  it('refuses a file that is not a workspace, and a folder', () => {
    const dir = tempDir();
    const notDb = path.join(dir, 'notes.mawjaz');
    fs.writeFileSync(notDb, 'hello, this is plain text and long enough to not be a database header at all......');
    expect(() => openWorkspace(notDb)).toThrow(/not a Mawjaz workspace/);
    expect(() => openWorkspace(dir)).toThrow(`${dir}: this is a folder, not a workspace file`);
  });

  it('refuses a workspace written by a newer schema', () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.mawjaz');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openWorkspace(file)).toThrow(/newer Mawjaz \(schema 99/);
  });

  it('refuses a newer workspace before writing anything to it: same bytes, no journal mode switch, no WAL files', () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.mawjaz');
    const db = new Database(file);
    db.exec('CREATE TABLE kept (x)');
    db.pragma('user_version = 99');
    db.close();
    const before = fs.readFileSync(file);
    const mtime = fs.statSync(file).mtimeMs;
    expect(() => openWorkspace(file)).toThrow(/newer Mawjaz \(schema 99/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.readdirSync(dir).sort()).toEqual(['w.mawjaz']);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    after.close();
  });
});

describe('articles', () => {
  it('stores a record and reads it back unchanged, with bookkeeping', async () => {
    const { store } = track(tempStore());
    const body = seedTexts()[0] ?? '';
    const record = makeRecord(body, {
      title: 'عنوان',
      titleBasis: 'explicit',
      outlet: 'إرم نيوز',
      outletBasis: 'inferred',
      published: '2025-04-08',
      publishedBasis: 'explicit',
      removed: [{ line: 2, text: 'logo', reason: 'boilerplate' }],
    });
    const result = await store.addArticle(record, new Date('2025-04-09T10:00:00Z'));
    expect(result).toEqual({ status: 'imported', id: record.id });
    const got = await store.getArticle(record.id);
    expect(got).toMatchObject(record);
    expect(got?.importedAt).toBe('2025-04-09T10:00:00.000Z');
    expect(got?.corrected).toEqual([]);
    expect(got?.nearDuplicateOf).toBeNull();
    expect(got?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await store.getArticle('missing')).toBeNull();
  });

  it('stores the same text once and reports the duplicate, even respelled and repunctuated', async () => {
    const { store } = track(tempStore());
    const body = seedTexts()[1] ?? '';
    const first = makeRecord(body);
    expect((await store.addArticle(first)).status).toBe('imported');
    const respelled = body.replaceAll('إ', 'ا').replaceAll('ة', 'ه').replaceAll('،', ' ، ').replaceAll('\n', '\n\n');
    const again = await store.addArticle(makeRecord(respelled));
    expect(again).toEqual({ status: 'duplicate', id: first.id, duplicateOf: first.id });
    expect(await store.countArticles()).toBe(1);
  });

  it('lists with filters, sorting, paging and counts', async () => {
    const { store } = track(tempStore());
    const [s0, s1, s2, s3] = seedTexts();
    const a = makeRecord(s0 ?? '', { outlet: 'إرم نيوز', outletBasis: 'explicit', published: '2025-04-08', title: 'ب' });
    const b = makeRecord(s1 ?? '', { outlet: 'عنب بلدي', outletBasis: 'explicit', published: '2025-02', title: 'أ' });
    const c = makeRecord(s2 ?? '', { outlet: 'إرم نيوز', outletBasis: 'explicit', published: '2024', title: 'ج' });
    const d = makeRecord(s3 ?? '', { published: null });
    for (const r of [a, b, c, d]) await store.addArticle(r);
    const ids = async (q: Parameters<Store['listArticles']>[0]): Promise<string[]> => (await store.listArticles(q)).map((x) => x.id);
    expect(await ids({})).toEqual([d.id, c.id, b.id, a.id]);
    expect(await ids({ sort: 'imported-asc' })).toEqual([a.id, b.id, c.id, d.id]);
    expect(await ids({ sort: 'published-desc' })).toEqual([a.id, b.id, c.id, d.id]);
    expect(await ids({ sort: 'published-asc' })).toEqual([c.id, b.id, a.id, d.id]);
    expect(await ids({ sort: 'title' })).toEqual([b.id, a.id, c.id, d.id]);
    expect(await ids({ outlet: 'إرم نيوز', sort: 'imported-asc' })).toEqual([a.id, c.id]);
    // «2025-02» covers the whole of February, «2024» the whole year.
    expect(await ids({ from: '2025-02-15', to: '2025-03-01', sort: 'imported-asc' })).toEqual([b.id]);
    expect(await ids({ from: '2024-12-31', to: '2024-12-31' })).toEqual([c.id]);
    expect(await ids({ from: '2025-01-01', sort: 'imported-asc' })).toEqual([a.id, b.id]);
    expect(await ids({ sort: 'imported-asc', limit: 2, offset: 1 })).toEqual([b.id, c.id]);
    // Pages are slices of one order, whatever the sort: the page is chosen first, its columns read after.
    for (const sort of ArticleSort.options) {
      const pages: string[] = [];
      for (const offset of [0, 1, 2, 3]) pages.push(...(await ids({ sort, limit: 1, offset })));
      expect(pages).toEqual(await ids({ sort }));
    }
    expect(await ids({ sort: 'published-desc', outlet: 'إرم نيوز', limit: 1, offset: 1 })).toEqual([c.id]);
    expect(await store.countArticles({ outlet: 'إرم نيوز' })).toBe(2);
    expect(await store.countArticles({ from: '2025-01-01' })).toBe(2);
    const summary = (await store.listArticles({ limit: 1 }))[0];
    expect(summary).toBeDefined();
    expect(summary && 'body' in summary).toBe(false);
    expect(await store.counts()).toEqual({ articles: 4, nearDuplicates: 0, topics: 0, briefs: 0 });
  });

  it('deletes an article with its index entry and topic links', async () => {
    const { store } = track(tempStore());
    const r = makeRecord(seedTexts()[4] ?? '');
    await store.addArticle(r);
    const topic = await store.createTopic('سوريا');
    await store.assignArticles(topic.id, [r.id]);
    expect((await store.search('الشطري')).total).toBe(1);
    expect(await store.deleteArticle(r.id)).toBe(true);
    expect(await store.deleteArticle(r.id)).toBe(false);
    expect(await store.getArticle(r.id)).toBeNull();
    expect((await store.search('الشطري')).total).toBe(0);
    expect((await store.getTopic(topic.id))?.articles).toBe(0);
    // The text can come back afterwards as a new article.
    expect((await store.addArticle(r)).status).toBe('imported');
  });

  it('refuses a record with no words instead of storing an empty article', async () => {
    const { store } = track(tempStore());
    await expect(store.addArticle(makeRecord(' \n ... ', { file: 'empty.txt' }))).rejects.toThrow('empty.txt: no article text left after cleaning');
    expect(await store.countArticles()).toBe(0);
  });

  it('keeps data across close and reopen', async () => {
    const { store, file } = track(tempStore());
    const r = makeRecord(seedTexts()[2] ?? '');
    await store.addArticle(r);
    await store.close();
    const again = openWorkspace(file);
    open.push(again);
    expect((await again.getArticle(r.id))?.body).toBe(r.body);
  });
});
