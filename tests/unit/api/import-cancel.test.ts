import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../main/api/handlers/create-api.ts';
import type { Progress, Response } from '../../../main/api/contract.ts';
import { syntheticArticles } from '../../bench/corpus.ts';

// A cancel that answers `cancelled: true` has cancelled: whatever the moment it lands in a batch, nothing of that
// batch is in the workspace afterwards; a cancel that comes too late says so (`cancelled: false`).

let dir: string;
let api: AppApi;
let listener: ((p: Progress) => void) | null = null;
const FILES = syntheticArticles(30).map((a) => ({ name: a.name, base64: Buffer.from(a.text).toString('base64') }));

async function articles(): Promise<number> {
  const info = await api.call('workspace:info', {});
  if (!info.ok) throw new Error(info.error.message);
  return (info.value as Response<'workspace:info'>).articles;
}

async function cancel(): Promise<boolean> {
  const answer = await api.call('articles:importCancel', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as Response<'articles:importCancel'>).cancelled;
}

/** Starts an import (the batch, unless told) and cancels it when `when` first says so; the cancel's answer and the report. */
async function cancelAt(when: (p: Progress) => boolean, start = () => api.call('articles:importFiles', { files: FILES })) {
  let answer: Promise<boolean> | null = null;
  listener = (p) => {
    if (answer === null && when(p)) answer = cancel();
  };
  try {
    const report = await start();
    return { answer: await (answer ?? Promise.resolve(null)), report };
  } finally {
    listener = null;
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-cancel-'));
  api = await createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), now: () => '2025-04-10T09:00:00.000Z' });
  api.onProgress((p) => listener?.(p));
  await api.warmWork();
});

afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('cancelling an import', () => {
  it('commits nothing when cancelled before reading starts', async () => {
    const running = api.call('articles:importFiles', { files: FILES });
    expect(await cancel()).toBe(true);
    expect(await running).toMatchObject({ ok: true, value: { cancelled: true, totals: { files: 0 } } });
    expect(await articles()).toBe(0);
  }, 60_000);

  const moments: [string, (p: Progress) => boolean][] = [
    ['after the first file was read', (p) => p.task === 'import:read' && p.done === 1],
    ['halfway through reading', (p) => p.task === 'import:read' && p.done === 15],
    ['while the batch is cleaned, after the last file was read', (p) => p.task === 'import:read' && p.done === p.total],
    ['as the first article is written', (p) => p.task === 'import:store' && p.done === 1],
    ['as the last article is written, just before the commit', (p) => p.task === 'import:store' && p.done === p.total],
  ];
  for (const [moment, when] of moments) {
    it(`commits nothing when cancelled ${moment}`, async () => {
      const { answer, report } = await cancelAt(when);
      expect(answer).toBe(true);
      expect(report).toMatchObject({ ok: true, value: { cancelled: true } });
      expect(await articles()).toBe(0);
    }, 60_000);
  }

  it('commits nothing when a paste is cancelled before its commit', async () => {
    // The paste is read and cleaned at once and reports only its storing: the cancel is sent at its first report,
    // before the commit (not after a guessed delay, which a loaded or an idle machine can outrun).
    const paste = () => api.call('articles:importText', { name: 'لصق', text: syntheticArticles(1)[0]?.text ?? '' });
    const { answer, report } = await cancelAt((p) => p.task.startsWith('import:'), paste);
    expect(answer).toBe(true);
    expect(report).toMatchObject({ ok: true, value: { cancelled: true } });
    expect(await articles()).toBe(0);
  }, 60_000);

  it('says it did not cancel once the batch has committed, and the batch is all there', async () => {
    expect(await cancel()).toBe(false);
    const report = await api.call('articles:importFiles', { files: FILES });
    expect(report).toMatchObject({ ok: true, value: { cancelled: false, totals: { files: 30, failed: 0, duplicate: 0 } } });
    expect(await cancel()).toBe(false);
    expect(await articles()).toBe(30);
  }, 60_000);

});
