import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { syntheticArticles } from '../bench/corpus.ts';
import { offline, openUi, seedsDir, shoot, startHost, tempDir, type Host } from './host.ts';

// Every long step of an import has a bound and a cancel that really cancels, through the browser host: a page
// nested thousands deep fails at once by name while the host keeps answering; a cancelled import leaves nothing
// of its batch; pasted text over the file limit is refused.

let host: Host;

async function call<T>(method: string, request: unknown): Promise<T> {
  const res = await fetch(`${host.origin}/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mawjaz-token': host.token },
    body: JSON.stringify(request),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value as T;
}

const articles = async (): Promise<number> => (await call<{ articles: number }>('workspace:info', {})).articles;
const nested = (depth: number): Buffer => Buffer.from(`<html><body>${'<div>'.repeat(depth)}<p>نص في عمق الصفحة.</p>${'</div>'.repeat(depth)}</body></html>`);
// Inside every limit of the HTML reader, but seconds of reading each: the import is long enough to be asked
// other things, and to be cancelled, while it reads.
const heavy = (n: number, paragraphs = 20_000): Buffer =>
  Buffer.from(`<html><body><article>${Array.from({ length: paragraphs }, (_, i) => `<div class="c"><p>فقرة رقم ${String(i)} من الصفحة ${String(n)} <a href="#">رابط</a></p></div>`).join('')}</article></body></html>`);
const base64 = (b: Buffer): string => b.toString('base64');

test.beforeAll(async () => {
  host = await startHost(['--workspace', path.join(tempDir('bounds'), 'w.mawjaz')]);
});

test.afterAll(async () => {
  await host.stop();
});

test('a page nested 1,000 and 5,000 deep fails at once with a clear error naming it, and the host keeps answering', async ({ page }) => {
  test.setTimeout(240_000);
  const net = await offline(page);
  await openUi(page, host);
  const seed = '000_4ff2338cbc9187df.txt';
  await page.locator('#import-input').setInputFiles([
    { name: 'nested-1000.html', mimeType: 'text/html', buffer: nested(1_000) },
    { name: 'nested-5000.html', mimeType: 'text/html', buffer: nested(5_000) },
    { name: seed, mimeType: 'text/plain', buffer: readFileSync(path.join(seedsDir, seed)) },
  ]);
  const failed = page.locator('#import-report li.report-failed');
  await expect(failed).toHaveCount(2);
  await expect(failed.nth(0)).toContainText('nested-1000.html');
  // The reason in the UI's words; the reader's own sentence stays at hand, folded and marked as English.
  await expect(failed.nth(0)).toContainText('متداخلة بعضها في بعض أعمق');
  await expect(failed.nth(0).locator('.error-detail [lang="en"]')).toHaveText(/too deeply nested/u);
  await expect(failed.nth(1)).toContainText('nested-5000.html');
  await expect(page.locator('#import-report li.report-imported')).toHaveCount(1);
  await shoot(page, 'import-too-deep-ar');

  // While a long import reads on the work thread, the host answers at once: workspace:info comes back first.
  const importing = call<{ entries: { file: string; status: string }[] }>('articles:importFiles', {
    files: [
      { name: 'heavy.html', base64: base64(heavy(1, 8_000)) },
      { name: 'deep.html', base64: base64(nested(5_000)) },
    ],
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const first = await Promise.race([articles().then(() => 'workspace:info'), importing.then(() => 'import')]);
  expect(first).toBe('workspace:info');
  const entries = (await importing).entries;
  expect(entries.map((e) => [e.file, e.status])).toEqual([
    ['heavy.html', 'imported'],
    ['deep.html', 'failed'],
  ]);
  net.assertNoLeaks();
});

test('a cancelled import commits nothing of its batch, at whatever moment the cancel lands', async () => {
  test.setTimeout(300_000);
  const files = syntheticArticles(100).map((a) => ({ name: a.name, base64: base64(Buffer.from(`${a.text}\nنسخة الإلغاء`)) }));
  // A heavy page first: the batch is still reading when the first cancels land.
  const batch = [{ name: 'heavy-first.html', base64: base64(heavy(0)) }, ...files];
  const trials: { delayMs: number; cancelled: boolean; before: number; after: number }[] = [];
  for (const delayMs of [0, 200, 600, 1_000, 1_400]) {
    const before = await articles();
    const importing = call<{ cancelled: boolean; totals: { imported: number; 'near-duplicate': number } }>('articles:importFiles', { files: batch });
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const answer = await call<{ cancelled: boolean }>('articles:importCancel', {});
    const report = await importing;
    const after = await articles();
    trials.push({ delayMs, cancelled: answer.cancelled, before, after });
    expect(report.cancelled).toBe(answer.cancelled);
    // Said cancelled: nothing of the batch is there. Said too late: all of it is.
    if (answer.cancelled) expect(after).toBe(before);
    else expect(after).toBe(before + report.totals.imported + report.totals['near-duplicate']);
  }
  console.info(`cancel trials: ${JSON.stringify(trials)}`);
  expect(trials.filter((t) => t.cancelled).length).toBeGreaterThanOrEqual(3);
});

test('the Stop button of the import panel leaves the library as it was', async ({ page }) => {
  test.setTimeout(240_000);
  const net = await offline(page);
  await openUi(page, host);
  const before = await articles();
  await page.locator('#import-input').setInputFiles([
    { name: 'heavy-a.html', mimeType: 'text/html', buffer: heavy(10) },
    { name: 'heavy-b.html', mimeType: 'text/html', buffer: heavy(11) },
    ...syntheticArticles(20).map((a) => ({ name: `stop-${a.name}`, mimeType: 'text/plain', buffer: Buffer.from(`${a.text}\nنسخة الزر`) })),
  ]);
  await expect(page.locator('#import-cancel')).toBeVisible();
  await page.locator('#import-cancel').click();
  await expect(page.locator('#messages')).toContainText('أُوقف الاستيراد');
  await expect(page.locator('#import-progress')).toHaveCount(0);
  expect(await articles()).toBe(before);
  net.assertNoLeaks();
});

test('pasted text over the 20 MB file limit is refused with a clear error, and nothing is stored', async () => {
  const before = await articles();
  const report = await call<{ entries: { file: string; status: string; error?: string }[] }>('articles:importText', { name: 'لصق كبير', text: 'خبر '.repeat(4_100_000) });
  expect(report.entries).toEqual([{ file: 'لصق كبير', status: 'failed', code: 'too-large', error: expect.stringMatching(/^the pasted text is 2\d\.\d MB, more than the 20 MB limit$/) as unknown }]);
  expect(await articles()).toBe(before);
  // The host is still there and answers.
  expect(await call('workspace:info', {})).toMatchObject({ articles: before });
});
