import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createApi, type AppApi } from '../../main/api/handlers/create-api.ts';
import { resources } from '../../main/resources.ts';
import { bundleRenderer } from '../../main/web/bundle-renderer.ts';
import { startWebHost, type WebHost } from '../../main/web/server.ts';
import type { BenchRow } from './bench-row.ts';
import { seedTexts, syntheticArticles, timeMs } from './corpus.ts';

const QUERIES = ['الحشد الشعبي', 'دمشق', 'السوريه', 'رئيس الوزراء العراقي', 'الحدود'];

async function host(dir: string, name: string): Promise<{ api: AppApi; web: WebHost }> {
  const api = await createApi({ workspace: path.join(dir, `${name}.mawjaz`), exportsDir: path.join(dir, 'exports') });
  const bundle = bundleRenderer(resources.rendererDir);
  const web = await startWebHost(api, { rendererDir: resources.rendererDir, fontsDir: resources.fontsDir, bundle: () => bundle }, { port: 0 });
  return { api, web };
}

function toFiles(articles: { name: string; text: string }[]): { name: string; base64: string }[] {
  return articles.map((a) => ({ name: a.name, base64: Buffer.from(a.text).toString('base64') }));
}

/** Empty workspace → import the seeds through the picker → tick them all → assemble → the editor is on screen. */
async function firstBrief(page: Page, url: string): Promise<number> {
  const t0 = performance.now();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  const seeds = seedTexts();
  await page.locator('#import-input').setInputFiles(seeds.map((s) => ({ name: s.name, mimeType: 'text/plain', buffer: Buffer.from(s.text) })));
  await page.locator('#articles tbody tr').nth(seeds.length - 1).waitFor();
  await page.locator('#articles thead input[type="checkbox"]').check();
  await page.locator('nav button[data-screen="brief"]').click();
  await page.locator('#assemble').click();
  await page.locator('#section-summary li.item').first().waitFor();
  return performance.now() - t0;
}

/** The same work through the API alone, in process: import the seeds, then assemble them. */
async function firstBriefApi(api: AppApi): Promise<number> {
  const t0 = performance.now();
  const report = await api.call('articles:importFiles', { files: toFiles(seedTexts()) });
  if (!report.ok) throw new Error(report.error.message);
  const ids = (report.value as { entries: { id?: string }[] }).entries.flatMap((e) => (e.id ? [e.id] : []));
  const brief = await api.call('brief:assemble', { selection: { articleIds: ids, topics: [] } });
  if (!brief.ok) throw new Error(brief.error.message);
  return performance.now() - t0;
}

/** Typing a query to its results on screen (includes the search box's 200 ms debounce). */
async function uiSearch(page: Page, query: string): Promise<number> {
  const search = page.locator('#search');
  await search.fill('');
  await page.locator('#articles').waitFor();
  const t0 = performance.now();
  await search.fill(query);
  await page.locator(`#hits[data-query="${query}"] li, .listing .empty`).first().waitFor();
  return performance.now() - t0;
}

async function apiSearch(web: WebHost, query: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${web.port}/api/articles:search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mawjaz-token': web.token },
    body: JSON.stringify({ query, limit: 50 }),
  });
  const body = (await res.json()) as { ok: boolean };
  if (!body.ok) throw new Error(`search failed: ${JSON.stringify(body)}`);
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export async function benchUi(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-bench-ui-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const opened: { api: AppApi; web: WebHost }[] = [];
  try {
    const ui = await host(dir, 'first-ui');
    const ref = await host(dir, 'first-api');
    opened.push(ui, ref);
    // Timed from an open app: its work thread has loaded (the browser host and the desktop app start it at once).
    await Promise.all([ui.api.warmWork(), ref.api.warmWork()]);
    const page = await browser.newPage();
    const uiMs = await firstBrief(page, ui.web.url);
    const apiMs = await firstBriefApi(ref.api);
    await page.close();

    const big = await host(dir, 'search');
    opened.push(big);
    const loaded = await big.api.call('articles:importFiles', { files: toFiles(syntheticArticles(2000)) });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const searchPage = await browser.newPage();
    await searchPage.goto(big.web.url);
    await searchPage.waitForSelector('body[data-ready="true"]');
    await uiSearch(searchPage, QUERIES[0] ?? 'دمشق'); // warm-up
    const uiTimes: number[] = [];
    const apiTimes: number[] = [];
    for (const q of QUERIES) {
      uiTimes.push(await uiSearch(searchPage, q));
      apiTimes.push(await timeMs(() => apiSearch(big.web, q)));
    }
    return [
      { name: 'UI: empty workspace to first rendered brief (5 seeds)', value: uiMs, unit: 'ms', reference: { name: 'API alone: import + assemble', value: apiMs, unit: 'ms' } },
      {
        name: 'UI: search over 2,000 articles, typing to results on screen (median, incl. 200 ms debounce)',
        value: median(uiTimes),
        unit: 'ms',
        reference: { name: 'articles:search over HTTP (median)', value: median(apiTimes), unit: 'ms' },
      },
    ];
  } finally {
    await browser.close();
    for (const o of opened) {
      await o.web.close();
      await o.api.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
