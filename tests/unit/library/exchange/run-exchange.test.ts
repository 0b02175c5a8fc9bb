import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { runExchange, type ExchangeOptions } from '../../../../main/library/exchange/run-exchange.ts';
import { openWorkspace } from '../../../../main/library/open-workspace.ts';
import { libraryIdentity } from '../../../../main/library/postgres/library-identity.ts';
import { openTeamLibrary, type TeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import type { Store } from '../../../../main/library/store.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';
import { tempDir } from '../helpers.ts';
import { seedArticles } from '../postgres/corpus.ts';

// A copy from the team library into a workspace file and back, on a real server: what comes and goes, what
// conflicts, what a second send does, and what a server stopped in the middle leaves.

const NOW = new Date(Date.UTC(2025, 3, 10, 12));
const clock = (): Date => NOW;
const TOPIC = 'الحدود';

function exchange(direction: 'copy' | 'send', library: Store, workspace: Store, url: string, topics: string[] | null = null, batchSize?: number): ReturnType<typeof runExchange> {
  const options: ExchangeOptions = { direction, library, workspace, libraryId: libraryIdentity(url) ?? '', libraryName: 'library', topics, ...(batchSize === undefined ? {} : { batchSize }) };
  return runExchange(options);
}

/** A library with three of the seeds in a topic (one corrected, one with a line put back), desk-wide data and a brief. */
async function stockedLibrary(url: string, seeds: ArticleRecord[]): Promise<TeamLibrary> {
  const lib = await openTeamLibrary(url, { now: clock, analyst: 'amal' });
  for (const a of seeds) await lib.addArticle(a, NOW);
  const topic = await lib.createTopic(TOPIC, ['معبر']);
  await lib.assignArticles(topic.id, seeds.slice(0, 3).map((a) => a.id));
  await lib.createTopic('آخر');
  await lib.correctMetadata(seeds[0]!.id, { outlet: 'وكالة الأنباء', author: null });
  const withRemoved = seeds.slice(0, 3).find((a) => a.removed.length > 0);
  if (withRemoved !== undefined) await lib.setLineInStory(withRemoved.id, withRemoved.removed[0]!.line, true);
  await lib.addActorCorrection({ kind: 'rename', from: 'أبو محمد', to: 'محمد' });
  await lib.upsertGazetteerEntry({ name: 'روصو', type: 'place', aliases: ['روسو'] });
  await lib.gradeOutlet({ outlet: 'وكالة الأنباء', grade: 'B' });
  await lib.saveBrief({ id: 'brief-1', title: 'موجز الحدود', json: { topics: [TOPIC], summary: ['أ'] } });
  await lib.saveBrief({ id: 'brief-2', title: 'موجز آخر', json: { topics: ['آخر'] } });
  return lib;
}

describe('taking a copy of a team library and sending it back', () => {
  const cluster = useCluster();

  it('copies a topic with its articles, corrections and brief, sends back what was added and edited, and a second send changes nothing', async () => {
    const c = cluster();
    const url = await c.createDatabase('round_trip');
    const seeds = await seedArticles();
    const lib = await stockedLibrary(url, seeds.slice(0, 3));
    const local = openWorkspace(path.join(tempDir(), 'laptop.sqlite'), { now: clock });

    const copied = await exchange('copy', lib, local, url, [TOPIC]);
    expect(copied.counts.article).toMatchObject({ new: 3, conflicts: 0, skipped: 0 });
    expect(copied.counts.topic.new).toBe(1);
    expect(copied.counts.brief.new).toBe(1);
    expect(copied.counts['actor-correction'].new + copied.counts.gazetteer.new + copied.counts['outlet-grade'].new).toBe(3);
    expect(copied.membershipsAdded).toBe(3);
    expect(copied.skipped).toEqual([]);
    const copies = await Promise.all(seeds.slice(0, 3).map((a) => local.articleCopy(a.id)));
    for (const [i, a] of seeds.slice(0, 3).entries()) expect(copies[i]).toEqual(await lib.articleCopy(a.id));
    // The line put back came with its article, as a correction (the record as imported is the library's).
    expect(copies.filter((x) => Object.keys(x?.lines ?? {}).length > 0)).toHaveLength(1);
    expect((await local.getArticle(seeds[0]!.id))?.outlet).toBe('وكالة الأنباء');
    expect(await local.listBriefs()).toHaveLength(1);

    // Offline: two new articles into the topic, a correction, a new outlet grade, the brief edited.
    await local.addArticle(seeds[3]!, NOW);
    await local.addArticle(seeds[4]!, NOW);
    const topic = await local.findTopic(TOPIC);
    await local.assignArticles(topic!.id, [seeds[3]!.id, seeds[4]!.id]);
    await local.correctMetadata(seeds[1]!.id, { title: 'عنوان مصحح' });
    await local.gradeOutlet({ outlet: 'صحيفة محلية', grade: 'C' });
    await local.saveBrief({ id: 'brief-1', title: 'موجز الحدود', json: { topics: [TOPIC], summary: ['أ', 'ب'] } });

    const sent = await exchange('send', lib, local, url);
    expect(sent.counts.article).toMatchObject({ new: 2, updated: 1, alreadyThere: 2, conflicts: 0 });
    expect(sent.counts.brief).toMatchObject({ updated: 1, conflicts: 0 });
    expect(sent.counts['outlet-grade']).toMatchObject({ new: 1, alreadyThere: 1 });
    expect(sent.membershipsAdded).toBe(2);
    expect(sent.conflicts).toEqual([]);
    expect((await lib.counts()).articles).toBe(5);
    expect((await lib.getArticle(seeds[1]!.id))?.title).toBe('عنوان مصحح');
    expect((await lib.findTopic(TOPIC))?.articles).toBe(5);
    expect(await lib.getBrief('brief-1')).toMatchObject({ version: 2, json: { summary: ['أ', 'ب'] } });

    const again = await exchange('send', lib, local, url);
    for (const counts of Object.values(again.counts)) expect(counts).toMatchObject({ new: 0, updated: 0, conflicts: 0, skipped: 0 });
    expect(again.membershipsAdded).toBe(0);
    expect(await lib.getBrief('brief-1')).toMatchObject({ version: 2 });
    expect((await lib.briefChanges('brief-1')).map((x) => x.kind)).toEqual(['save', 'save']);

    // Back at the desk a colleague corrects an article the laptop has not touched: copying again brings it over.
    await lib.correctMetadata(seeds[2]!.id, { author: 'مراسل' });
    const refreshed = await exchange('copy', lib, local, url, [TOPIC]);
    expect(refreshed.counts.article).toMatchObject({ updated: 1, alreadyThere: 4, conflicts: 0 });
    expect(refreshed.counts.brief).toMatchObject({ alreadyThere: 1, conflicts: 0 });
    expect((await local.getArticle(seeds[2]!.id))?.author).toBe('مراسل');
    expect((await local.getArticle(seeds[1]!.id))?.title).toBe('عنوان مصحح');
    await Promise.all([lib.close(), local.close()]);
  });

  it('refuses a brief the library changed meanwhile, keeps both versions there, lists it, and does not send it twice', async () => {
    const c = cluster();
    const url = await c.createDatabase('conflict');
    const seeds = await seedArticles();
    const lib = await stockedLibrary(url, seeds.slice(0, 3));
    const local = openWorkspace(path.join(tempDir(), 'laptop.sqlite'), { now: clock });
    await exchange('copy', lib, local, url, [TOPIC]);

    const colleague = await openTeamLibrary(url, { now: clock, analyst: 'basma' });
    await colleague.saveBrief({ id: 'brief-1', title: 'موجز الحدود', json: { topics: [TOPIC], summary: ['من زميلة'] }, baseVersion: 1 });
    await local.saveBrief({ id: 'brief-1', title: 'موجز الحدود', json: { topics: [TOPIC], summary: ['من الحاسوب'] } });

    const sent = await exchange('send', lib, local, url);
    expect(sent.counts.brief.conflicts).toBe(1);
    expect(sent.conflicts).toEqual([expect.objectContaining({ kind: 'brief', key: 'brief-1', libraryVersion: 2, baseVersion: 1 })]);
    expect(await lib.getBrief('brief-1')).toMatchObject({ version: 2, json: { summary: ['من زميلة'] } });
    const versions = await lib.briefVersions!.versionsOf('brief-1');
    expect(versions?.refused).toHaveLength(1);
    expect((await lib.briefVersions!.refusedDraft('brief-1', versions!.refused[0]!.id))?.json).toEqual({ topics: [TOPIC], summary: ['من الحاسوب'] });
    expect((await local.getBrief('brief-1'))?.json).toEqual({ topics: [TOPIC], summary: ['من الحاسوب'] });

    const again = await exchange('send', lib, local, url);
    expect(again.conflicts).toEqual([expect.objectContaining({ key: 'brief-1', outcome: expect.stringMatching(/not sent again/) })]);
    expect((await lib.briefVersions!.versionsOf('brief-1'))?.refused).toHaveLength(1);

    // Copying again keeps the local edit and lists the library's newer version as a conflict; nothing is overwritten.
    const recopy = await exchange('copy', lib, local, url, [TOPIC]);
    expect(recopy.conflicts).toEqual([expect.objectContaining({ kind: 'brief', key: 'brief-1' })]);
    expect((await local.getBrief('brief-1'))?.json).toEqual({ topics: [TOPIC], summary: ['من الحاسوب'] });
    await Promise.all([lib.close(), colleague.close(), local.close()]);
  });

  it('leaves the library as it was when the server stops in the middle of a send, and the retry sends everything', async () => {
    const c = cluster();
    const url = await c.createDatabase('stopped');
    const seeds = await seedArticles();
    const lib = await stockedLibrary(url, seeds.slice(0, 1));
    const local = openWorkspace(path.join(tempDir(), 'laptop.sqlite'), { now: clock });
    await exchange('copy', lib, local, url);
    for (const a of seeds.slice(1)) await local.addArticle(a, NOW);
    let added = 0;
    const dying: Store = {
      ...lib,
      addArticle: async (a, at) => {
        added += 1;
        if (added === 3) c.kill();
        return lib.addArticle(a, at);
      },
    };
    await expect(exchange('send', dying, local, url)).rejects.toThrow(/^The team library at .* cannot be used: /);
    c.start();
    expect((await lib.counts()).articles).toBe(1);
    const retry = await exchange('send', lib, local, url);
    expect(retry.counts.article).toMatchObject({ new: 4, alreadyThere: 1 });
    expect((await lib.counts()).articles).toBe(5);
    await Promise.all([lib.close(), local.close()]);
  });

  it('sends articles in batches, each all or nothing: a server stopped in the third keeps the first two, says so, and the retry sends the rest', async () => {
    const c = cluster();
    const url = await c.createDatabase('batches');
    const seeds = await seedArticles();
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    const lib = await openTeamLibrary(url, { now: clock });
    const local = openWorkspace(path.join(tempDir(), 'laptop.sqlite'), { now: clock });
    for (const a of seeds) await local.addArticle(a, NOW);
    // The library's transactions (one per batch of two, and one for the rest) and its article writes, counted.
    let transactions = 0;
    let added = 0;
    const counting = (dieAt: number | null): Store => ({
      ...lib,
      transaction: (fn) => {
        transactions += 1;
        return lib.transaction(fn);
      },
      addArticle: async (a, at) => {
        added += 1;
        if (added === dieAt) c.kill();
        return lib.addArticle(a, at);
      },
    });
    const total = seeds.length;
    await expect(exchange('send', counting(5), local, url, null, 2)).rejects.toThrow(
      new RegExp(`^The team library at .* cannot be used: .*\\(4 of ${String(total)} articles were sent before it stopped, in batches that stay; running it again finds them there and brings the rest\\)$`),
    );
    c.start();
    expect((await lib.counts()).articles).toBe(4);
    transactions = 0;
    const retry = await exchange('send', counting(null), local, url, null, 2);
    expect(retry.counts.article).toMatchObject({ new: total - 4, alreadyThere: 4 });
    expect((await lib.counts()).articles).toBe(total);
    // Several round trips: a transaction per batch of two, and the last for topics, briefs and deletions.
    expect(transactions).toBeGreaterThanOrEqual(Math.ceil(total / 2) + 1);
    // A copy back in batches of two finds every article there, and records where each came from.
    const copied = await exchange('copy', lib, local, url, null, 2);
    expect(copied.counts.article).toMatchObject({ new: 0, alreadyThere: total });
    expect((await local.origins?.list(libraryIdentity(url) ?? ''))?.filter((x) => x.kind === 'article')).toHaveLength(total);
    await Promise.all([lib.close(), local.close()]);
  });

  it('names a damaged article of the workspace in the report and sends the rest', async () => {
    const c = cluster();
    const url = await c.createDatabase('damaged');
    const seeds = await seedArticles();
    const lib = await openTeamLibrary(url, { now: clock });
    const file = path.join(tempDir(), 'laptop.sqlite');
    const local = openWorkspace(file, { now: clock });
    for (const a of seeds.slice(0, 3)) await local.addArticle(a, NOW);
    const raw = new Database(file);
    raw.prepare('UPDATE articles SET removed = ? WHERE id = ?').run('[{"line":"one"}]', seeds[1]!.id);
    raw.close();
    const sent = await exchange('send', lib, local, url);
    expect(sent.counts.article).toMatchObject({ new: 2, skipped: 1 });
    expect(sent.skipped).toEqual([expect.objectContaining({ kind: 'article', key: seeds[1]!.id, reason: expect.stringMatching(/^could not be read: /) })]);
    expect((await lib.counts()).articles).toBe(2);
    await Promise.all([lib.close(), local.close()]);
  });
});
