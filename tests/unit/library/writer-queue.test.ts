import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../main/library/open-workspace.ts';
import type { Store } from '../../../main/library/store.ts';
import { tempStore } from './helpers.ts';

/** A promise and the function that settles it: the test decides when a transaction may go on. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const names = async (store: Store): Promise<string[]> => (await store.listTopics()).map((t) => t.name).sort();

describe('the SQLite store under concurrent callers (writer-queue.ts)', () => {
  it('keeps another caller out of an open transaction: its write waits for the commit and survives a rollback', async () => {
    const { store } = tempStore();
    const inside = gate();
    const release = gate();
    const batch = store.transaction(async () => {
      await store.createTopic('دفعة');
      inside.open();
      await release.opened;
      throw new Error('the batch fails');
    });
    await inside.opened;
    // Asked while the batch is open: it neither joins the batch nor sees its uncommitted topic.
    const other = store.createTopic('مستقل');
    const read = names(store);
    release.open();
    await expect(batch).rejects.toThrow('the batch fails');
    expect((await other).name).toBe('مستقل');
    expect(await read).toEqual(['مستقل']);
    expect(await names(store)).toEqual(['مستقل']);
    await store.close();
  });

  it('runs two transactions asked for at once one after the other, in the order asked', async () => {
    const { store } = tempStore();
    const order: string[] = [];
    const first = gate();
    const a = store.transaction(async () => {
      order.push('a begins');
      await first.opened;
      await store.createTopic('أ');
      order.push('a ends');
    });
    const b = store.transaction(async () => {
      order.push('b begins');
      await store.createTopic('ب');
      order.push('b ends');
    });
    first.open();
    await Promise.all([a, b]);
    expect(order).toEqual(['a begins', 'a ends', 'b begins', 'b ends']);
    expect(await names(store)).toEqual(['أ', 'ب']);
    await store.close();
  });

  it('makes a nested transaction a savepoint: its failure undoes its own writes only', async () => {
    const { store } = tempStore();
    await store.transaction(async () => {
      await store.createTopic('خارجي');
      await expect(
        store.transaction(async () => {
          await store.createTopic('داخلي');
          throw new Error('inner fails');
        }),
      ).rejects.toThrow('inner fails');
      await store.transaction(async () => {
        await store.createTopic('داخلي ثان');
      });
    });
    expect(await names(store)).toEqual(['خارجي', 'داخلي ثان'].sort());
    await store.close();
  });

  it('keeps two stores of one file in one process apart: the second waits instead of failing busy', async () => {
    const { store, file } = tempStore();
    const second = openWorkspace(path.resolve(file));
    const inside = gate();
    const release = gate();
    const batch = store.transaction(async () => {
      await store.createTopic('من الأول');
      inside.open();
      await release.opened;
    });
    await inside.opened;
    const write = second.createTopic('من الثاني');
    release.open();
    await batch;
    await write;
    expect(await names(second)).toEqual(['من الأول', 'من الثاني'].sort());
    await second.close();
    await store.close();
  });

  it('refuses a call made after its transaction ended (a missing await), rather than run it outside', async () => {
    const { store } = tempStore();
    let late: Promise<unknown> = Promise.resolve();
    const outlived = gate();
    await store.transaction(async () => {
      await store.createTopic('في الوقت');
      late = outlived.opened.then(() => store.createTopic('متأخر'));
    });
    outlived.open();
    await expect(late).rejects.toThrow('a store call was made after the transaction it belongs to had ended');
    expect(await names(store)).toEqual(['في الوقت']);
    await store.close();
  });

  it('closes only once the transaction under way has committed', async () => {
    const { store, file } = tempStore();
    const inside = gate();
    const release = gate();
    const batch = store.transaction(async () => {
      inside.open();
      await release.opened;
      await store.createTopic('قبل الإغلاق');
    });
    await inside.opened;
    const closing = store.close();
    release.open();
    await Promise.all([batch, closing]);
    const again = openWorkspace(file);
    expect(await names(again)).toEqual(['قبل الإغلاق']);
    await again.close();
  });
});
