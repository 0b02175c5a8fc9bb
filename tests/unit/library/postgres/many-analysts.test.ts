import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { openTeamLibrary, type TeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import { TopicError } from '../../../../main/library/topics.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';
import { formatArticles, seedArticles } from './corpus.ts';

// Two analysts on one team library, each with their own store (their own pool of connections), working at once.

describe('two analysts on one team library at once', () => {
  const cluster = useCluster();

  async function pair(database: string): Promise<[TeamLibrary, TeamLibrary]> {
    const url = await cluster().createDatabase(database);
    // Opened at once on an empty database: the migration runs once, under its lock.
    return Promise.all([openTeamLibrary(url, { analyst: 'amina' }), openTeamLibrary(url, { analyst: 'omar' })]);
  }

  async function corpus(): Promise<ArticleRecord[]> {
    return [...(await seedArticles()), ...(await formatArticles()).slice(0, 40)];
  }

  it('stores an article imported by both at once only once, batches in the same or the opposite order', async () => {
    const [a, b] = await pair('imports');
    const articles = await corpus();
    const batch = (s: TeamLibrary, list: readonly ArticleRecord[]) =>
      s.transaction(async () => {
        const out = [];
        for (const x of list) out.push(await s.addArticle(x));
        return out;
      });
    const [ra, rb] = await Promise.all([batch(a, articles), batch(b, articles)]);
    const unique = (await a.counts()).articles;
    expect(unique).toBeGreaterThan(40);
    // Each article was stored by one of them; the other was told it is a duplicate of the stored one.
    const stored = [...ra, ...rb].filter((r) => r.status !== 'duplicate').map((r) => r.id);
    expect(new Set(stored).size).toBe(stored.length);
    expect(stored.length).toBe(unique);
    // Opposite orders: imports take turns, so neither batch deadlocks on the other's rows, and each article is
    // compared with the other batch's for near-duplicates as in a local workspace.
    const more = (await formatArticles()).slice(40, 80);
    const [ma, mb] = await Promise.all([batch(a, more), batch(b, [...more].reverse())]);
    const added = [...ma, ...mb].filter((r) => r.status !== 'duplicate').map((r) => r.id);
    expect(new Set(added).size).toBe(added.length);
    expect((await b.counts()).articles).toBe(unique + added.length);
    expect(added.length).toBeGreaterThan(30);
    await Promise.all([a.close(), b.close()]);
  });

  it('never loses either edit of a brief: a save from an old version is refused, both versions kept, every change recorded', async () => {
    const [a, b] = await pair('briefs');
    const first = await a.saveBrief({ id: 'desk', title: 'موجز الصباح', json: { points: ['أ'] } });
    expect(first.version).toBe(1);
    const seen = await b.getBrief('desk');
    expect(seen?.version).toBe(1);
    // Both edit version 1 and save at once: one save wins, the other is refused with both versions.
    const [sa, sb] = await Promise.all([
      a.saveBrief({ id: 'desk', title: 'موجز الصباح', json: { points: ['أ', 'ب'] }, baseVersion: 1 }),
      b.saveBrief({ id: 'desk', title: 'موجز الظهر', json: { points: ['أ', 'ج'] }, baseVersion: 1 }),
    ]);
    const [won, lost] = sa.conflict === undefined ? [sa, sb] : [sb, sa];
    expect(won.conflict).toBeUndefined();
    expect(won.version).toBe(2);
    expect(lost.conflict).toEqual({ baseVersion: 1, currentVersion: 2, refused: expect.objectContaining({ json: expect.anything() }) as unknown });
    // The refused save returns the library's version as the brief, and its own draft beside it.
    expect(lost.json).toEqual(won.json);
    expect(lost.conflict?.refused.json).not.toEqual(won.json);
    expect((await a.getBrief('desk'))?.json).toEqual(won.json);
    // The analyst who lost merges and saves against the version they were shown: accepted.
    const merged = await (won === sa ? b : a).saveBrief({ id: 'desk', title: 'موجز الصباح', json: { points: ['أ', 'ب', 'ج'] }, baseVersion: lost.version });
    expect(merged.conflict).toBeUndefined();
    expect(merged.version).toBe(3);
    expect(merged.history.undo).toBe(2);
    // A save without a version (a client that does not know of versions) is taken as before.
    expect((await a.saveBrief({ id: 'desk', title: 'موجز الصباح', json: { points: ['د'] } })).version).toBe(4);
    await b.stepBrief('desk', 'undo');
    await a.deleteBrief('desk');
    await b.restoreBrief('desk');
    const changes = await a.briefChanges('desk');
    const winner = won === sa ? 'amina' : 'omar';
    const loser = won === sa ? 'omar' : 'amina';
    expect(changes.map((c) => [c.kind, c.version, c.changedBy])).toEqual([
      ['save', 1, 'amina'],
      ['save', 2, winner],
      ['refused', 2, loser],
      ['save', 3, loser],
      ['save', 4, 'amina'],
      ['undo', 5, 'omar'],
      ['delete', 5, 'amina'],
      ['restore', 5, 'omar'],
    ]);
    expect((await b.getBrief('desk'))?.json).toEqual({ points: ['أ', 'ب', 'ج'] });
    await Promise.all([a.close(), b.close()]);
  });

  it('adds up two corrections of one article made at once, and lets one of two equal topic names through', async () => {
    const [a, b] = await pair('edits');
    const [seed] = await seedArticles();
    if (seed === undefined) throw new Error('no seed');
    await a.addArticle(seed);
    await Promise.all([a.correctMetadata(seed.id, { title: 'عنوان من أمينة' }), b.correctMetadata(seed.id, { outlet: 'وكالة عمر' })]);
    const article = await b.getArticle(seed.id);
    expect([article?.title, article?.outlet, article?.corrected]).toEqual(['عنوان من أمينة', 'وكالة عمر', expect.arrayContaining(['title', 'outlet']) as unknown]);
    const created = await Promise.allSettled([a.createTopic('أمن الخليج'), b.createTopic('امن الخليج')]);
    expect(created.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = created.find((r) => r.status === 'rejected');
    expect(refused?.status === 'rejected' ? refused.reason : null).toBeInstanceOf(TopicError);
    expect(await a.listTopics()).toHaveLength(1);
    await Promise.all([a.close(), b.close()]);
  });
});
