import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../main/api/handlers/create-api.ts';
import type { Progress } from '../../../main/api/contract.ts';
import { Brief } from '../../../main/model/brief.ts';
import { createInProcessWork } from '../../../main/work-thread/in-process.ts';
import { syntheticArticles } from '../../bench/corpus.ts';
import { callOk } from '../../helpers/api-ok.ts';

// Writes that arrive together end as if made one after the other: now that a batch's transaction spans awaits,
// a call that comes while it is open waits for it instead of joining it (and being rolled back with it) or failing
// with "cannot start a transaction within a transaction".

const SAMPLE = Brief.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')));
const FILES = syntheticArticles(12).map((a) => ({ name: a.name, base64: Buffer.from(a.text).toString('base64') }));

let dir: string;
let first: AppApi;
let second: AppApi;

async function open(workspace: string): Promise<AppApi> {
  return createApi({ workspace, exportsDir: path.join(dir, 'exports'), work: createInProcessWork(), checkModel: false, now: () => '2025-04-10T09:00:00.000Z' });
}

/** Calls `during` once, at the first progress report of `task` from `api`, and answers what it answered. */
function when<T>(api: AppApi, task: string, during: () => Promise<T>): { result: () => Promise<T | null> } {
  let answer: Promise<T> | null = null;
  const off = api.onProgress((p: Progress) => {
    if (answer === null && p.task === task) answer = during();
  });
  return {
    result: async () => {
      off();
      return answer ?? null;
    },
  };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-concurrent-'));
  first = await open(path.join(dir, 'w.mawjaz'));
  // A second API on the same file in this process: as two hosts of one workspace would be.
  second = await open(path.join(dir, 'w.mawjaz'));
});

afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('two API calls that write at once', () => {
  it('saves a brief and a topic asked for while an import batch is being written, and keeps the whole batch', async () => {
    // The moment the batch writes its first article, its transaction is open: the other writes come in then.
    const writes = when(first, 'import:store', () =>
      Promise.all([callOk(first, 'brief:save', { id: 'during-import', brief: SAMPLE }), callOk(second, 'topics:create', { name: 'أثناء الاستيراد', keywords: [] })]),
    );
    const report = await callOk(first, 'articles:importFiles', { files: FILES });
    const during = await writes.result();
    expect(during, 'the writes were made while the batch was open').not.toBeNull();
    expect(report.totals).toMatchObject({ files: FILES.length, duplicate: 0, failed: 0 });
    expect(report.totals.imported + report.totals['near-duplicate']).toBe(FILES.length);
    expect((await callOk(second, 'brief:get', { id: 'during-import' })).brief.title).toBe(SAMPLE.title);
    expect((await callOk(first, 'topics:list', {})).topics.map((t) => t.name)).toEqual(['أثناء الاستيراد']);
    expect((await callOk(second, 'workspace:info', {})).articles).toBe(FILES.length);
  });

  it('stores an article imported by two hosts at once only once, and a write during a cancelled batch survives it', async () => {
    const text = 'نص تجريبي كتبه الاختبار عن اجتماع عقد في مدينة ساحلية لمناقشة المياه والطاقة والطرق بين ثلاث محافظات.';
    const paste = (api: AppApi) => callOk(api, 'articles:importText', { name: 'مشترك', text });
    const before = (await callOk(first, 'workspace:info', {})).articles;
    const [a, b] = await Promise.all([paste(first), paste(second)]);
    expect([a.totals.imported, b.totals.imported].sort()).toEqual([0, 1]);
    expect([a.totals.duplicate, b.totals.duplicate].sort()).toEqual([0, 1]);
    expect((await callOk(first, 'workspace:info', {})).articles).toBe(before + 1);

    // A batch cancelled while a grade is saved from the other host: the batch is undone, the grade is not.
    const grade = when(first, 'import:store', async () => {
      const graded = callOk(second, 'outlets:grade', { outlet: 'وكالة تجريبية', grade: 'B' });
      await callOk(first, 'articles:importCancel', {});
      return graded;
    });
    const cancelled = await callOk(first, 'articles:importFiles', { files: syntheticArticles(20).slice(12).map((x) => ({ name: x.name, base64: Buffer.from(x.text).toString('base64') })) });
    expect(cancelled.cancelled).toBe(true);
    expect(await grade.result()).not.toBeNull();
    expect((await callOk(first, 'outlets:grades', {})).grades.map((g) => g.outlet)).toEqual(['وكالة تجريبية']);
    expect((await callOk(first, 'workspace:info', {})).articles).toBe(before + 1);
  });
});
