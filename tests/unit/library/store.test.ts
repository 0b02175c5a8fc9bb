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
afterEach(() => {
  for (const s of open) {
    try {
      s.close();
    } catch {
      // already closed by the test
    }
  }
  open = [];
});

describe('openWorkspace', () => {
  it('creates the file and its folder, in WAL mode with foreign keys on', () => {
    const dir = tempDir();
    const file = path.join(dir, 'nested', 'deeper', 'w.mawjaz');
    const store = openWorkspace(file);
    open.push(store);
    expect(fs.existsSync(file)).toBe(true);
    expect(store.schemaVersion).toBe(migrations.at(-1)?.version);
    store.close();
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
  it('stores a record and reads it back unchanged, with bookkeeping', () => {
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
    const result = store.addArticle(record, new Date('2025-04-09T10:00:00Z'));
    expect(result).toEqual({ status: 'imported', id: record.id });
    const got = store.getArticle(record.id);
    expect(got).toMatchObject(record);
    expect(got?.importedAt).toBe('2025-04-09T10:00:00.000Z');
    expect(got?.corrected).toEqual([]);
    expect(got?.nearDuplicateOf).toBeNull();
    expect(got?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(store.getArticle('missing')).toBeNull();
  });

  it('stores the same text once and reports the duplicate, even respelled and repunctuated', () => {
    const { store } = track(tempStore());
    const body = seedTexts()[1] ?? '';
    const first = makeRecord(body);
    expect(store.addArticle(first).status).toBe('imported');
    const respelled = body.replaceAll('إ', 'ا').replaceAll('ة', 'ه').replaceAll('،', ' ، ').replaceAll('\n', '\n\n');
    const again = store.addArticle(makeRecord(respelled));
    expect(again).toEqual({ status: 'duplicate', id: first.id, duplicateOf: first.id });
    expect(store.countArticles()).toBe(1);
  });

  it('lists with filters, sorting, paging and counts', () => {
    const { store } = track(tempStore());
    const [s0, s1, s2, s3] = seedTexts();
    const a = makeRecord(s0 ?? '', { outlet: 'إرم نيوز', outletBasis: 'explicit', published: '2025-04-08', title: 'ب' });
    const b = makeRecord(s1 ?? '', { outlet: 'عنب بلدي', outletBasis: 'explicit', published: '2025-02', title: 'أ' });
    const c = makeRecord(s2 ?? '', { outlet: 'إرم نيوز', outletBasis: 'explicit', published: '2024', title: 'ج' });
    const d = makeRecord(s3 ?? '', { published: null });
    for (const r of [a, b, c, d]) store.addArticle(r);
    const ids = (q: Parameters<Store['listArticles']>[0]): string[] => store.listArticles(q).map((x) => x.id);
    expect(ids({})).toEqual([d.id, c.id, b.id, a.id]);
    expect(ids({ sort: 'imported-asc' })).toEqual([a.id, b.id, c.id, d.id]);
    expect(ids({ sort: 'published-desc' })).toEqual([a.id, b.id, c.id, d.id]);
    expect(ids({ sort: 'published-asc' })).toEqual([c.id, b.id, a.id, d.id]);
    expect(ids({ sort: 'title' })).toEqual([b.id, a.id, c.id, d.id]);
    expect(ids({ outlet: 'إرم نيوز', sort: 'imported-asc' })).toEqual([a.id, c.id]);
    // «2025-02» covers the whole of February, «2024» the whole year.
    expect(ids({ from: '2025-02-15', to: '2025-03-01', sort: 'imported-asc' })).toEqual([b.id]);
    expect(ids({ from: '2024-12-31', to: '2024-12-31' })).toEqual([c.id]);
    expect(ids({ from: '2025-01-01', sort: 'imported-asc' })).toEqual([a.id, b.id]);
    expect(ids({ sort: 'imported-asc', limit: 2, offset: 1 })).toEqual([b.id, c.id]);
    // Pages are slices of one order, whatever the sort: the page is chosen first, its columns read after.
    for (const sort of ArticleSort.options) expect([0, 1, 2, 3].flatMap((offset) => ids({ sort, limit: 1, offset }))).toEqual(ids({ sort }));
    expect(ids({ sort: 'published-desc', outlet: 'إرم نيوز', limit: 1, offset: 1 })).toEqual([c.id]);
    expect(store.countArticles({ outlet: 'إرم نيوز' })).toBe(2);
    expect(store.countArticles({ from: '2025-01-01' })).toBe(2);
    const summary = store.listArticles({ limit: 1 })[0];
    expect(summary).toBeDefined();
    expect(summary && 'body' in summary).toBe(false);
    expect(store.counts()).toEqual({ articles: 4, nearDuplicates: 0, topics: 0, briefs: 0 });
  });

  it('deletes an article with its index entry and topic links', () => {
    const { store } = track(tempStore());
    const r = makeRecord(seedTexts()[4] ?? '');
    store.addArticle(r);
    const topic = store.createTopic('سوريا');
    store.assignArticles(topic.id, [r.id]);
    expect(store.search('الشطري').total).toBe(1);
    expect(store.deleteArticle(r.id)).toBe(true);
    expect(store.deleteArticle(r.id)).toBe(false);
    expect(store.getArticle(r.id)).toBeNull();
    expect(store.search('الشطري').total).toBe(0);
    expect(store.getTopic(topic.id)?.articles).toBe(0);
    // The text can come back afterwards as a new article.
    expect(store.addArticle(r).status).toBe('imported');
  });

  it('refuses a record with no words instead of storing an empty article', () => {
    const { store } = track(tempStore());
    expect(() => store.addArticle(makeRecord(' \n ... ', { file: 'empty.txt' }))).toThrow('empty.txt: no article text left after cleaning');
    expect(store.countArticles()).toBe(0);
  });

  it('keeps data across close and reopen', () => {
    const { store, file } = track(tempStore());
    const r = makeRecord(seedTexts()[2] ?? '');
    store.addArticle(r);
    store.close();
    const again = openWorkspace(file);
    open.push(again);
    expect(again.getArticle(r.id)?.body).toBe(r.body);
  });
});
