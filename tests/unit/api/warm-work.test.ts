import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../main/api/handlers/create-api.ts';
import { createInProcessWork } from '../../../main/work-thread/in-process.ts';
import type { WorkThread } from '../../../main/work-thread/work-thread.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-warm-work-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** In-process work whose warm() calls are counted: what createApi asks of the thread, seen from outside. */
function countedWork(): { work: WorkThread; warmed: () => number } {
  const inner = createInProcessWork();
  let calls = 0;
  const work: WorkThread = {
    ...inner,
    warm: () => {
      calls++;
      return inner.warm();
    },
  };
  return { work, warmed: () => calls };
}

function open(work: WorkThread, warmWork?: boolean) {
  return createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), work, checkModel: false, ...(warmWork === undefined ? {} : { warmWork }) });
}

describe('createApi: when the work thread loads', () => {
  it('at once by default', async () => {
    const { work, warmed } = countedWork();
    const api = await open(work);
    expect(warmed()).toBe(1);
    await api.warmWork();
    expect(warmed()).toBe(1);
    await api.close();
  });

  it('with warmWork: false, only when asked, and once', async () => {
    const { work, warmed } = countedWork();
    const api = await open(work, false);
    // A search answers without the thread.
    expect((await api.call('articles:search', { query: 'الحشد' })).ok).toBe(true);
    expect(warmed()).toBe(0);
    await api.warmWork();
    await api.warmWork();
    expect(warmed()).toBe(1);
    await api.close();
  });

  it('a thread that cannot be started (warm() throws, as a Worker not created does) is a rejection, never a throw', async () => {
    const inner = createInProcessWork();
    const broken: WorkThread = {
      ...inner,
      warm: () => {
        throw new Error('no worker');
      },
    };
    // Loading at once: the API is still created, the failure left to the first work call.
    const eager = await open(broken);
    await expect(eager.warmWork()).rejects.toThrow('no worker');
    await eager.close();
    const later = await open(broken, false);
    // What the web host does when the page loads: a rejection it can catch, not an exception out of the call.
    let thrown: unknown = null;
    let answer: Promise<void> | null = null;
    try {
      answer = later.warmWork();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeNull();
    await expect(answer).rejects.toThrow('no worker');
    await later.close();
  });
});
