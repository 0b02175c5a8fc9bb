import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../main/api/handlers/create-api.ts';
import { keptThreads, POOL_MIN_DOCUMENTS } from '../../../main/work-thread/clean-pool.ts';
import { createInProcessWork } from '../../../main/work-thread/in-process.ts';

// A host of the API whose work runs in process (the CLI, its `web` command's calls in a script): the cleaning pool's
// threads kept warm after an import end when the host closes the API, not KEEP_IDLE_MS later.

describe("the host's close", () => {
  it("ends the import's cleaning threads kept for a next batch", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-host-close-'));
    try {
      const files = Array.from({ length: POOL_MIN_DOCUMENTS + 5 }, (_, i) => {
        const file = path.join(dir, `note-${String(i)}.txt`);
        writeFileSync(file, `عنوان الخبر ${String(i)}\n\nقال المتحدث إن الاجتماع ${String(i)} انتهى باتفاق على موعد جديد للمحادثات في المدينة.`);
        return file;
      });
      const api = await createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), work: createInProcessWork(), checkModel: false, now: () => '2025-04-10T09:00:00.000Z' });
      const result = await api.call('articles:import', { paths: files });
      if (!result.ok) throw new Error(result.error.message);
      const kept = keptThreads();
      expect(kept.length).toBeGreaterThan(0);
      await api.close();
      expect(keptThreads()).toEqual([]);
      await Promise.all(kept.map((w) => (w.threadId === -1 ? undefined : once(w, 'exit'))));
      expect(kept.map((w) => w.threadId)).toEqual(kept.map(() => -1));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
