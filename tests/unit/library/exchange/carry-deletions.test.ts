import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExchange } from '../../../../main/library/exchange/run-exchange.ts';
import { openWorkspace } from '../../../../main/library/open-workspace.ts';
import { libraryIdentity } from '../../../../main/library/postgres/library-identity.ts';
import { openTeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import type { Store } from '../../../../main/library/store.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';
import { tempDir } from '../helpers.ts';
import { seedArticles } from '../postgres/corpus.ts';

// Deletions carried by `library copy` and `library send`, on a real server: applied when the other side left the
// item alone since the last exchange, a conflict when it changed it, never read into an item merely out of scope.

const NOW = new Date(Date.UTC(2025, 3, 10, 12));
const clock = (): Date => NOW;
const TOPIC = 'الحدود';

function exchange(direction: 'copy' | 'send', library: Store, workspace: Store, url: string, topics: string[] | null = null): ReturnType<typeof runExchange> {
  return runExchange({ direction, library, workspace, libraryId: libraryIdentity(url) ?? '', libraryName: 'library', topics });
}

describe('deletions carried by an exchange', () => {
  const cluster = useCluster();

  it('deletes on the other side what one side deleted since the copy, unless the other side changed it; lists each', async () => {
    const url = await cluster().createDatabase('deletions');
    const seeds = (await seedArticles()).slice(0, 5);
    const lib = await openTeamLibrary(url, { now: clock, analyst: 'amal' });
    for (const a of seeds) await lib.addArticle(a, NOW);
    const topic = await lib.createTopic(TOPIC);
    await lib.assignArticles(topic.id, seeds.slice(0, 4).map((a) => a.id));
    await lib.saveBrief({ id: 'b1', title: 'موجز أول', json: { topics: [TOPIC] } });
    await lib.saveBrief({ id: 'b2', title: 'موجز ثان', json: { topics: [TOPIC] } });
    const local = openWorkspace(path.join(tempDir(), 'laptop.mawjaz'), { now: clock });
    const first = await exchange('copy', lib, local, url);
    expect(first.counts.article.new).toBe(5);
    expect(first.deleted).toEqual([]);
    const [a0, a1, a2, a3, a4] = seeds.map((a) => a.id) as [string, string, string, string, string];

    // At the desk: one article and one brief deleted, untouched on the laptop; another deleted, corrected on the laptop.
    await lib.deleteArticle(a0);
    await lib.deleteBrief('b1');
    await lib.deleteArticle(a1);
    await local.correctMetadata(a1, { title: 'عنوان من الحاسوب' });
    const copied = await exchange('copy', lib, local, url, [TOPIC]);
    expect(copied.deleted).toEqual([
      { kind: 'article', key: a0, label: expect.any(String) as string },
      { kind: 'brief', key: 'b1', label: 'موجز أول' },
    ]);
    expect(copied.counts.article.deleted).toBe(1);
    expect(copied.counts.brief.deleted).toBe(1);
    expect(copied.conflicts).toEqual([expect.objectContaining({ kind: 'article', key: a1, outcome: expect.stringMatching(/^deleted in the library .*changed in this workspace since: kept in this workspace$/) as string })]);
    expect(await local.getArticle(a0)).toBeNull();
    expect(await local.getBrief('b1')).toBeNull();
    // Gone on both sides, so is where it came from; the conflicting a1 keeps its origin.
    const origins = async (): Promise<string[]> => (await local.origins?.list(libraryIdentity(url) ?? ''))?.map((o) => `${o.kind}:${o.remoteKey}`) ?? [];
    expect(await origins()).not.toContain(`article:${a0}`);
    expect(await origins()).not.toContain('brief:b1');
    expect(await origins()).toContain(`article:${a1}`);
    expect((await local.getArticle(a1))?.title).toBe('عنوان من الحاسوب');
    // Outside the topics copied, and still in the library: not taken for deleted.
    expect(await local.getArticle(a4)).not.toBeNull();

    // On the laptop: one article and one brief deleted, the brief changed at the desk meanwhile.
    await local.deleteArticle(a2);
    await local.deleteBrief('b2');
    await lib.saveBrief({ id: 'b2', title: 'موجز ثان', json: { topics: [TOPIC], summary: ['من المكتب'] }, baseVersion: 1 });
    const sent = await exchange('send', lib, local, url);
    expect(sent.deleted).toEqual([{ kind: 'article', key: a2, label: expect.any(String) as string }]);
    expect(sent.conflicts).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'brief', key: 'b2', outcome: expect.stringMatching(/^deleted in this workspace .*kept in the library$/) as string })]),
    );
    expect(await lib.getArticle(a2)).toBeNull();
    expect(await origins()).not.toContain(`article:${a2}`);
    expect(await origins()).toContain('brief:b2');
    expect(await lib.getBrief('b2')).toMatchObject({ version: 2 });
    expect(await lib.getArticle(a3)).not.toBeNull();
    // Sent again: nothing more to carry.
    const again = await exchange('send', lib, local, url);
    expect(again.deleted).toEqual([]);
    // Deleted on both sides by hand, between exchanges: the next exchange forgets its origin too.
    await lib.deleteArticle(a3);
    await local.deleteArticle(a3);
    expect(await origins()).toContain(`article:${a3}`);
    await exchange('send', lib, local, url);
    expect(await origins()).not.toContain(`article:${a3}`);
    await Promise.all([lib.close(), local.close()]);
  });
});
