import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../../main/api/handlers/create-api.ts';
import { briefDocumentHandlers } from '../../../../main/api/handlers/brief-documents.ts';
import type { ApiContext } from '../../../../main/api/handler.ts';
import { openStore } from '../../../../main/library/open/open-store.ts';
import type { Store } from '../../../../main/library/store.ts';
import { Brief } from '../../../../main/model/brief.ts';
import { createInProcessWork } from '../../../../main/work-thread/in-process.ts';
import { callOk } from '../../../helpers/api-ok.ts';
import { freshLibrary, useCluster } from '../../../helpers/pg-suite.ts';
import { tempDir } from '../../library/helpers.ts';

// Two analysts on one team library (a real, throwaway server), each with an API of their own: a save made from an
// older version is refused with both kept, and the API shows the brief's versions (who, when), opens an older one
// and keeps a refused draft as a brief of its own. A workspace file answers that it keeps no versions.

const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLE = Brief.parse(JSON.parse(readFileSync(path.join(here, '..', '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')));

const apis: AppApi[] = [];
afterEach(async () => {
  await Promise.all(apis.splice(0).map((a) => a.close()));
  delete process.env['MAWJAZ_LIBRARY_PASSWORD'];
});

async function apiOn(workspace: string, at: string): Promise<AppApi> {
  const api = await createApi({ workspace, exportsDir: path.join(tempDir(), 'exports'), work: createInProcessWork(), checkModel: false, now: () => at });
  apis.push(api);
  return api;
}

describe('brief versions on a team library', () => {
  const cluster = useCluster();

  it('refuses a save from an older version, keeps both, lists who and when, opens the older one, keeps both as briefs', async () => {
    const location = await freshLibrary(cluster, 'versions');
    const ana = await apiOn(location, '2026-12-04T09:00:00.000Z');
    const bo = await apiOn(location, '2026-12-04T10:00:00.000Z');

    const first = await callOk(ana, 'brief:save', { id: 'desk', brief: SAMPLE });
    expect(first.version).toBe(1);
    // Both open version 1.
    expect((await callOk(bo, 'brief:get', { id: 'desk' })).version).toBe(1);
    const anaEdit = { ...SAMPLE, title: 'نسخة أنا' };
    const boEdit = { ...SAMPLE, title: 'نسخة بو' };
    expect(await callOk(ana, 'brief:save', { id: 'desk', brief: anaEdit, baseVersion: 1 })).toMatchObject({ version: 2 });
    expect(await callOk(bo, 'brief:save', { id: 'desk', brief: boEdit, baseVersion: 1 })).toMatchObject({ version: 2, conflict: { baseVersion: 1, currentVersion: 2 } });
    // The library keeps the first save that reached it; the refused one is kept beside it.
    expect((await callOk(bo, 'brief:get', { id: 'desk' })).brief.title).toBe('نسخة أنا');

    const versions = await callOk(bo, 'brief:versions', { id: 'desk' });
    expect(versions).toMatchObject({ team: true, version: 2 });
    expect(versions.changes.map((c) => [c.version, c.kind, c.title, c.changedAt, c.openable])).toEqual([
      [1, 'save', SAMPLE.title, '2026-12-04T09:00:00.000Z', true],
      [2, 'save', 'نسخة أنا', '2026-12-04T09:00:00.000Z', true],
      [2, 'refused', 'نسخة بو', '2026-12-04T10:00:00.000Z', false],
    ]);
    expect(versions.changes.every((c) => c.changedBy === 'mawjaz')).toBe(true);
    expect(versions.refused).toEqual([
      { id: expect.any(Number) as number, baseVersion: 1, currentVersion: 2, title: 'نسخة بو', refusedBy: 'mawjaz', refusedAt: '2026-12-04T10:00:00.000Z', keptAs: null },
    ]);

    // The older version opens as it was saved.
    expect((await callOk(ana, 'brief:version', { id: 'desk', version: 1 })).brief).toEqual(SAMPLE);
    const missing = await ana.call('brief:version', { id: 'desk', version: 9 });
    expect(missing.ok ? null : missing.error.code).toBe('not-found');

    // Keep both: the refused draft becomes a brief of its own; asked by both analysts at once, or again, the same one.
    const refusedId = versions.refused[0]?.id ?? 0;
    const [kept, atOnce] = await Promise.all([callOk(bo, 'brief:keepBoth', { id: 'desk', refused: refusedId }), callOk(ana, 'brief:keepBoth', { id: 'desk', refused: refusedId })]);
    expect(atOnce).toEqual(kept);
    expect(kept.title).toBe('نسخة بو');
    expect((await callOk(ana, 'brief:get', { id: kept.id })).brief).toEqual(boEdit);
    expect(await callOk(ana, 'brief:keepBoth', { id: 'desk', refused: refusedId })).toEqual(kept);
    expect((await callOk(ana, 'brief:versions', { id: 'desk' })).refused[0]?.keptAs).toBe(kept.id);
    expect((await callOk(ana, 'brief:list', {})).briefs.map((b) => b.title).sort()).toEqual(['نسخة أنا', 'نسخة بو']);
  });
});

describe('an undo on a team library', () => {
  const cluster = useCluster();

  it('answers the version it made, not one another analyst saved meanwhile, so the next save from it is refused and kept', async () => {
    const location = await freshLibrary(cluster, 'undo_race');
    const ana = await apiOn(location, '2026-12-04T09:00:00.000Z');
    await callOk(ana, 'brief:save', { id: 'desk', brief: SAMPLE });
    await callOk(ana, 'brief:save', { id: 'desk', brief: { ...SAMPLE, title: 'ثانية' }, baseVersion: 1 });
    // Bo's undo; Ana's save lands right after the step is written and before the answer is made.
    const library = await openStore(location, { now: () => new Date('2026-12-04T10:00:00.000Z') });
    try {
      const racing: Store = {
        ...library,
        stepBrief: async (id, direction) => {
          const stepped = await library.stepBrief(id, direction);
          await callOk(ana, 'brief:save', { id: 'desk', brief: { ...SAMPLE, title: 'نسخة أنا' }, baseVersion: 3 });
          return stepped;
        },
      };
      const undone = await briefDocumentHandlers['brief:undo']({ id: 'desk' }, { store: racing } as unknown as ApiContext);
      expect(undone).toMatchObject({ version: 3, brief: { title: SAMPLE.title } });
      // Bo goes on from what the undo showed: refused (Ana's save is newer), not written over Ana's.
      const next = await library.saveBrief({ id: 'desk', title: 'نسخة بو', json: { ...SAMPLE, title: 'نسخة بو' }, baseVersion: undone.version ?? 0 });
      expect(next.conflict).toMatchObject({ baseVersion: 3, currentVersion: 4 });
      expect((await callOk(ana, 'brief:get', { id: 'desk' })).brief.title).toBe('نسخة أنا');
    } finally {
      await library.close();
    }
  });
});

describe('undo, redo and rename from an older version on a team library', () => {
  const cluster = useCluster();

  it('refuses an undo, a redo and a rename from an older version: the newer save stays, the renamed draft is kept beside it', async () => {
    const location = await freshLibrary(cluster, 'stale_steps');
    const ana = await apiOn(location, '2026-12-04T09:00:00.000Z');
    const bo = await apiOn(location, '2026-12-04T10:00:00.000Z');
    await callOk(ana, 'brief:save', { id: 'desk', brief: SAMPLE });
    await callOk(ana, 'brief:save', { id: 'desk', brief: { ...SAMPLE, title: 'ثانية' }, baseVersion: 1 });
    // Bo opened version 2; Ana saves version 3 meanwhile.
    await callOk(ana, 'brief:save', { id: 'desk', brief: { ...SAMPLE, title: 'نسخة أنا' }, baseVersion: 2 });

    for (const method of ['brief:undo', 'brief:redo'] as const) {
      const stepped = await callOk(bo, method, { id: 'desk', baseVersion: 2 });
      expect(stepped).toMatchObject({ version: 3, brief: { title: 'نسخة أنا' }, conflict: { baseVersion: 2, currentVersion: 3 } });
    }
    const renamed = await callOk(bo, 'brief:rename', { id: 'desk', title: 'عنوان بو', baseVersion: 2 });
    expect(renamed).toMatchObject({ title: 'نسخة أنا', conflict: { baseVersion: 2, currentVersion: 3 } });

    expect((await callOk(ana, 'brief:get', { id: 'desk' })).brief.title).toBe('نسخة أنا');
    const versions = await callOk(bo, 'brief:versions', { id: 'desk' });
    // The rename is kept as a refused save; the steps, which hold nothing of their own, are logged as refused.
    expect(versions.refused.map((r) => r.title)).toEqual(['عنوان بو']);
    expect(versions.changes.filter((c) => c.kind === 'refused')).toHaveLength(3);

    // From the newest version each goes through.
    expect(await callOk(bo, 'brief:undo', { id: 'desk', baseVersion: 3 })).toMatchObject({ version: 4, brief: { title: 'ثانية' } });
    expect((await callOk(bo, 'brief:undo', { id: 'desk', baseVersion: 4 })).conflict).toBeUndefined();
  });
});

describe('brief versions on a workspace file', () => {
  it('answers none, and refuses to open an older version or keep a refused save it never had', async () => {
    const api = await apiOn(path.join(tempDir(), 'w.mawjaz'), '2026-12-04T09:00:00.000Z');
    const saved = await callOk(api, 'brief:save', { id: 'mine', brief: SAMPLE, baseVersion: 3 });
    expect(saved.version).toBeUndefined();
    expect(saved.conflict).toBeUndefined();
    expect(await callOk(api, 'brief:versions', { id: 'mine' })).toEqual({ team: false, version: 0, changes: [], refused: [] });
    for (const [method, request] of [['brief:versions', { id: 'nope' }], ['brief:version', { id: 'mine', version: 1 }], ['brief:keepBoth', { id: 'mine', refused: 1 }]] as const) {
      const r = await api.call(method, request);
      expect(r.ok ? null : r.error.code, method).toBe('not-found');
    }
  });
});
