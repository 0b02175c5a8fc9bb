import { test, expect } from '@playwright/test';
import { syntheticArticles } from '../bench/corpus.ts';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { go, offline, openUi, shoot, startHost, tempDir, type Host } from './host.ts';

// Long work on a large selection: the assembly shows its steps, the app keeps answering meanwhile, and the analyst
// can stop it, leaving the draft as it was.

const TOPIC = 'ملف كبير';
let host: Host;
const workspace = path.join(tempDir('long'), 'w.mawjaz');
const exportsDir = path.join(path.dirname(workspace), 'exports');

async function call(method: string, request: unknown): Promise<unknown> {
  const res = await fetch(`${host.origin}/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mawjaz-token': host.token },
    body: JSON.stringify(request),
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
}

test.beforeAll(async () => {
  host = await startHost(['--workspace', workspace]);
  const articles = syntheticArticles(600);
  for (let i = 0; i < articles.length; i += 100) {
    const files = articles.slice(i, i + 100).map((a) => ({ name: a.name, base64: Buffer.from(a.text).toString('base64') }));
    await call('articles:importFiles', { files });
  }
  const list = (await call('articles:list', { limit: 1000 })) as { items: { id: string }[] };
  const topic = (await call('topics:create', { name: TOPIC, keywords: [] })) as { id: number };
  await call('topics:assign', { id: topic.id, articleIds: list.items.map((a) => a.id) });
});

test.afterAll(async () => {
  await host.stop();
});

test('a large assembly shows its steps, keeps the app answering, and stops when asked', async ({ page }) => {
  test.setTimeout(300_000);
  const net = await offline(page);
  await openUi(page, host);
  await go(page, 'brief');
  await page.locator('label[for^="pick-topic-"]', { hasText: TOPIC }).click();
  await page.locator('#assemble').click();

  const label = page.locator('#assemble-progress-label');
  await expect(label).toBeVisible();
  await expect(page.locator('#assemble')).toBeDisabled();
  // The host answers other calls while it assembles: the article count is asked afresh and comes back.
  expect(await call('workspace:info', {})).toMatchObject({ articles: 600 });
  // …while the assembly is still under way: the answer did not wait for it.
  await expect(label).toBeVisible();
  await expect(label).not.toHaveText('قراءة المقالات المختارة…');
  await shoot(page, 'assembling-ar');

  await page.locator('#assemble-cancel').click();
  await expect(page.locator('#messages')).toContainText('أُوقف إعداد الموجز');
  await expect(page.locator('#assemble-progress')).toHaveCount(0);
  await expect(page.locator('#assemble')).toBeEnabled();
  await expect(page.locator('#alerts')).toBeEmpty();
  await expect(page.locator('#brief-editor')).toHaveCount(0);

  // Asked again, it runs to the end.
  await page.locator('#assemble').click();
  await expect(page.locator('#brief-editor')).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');

  // Exporting a brief over 600 sources takes a while: it shows that it works, and stops when asked, writing nothing.
  await go(page, 'export');
  await page.locator('#format-pdf').check();
  await page.locator('#export').click();
  await expect(page.locator('#export-progress')).toBeVisible();
  await expect(page.locator('#export')).toBeDisabled();
  await shoot(page, 'exporting-ar');
  await page.locator('#export-cancel').click();
  await expect(page.locator('#messages')).toContainText('أُوقف التصدير');
  await expect(page.locator('#export-progress')).toHaveCount(0);
  await expect(page.locator('#exported')).toHaveCount(0);
  await expect(page.locator('#alerts')).toBeEmpty();
  expect(existsSync(exportsDir) ? readdirSync(exportsDir).filter((f) => !f.startsWith('.')) : []).toEqual([]);
  net.assertNoLeaks();
});
