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
    await api.ready;
    expect(warmed()).toBe(1);
    await api.close();
  });

  it('with warmWork: false, only when asked (warmWork or ready), and once', async () => {
    const { work, warmed } = countedWork();
    const api = await open(work, false);
    // A search answers without the thread.
    expect((await api.call('articles:search', { query: 'الحشد' })).ok).toBe(true);
    expect(warmed()).toBe(0);
    await api.warmWork();
    await api.warmWork();
    await api.ready;
    expect(warmed()).toBe(1);
    await api.close();
  });
});
