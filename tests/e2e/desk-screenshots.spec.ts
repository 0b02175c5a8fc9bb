import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { generate } from '../bench/library.ts';
import { go, hostCall, openSession, root, screenshotsDir, seedsDir, setLanguage, startHost, tempDir, type Host } from './host.ts';

// Issue 18's review by eye: every screen in both languages on a desk at scale — 2,000 generated articles beside the
// five seeds, a brief of the seeds with 80+ actors — shot whole into tests/output/screenshots/desk-*.png (never
// committed). It takes minutes, so it runs only when asked: MAWJAZ_SCREENSHOTS=1 npx playwright test desk-screenshots.
test.describe.configure({ mode: 'serial' });
test.skip(process.env['MAWJAZ_SCREENSHOTS'] !== '1', 'a review by eye that takes minutes: run with MAWJAZ_SCREENSHOTS=1');

const ARTICLES = 2000;
let host: Host;
let page: Page;

const scrolled = (): Promise<number> => page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY);
const scrollTo = (y: number): Promise<void> => page.evaluate((top) => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, top), y);

/** Both languages where the page stands: the switch is at the top, and clicking it scrolls there first. */
async function shootBoth(name: string, whole = false): Promise<void> {
  const y = await scrolled();
  for (const lang of ['ar', 'en'] as const) {
    await setLanguage(page, lang);
    await scrollTo(y);
    await page.screenshot({ path: path.join(screenshotsDir, `desk-${name}-${lang}.png`), fullPage: whole });
  }
  await setLanguage(page, 'ar');
  await scrollTo(y);
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(20 * 60_000);
  const dir = tempDir('desk-shots');
  const folder = path.join(dir, 'generated');
  mkdirSync(folder);
  generate(ARTICLES).forEach((text, i) => writeFileSync(path.join(folder, `generated-${String(i).padStart(4, '0')}.txt`), text));
  const workspace = path.join(dir, 'w.mawjaz');
  const cli = path.join(root, 'bin', 'mawjaz.mjs');
  execFileSync(process.execPath, [cli, 'import', folder, '--workspace', workspace], { stdio: 'ignore', timeout: 15 * 60_000 });
  execFileSync(process.execPath, [cli, 'import', seedsDir, '--workspace', workspace], { stdio: 'ignore', timeout: 60_000 });
  host = await startHost(['--workspace', workspace]);
  const seeds = new Set(readdirSync(seedsDir).filter((f) => f.endsWith('.txt')));
  const listed = (await hostCall(host, 'articles:list', { sort: 'title', limit: 5000 })) as { items: { id: string; file?: string | null }[]; total: number };
  expect(listed.total).toBeGreaterThanOrEqual(ARTICLES);
  const seedIds = listed.items.filter((a) => seeds.has(path.basename(a.file ?? ''))).map((a) => a.id);
  expect(seedIds.length).toBe(seeds.size);
  const brief = (await hostCall(host, 'brief:assemble', { selection: { articleIds: seedIds, topics: [] }, title: 'موجز الحدود السورية العراقية' })) as { actors: unknown[] };
  expect(brief.actors.length).toBeGreaterThanOrEqual(80);
  await hostCall(host, 'brief:save', { id: 'draft-desk-shots', brief });
  await hostCall(host, 'topics:create', { name: 'الحدود', keywords: ['الحدود', 'المعبر'] });
  await hostCall(host, 'topics:create', { name: 'الحشد الشعبي', keywords: ['الحشد'] });
  ({ page } = await openSession(browser, host));
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

test('every screen at scale, in Arabic and in English', async () => {
  test.setTimeout(10 * 60_000);
  // The laptop screen the review is made for (issue 18): 1280 × 800; the split view once more at 1024 × 768.
  await page.setViewportSize({ width: 1280, height: 800 });
  await go(page, 'library');
  await shootBoth('library');
  await page.locator('#articles .article-link').first().click();
  await shootBoth('library-article');
  await page.setViewportSize({ width: 1024, height: 768 });
  await shootBoth('library-article-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('#search').fill('الحشد');
  await page.locator('#search').press('Enter');
  await expect(page.locator('#hits')).toBeVisible();
  await shootBoth('library-search');
  await go(page, 'topics');
  await shootBoth('topics', true);
  await go(page, 'brief');
  await shootBoth('brief');
  await shootBoth('brief-whole', true);
  for (const section of ['summary', 'openQuestions'] as const) {
    await page.locator(`#brief-outline button[data-section="${section}"]`).click();
    await shootBoth(`brief-${section}`);
  }
  await page.locator('#brief-outline button[data-section="timeline"]').click();
  await shootBoth('brief-timeline');
  // An entry whose year was inferred, opened to edit: its date's mark and the reason under the card's head.
  const inferred = page.locator('#items-timeline li.folded').filter({ has: page.locator('.year-mark') }).first();
  if ((await inferred.count()) > 0) {
    const id = (await inferred.getAttribute('data-id')) ?? '';
    await inferred.locator('.fold-line').click();
    await page.locator(`#text-timeline-${id}`).focus();
    await shootBoth('brief-timeline-card');
  }
  await page.locator('#brief-outline button[data-section="actors"]').click();
  await shootBoth('brief-actors');
  await page.locator('#timeline-chart [data-mark="0"]').focus();
  await shootBoth('brief-chart-focus');
  await go(page, 'actors');
  await shootBoth('actors');
  await shootBoth('actors-whole', true);
  await go(page, 'export');
  await page.locator('#format-pdf').check();
  await page.locator('#export').click();
  await expect(page.locator('#exported')).toBeVisible();
  await expect(page.locator('canvas.pdf-page-canvas')).toBeVisible();
  // pdf.js draws the page after the canvas is in place: a moment, so the shot shows the page and not a blank.
  await page.waitForTimeout(2000);
  await shootBoth('export');
  await go(page, 'settings');
  await shootBoth('settings', true);
  await go(page, 'about');
  await shootBoth('about');
});
