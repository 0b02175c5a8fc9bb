import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, go, importedSession, seedsDir, setLanguage, shoot, startHost, tempDir, type Host } from './host.ts';

// Issue 18: the export screen shows the real document — the exported PDF's pages drawn by pdf.js (its worker from the
// app's own files, under the strict CSP), thumbnails to move through by keyboard — and the Word file's page count.
test.describe.configure({ mode: 'serial' });

const dir = tempDir('export-view');
const SEEDS = ['000_4ff2338cbc9187df.txt', '001_f195298f482e62d6.txt', '002_370ad7f8b841efc5.txt', '003_6e59c3c8b09eb941.txt', '004_738c4e5b00d9a6d1.txt'];
let host: Host;
let page: Page;
let assertNoLeaks: () => void;
const problems: string[] = [];

test.beforeAll(async ({ browser }) => {
  host = await startHost(['--workspace', path.join(dir, 'w.mawjaz')]);
  const session = await importedSession(browser, host, SEEDS.map((f) => path.join(seedsDir, f)));
  page = session.page;
  assertNoLeaks = session.net.assertNoLeaks;
  // A CSP violation (a worker, an eval, a font the policy refused) shows as a console error.
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await go(page, 'brief');
  await page.locator('#brief-title').fill('موجز المستند');
  const boxes = page.locator('.pick input[id^="pick-article-"]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await page.locator('#assemble').click();
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

/** How many pixels of the canvas are not white: a drawn page has text on it. */
function inked(page: Page, selector: string): Promise<number> {
  // The page's own canvas (a DOM type the Node-side typecheck does not know, hence the shape given here).
  type Canvas = { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null };
  return page.locator(selector).evaluate((element) => {
    const canvas = element as unknown as Canvas;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 200) n++;
    return n;
  });
}

test('shows the exported PDF’s pages inside the app, drawn by pdf.js, with thumbnails the keyboard moves through', async () => {
  await go(page, 'export');
  await page.locator('#format-pdf').check();
  await page.locator('#export').click();
  await expect(page.locator('#exported .path')).toHaveText(/\.pdf$/);
  const file = path.join(dir, 'exports', (await page.locator('#exported .path').textContent()) ?? '');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBeGreaterThan(2);

  const view = page.locator('#pdf-view');
  await expect(view).toHaveAttribute('data-pages', String(pages));
  await expect(page.locator('#pdf-thumbs .pdf-thumb')).toHaveCount(pages);
  await expect(page.locator('.pdf-page-canvas')).toHaveAttribute('data-rendered', /#1@/);
  expect(await inked(page, '.pdf-page-canvas')).toBeGreaterThan(2000);
  await expect(page.locator('#pdf-page-status')).toHaveText(`صفحة 1 من ${pages}`);

  // One tab stop on the thumbnails; the arrows, Home and End move the page in view.
  const first = page.locator('#pdf-thumbs [data-page="1"]');
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#pdf-thumbs [data-page="2"]')).toBeFocused();
  await expect(page.locator('#pdf-page-status')).toHaveText(`صفحة 2 من ${pages}`);
  await expect(page.locator('.pdf-page-canvas')).toHaveAttribute('data-rendered', /#2@/);
  await page.keyboard.press('End');
  await expect(page.locator(`#pdf-thumbs [data-page="${pages}"]`)).toBeFocused();
  await expect(page.locator(`#pdf-thumbs [data-page="${pages}"]`)).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('#pdf-thumbs .pdf-thumb[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Home');
  await expect(page.locator('#pdf-page-status')).toHaveText(`صفحة 1 من ${pages}`);
  await expect(page.locator('.pdf-page-canvas')).toHaveAttribute('data-rendered', /#1@/);
  // Every thumbnail drawn.
  await expect(page.locator('.pdf-thumb-canvas[data-rendered]')).toHaveCount(pages);

  for (const lang of ['ar', 'en'] as const) {
    await setLanguage(page, lang);
    await view.scrollIntoViewIfNeeded();
    await shoot(page, `export-pdf-view-${lang}`);
    await expectAccessible(page, `export screen with the PDF's pages (${lang})`);
  }
  await expect(page.locator('#pdf-page-status')).toHaveText(`Page 1 of ${pages}`);
  // In English (left to right) the right arrow is the next page.
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#pdf-page-status')).toHaveText(`Page 2 of ${pages}`);
  await setLanguage(page, 'ar');
  expect(problems).toEqual([]);
  assertNoLeaks();
});

test('gives the Word file’s page count beside it, said to be an estimate', async () => {
  await page.locator('#format-docx').check();
  await page.locator('#export').click();
  await expect(page.locator('#exported .path')).toHaveText(/\.docx$/);
  const counted = page.locator('#docx-pages');
  await expect(counted).toHaveAttribute('data-basis', 'estimate');
  await expect(counted).toContainText(/ملف Word: نحو \d+ صفحات|ملف Word: نحو \d+ صفحة/u);
  await counted.scrollIntoViewIfNeeded();
  await shoot(page, 'export-docx-pages-ar');
  // The PDF listed among the exports opens in the app again.
  await page.locator('#exports-list li', { hasText: '.pdf' }).locator('.view-export').click();
  await expect(page.locator('.pdf-page-canvas')).toHaveAttribute('data-rendered', /#1@/);
  await expect(page.locator('#h-outline')).toHaveText('مخطط سريع (ليس المستند المصدَّر)');
  expect(problems).toEqual([]);
});
