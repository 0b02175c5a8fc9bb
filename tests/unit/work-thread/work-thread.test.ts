import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSEMBLY_STAGES, assembleBrief, type AssemblyStage } from '../../../main/briefing/assemble.ts';
import { WorkCancelledError, createWorkThread, type WorkThread } from '../../../main/work-thread/work-thread.ts';
import type { ArticleRecord } from '../../../main/model/article.ts';
import { cleanBatch } from '../../../main/ingest/clean-article.ts';
import { IngestError } from '../../../main/ingest/readers/ingest-error.ts';
import { readDocument } from '../../../main/ingest/read-document.ts';
import { exportBrief } from '../../../main/render/export/export-brief.ts';
import { TemplateError } from '../../../main/render/load-template.ts';

const seedsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'seeds');
let articles: ArticleRecord[];
let work: WorkThread;

beforeAll(async () => {
  const files = ['000_4ff2338cbc9187df.txt', '001_f195298f482e62d6.txt', '002_370ad7f8b841efc5.txt', '003_6e59c3c8b09eb941.txt', '004_738c4e5b00d9a6d1.txt'];
  const raws = await Promise.all(files.map((f) => readDocument(path.join(seedsDir, f))));
  articles = cleanBatch(raws.map((r) => ({ ...r, file: path.basename(r.file) })), { now: '2025-04-10' });
  work = createWorkThread();
  await work.warm();
});

afterAll(async () => {
  await work.close();
});

describe('the work thread', () => {
  it('gives the same brief as assembling in place, telling each stage in order', async () => {
    const stages: AssemblyStage[] = [];
    const brief = await work.assemble(articles, { now: '2025-04-10' }, (s) => stages.push(s));
    expect(JSON.stringify(brief)).toBe(JSON.stringify(assembleBrief(articles, { now: '2025-04-10' })));
    expect(stages).toEqual([...ASSEMBLY_STAGES]);
  }, 60_000);

  it('stops at once when cancelled, and assembles again afterwards', async () => {
    // A large selection, so that the cancel lands while the thread is working.
    const many = Array.from({ length: 40 }, (_, i) => articles.map((a) => ({ ...a, id: `${a.id}-${String(i)}`, body: `${a.body}\n${String(i)}` }))).flat();
    const stages: AssemblyStage[] = [];
    const pending = work.assemble(many, { now: '2025-04-10' }, (s) => stages.push(s));
    while (stages.length === 0) await new Promise((r) => setTimeout(r, 5));
    expect(work.cancel('assemble')).toBe(true);
    await expect(pending).rejects.toBeInstanceOf(WorkCancelledError);
    expect(work.cancel('assemble')).toBe(false);
    const again = await work.assemble(articles.slice(0, 2), { now: '2025-04-10', title: 'بعد الإلغاء' });
    expect(again.title).toBe('بعد الإلغاء');
    expect(again.sources).toHaveLength(2);
  }, 120_000);

  it('reports a failure in the thread as an error, not a hang', async () => {
    const broken = [{ ...articles[0]!, body: 42 as unknown as string }];
    await expect(work.assemble(broken, { now: '2025-04-10' })).rejects.toThrow(/body/);
  }, 60_000);

  it('renders the same document bytes as rendering in place', async () => {
    const brief = assembleBrief(articles, { now: '2025-04-10' });
    const [pdf, docx] = [await work.exportBrief(brief, 'pdf', 'standard'), await work.exportBrief(brief, 'docx', 'standard')];
    expect(Buffer.from(pdf).equals(Buffer.from(await exportBrief(brief, 'pdf', { template: 'standard' })))).toBe(true);
    expect(Buffer.from(docx).equals(Buffer.from(await exportBrief(brief, 'docx', { template: 'standard' })))).toBe(true);
  }, 120_000);

  it('cancels only the kind of work it is asked to', async () => {
    const brief = assembleBrief(articles, { now: '2025-04-10' });
    const pending = work.exportBrief(brief, 'pdf', 'agency');
    expect(work.cancel('assemble')).toBe(false);
    expect(work.cancel('export')).toBe(true);
    await expect(pending).rejects.toThrow('the export was cancelled');
    await expect(work.exportBrief(brief, 'docx', 'standard')).resolves.toBeInstanceOf(Uint8Array);
  }, 120_000);

  it('names a failure of the export (an unknown template) instead of hanging', async () => {
    const brief = assembleBrief(articles.slice(0, 1), { now: '2025-04-10' });
    const failed = work.exportBrief(brief, 'pdf', 'no-such-template');
    await expect(failed).rejects.toThrow(/no-such-template/);
    // Rebuilt as the template error it was, so the API answers "invalid request", not "internal".
    await expect(failed).rejects.toBeInstanceOf(TemplateError);
  }, 60_000);

  it('rejects a waiting job at once when it is cancelled, while the running one goes on', async () => {
    const many = Array.from({ length: 40 }, (_, i) => articles.map((a) => ({ ...a, id: `${a.id}-w${String(i)}`, body: `${a.body}\n${String(i)}` }))).flat();
    const assembling = work.assemble(many, { now: '2025-04-10' });
    const exporting = work.exportBrief(assembleBrief(articles.slice(0, 1), { now: '2025-04-10' }), 'pdf', 'standard');
    expect(work.cancel('export')).toBe(true);
    let assembled = false;
    void assembling.then(() => (assembled = true));
    await expect(exporting).rejects.toBeInstanceOf(WorkCancelledError);
    expect(assembled).toBe(false); // the export was rejected before the assembly ahead of it ended
    await expect(assembling).resolves.toMatchObject({ sources: expect.any(Array) });
  }, 120_000);

  it('rejects everything under way and waiting when closed, and takes no new work', async () => {
    const own = createWorkThread();
    const running = own.assemble(articles, { now: '2025-04-10' });
    const waiting = own.assemble(articles, { now: '2025-04-10' });
    await own.close();
    await expect(running).rejects.toBeInstanceOf(WorkCancelledError);
    await expect(waiting).rejects.toBeInstanceOf(WorkCancelledError);
    await expect(own.assemble(articles, { now: '2025-04-10' })).rejects.toBeInstanceOf(WorkCancelledError);
  }, 60_000);

  it('reads a file to import as in place, and rebuilds a refusal as the IngestError it was', async () => {
    const file = path.join(seedsDir, '000_4ff2338cbc9187df.txt');
    expect(await work.readDocument(file)).toEqual(await readDocument(file));
    const missing = work.readDocument(path.join(seedsDir, 'missing.txt'));
    await expect(missing).rejects.toBeInstanceOf(IngestError);
    await expect(missing).rejects.toMatchObject({ code: 'not-found', file: path.join(seedsDir, 'missing.txt'), problem: 'no such file or folder' });
  }, 60_000);

  it('stops a read past its time budget, names the file, and reads the next one on a fresh thread', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-budget-'));
    try {
      // Within every limit of the HTML reader, but seconds of work: far more than a 300 ms budget.
      const slow = path.join(dir, 'slow.html');
      writeFileSync(slow, `<html><body><article>${'<div class="c"><p>نص طويل بما يكفي ليقرأ <a href="#">رابط</a></p></div>'.repeat(30_000)}</article></body></html>`);
      const file = path.join(seedsDir, '001_f195298f482e62d6.txt');
      await work.readDocument(file); // the readers are loaded: the budget is spent on reading alone
      const stopped = work.readDocument(slow, { budgetMs: 300 });
      await expect(stopped).rejects.toMatchObject({ code: 'timed-out', file: slow, message: `${slow}: reading took longer than 0.3 s and was stopped; the rest of the batch goes on` });
      expect((await work.readDocument(file, { budgetMs: 60_000 })).text).toBe((await readDocument(file)).text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('cancels a read under way', async () => {
    const pending = work.readDocument(path.join(seedsDir, '002_370ad7f8b841efc5.txt'));
    expect(work.cancel('read')).toBe(true);
    await expect(pending).rejects.toThrow('the reading was cancelled');
  }, 60_000);
});
