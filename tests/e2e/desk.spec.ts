import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { go, hostCall, importedSession, reviewScreen, seedsDir, shoot, startHost, tempDir, type Host } from './host.ts';

// Issue 18, "what a desk is expected to have": delete an article with undo (a brief citing it keeps its quotes),
// revert a metadata correction, copy a brief as plain text, and an About view with the licences that ship.
test.describe.configure({ mode: 'serial' });

const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));
const workspace = path.join(tempDir('desk'), 'w.mawjaz');
let host: Host;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startHost(['--workspace', workspace]);
  ({ page } = await importedSession(browser, host, seeds));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

test('a metadata correction is reverted: the value read at import comes back', async () => {
  const row = page.locator('#articles tbody tr').first();
  const id = (await row.getAttribute('data-id')) ?? '';
  await row.locator('.article-link').click();
  const read = await page.locator('#meta-title').inputValue();
  await page.locator('#meta-title').fill('عنوان صححه المحلل');
  await page.locator('#meta-save').click();
  await expect(page.locator(`#articles tr[data-id="${id}"] .article-link`)).toHaveText('عنوان صححه المحلل');
  await expect(page.locator('#revert-title')).toBeVisible();
  await expect(page.locator('#revert-author')).toHaveCount(0);
  await page.locator('#revert-title').click();
  await expect(page.locator('#meta-title')).toHaveValue(read);
  await expect(page.locator(`#articles tr[data-id="${id}"] .article-link`)).toHaveText(read);
  await expect(page.locator('#revert-title')).toHaveCount(0);
});

test('a brief is copied as plain text: sections, citations and dates in words', async () => {
  await go(page, 'brief');
  await page.locator('#brief-title').fill('موجز المكتب');
  for (const i of [0, 1, 2, 3, 4]) await page.locator('.pick input[id^="pick-article-"]').nth(i).check();
  await page.locator('#assemble').click();
  await expect(page.locator('#draft-title')).toHaveValue('موجز المكتب');
  await page.locator('#copy-text').click();
  await expect(page.locator('#messages')).toContainText('نُسخ الموجز نصاً');
  const text = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
  const lines = text.split('\n');
  expect(lines[0]).toBe('موجز المكتب');
  for (const heading of ['الخلاصة', 'الفاعلون', 'التسلسل الزمني', 'المصادر']) expect(lines).toContain(heading);
  expect(lines.filter((l) => /^\[\d+\] /.test(l))).toHaveLength(5);
  expect(lines.some((l) => /^- .+\[\d+(?:، \d+)*\]$/.test(l))).toBe(true);
  // Dates in words, never in ISO form, none left waiting for its words.
  expect(text).not.toMatch(/\d{4}-\d{2}|--\d{2}-\d{2}/);
  expect(lines[1]).toMatch(/^أُعدّ في \d{1,2} \p{L}+ \d{4}$/u);
  expect(lines.filter((l) => /^\[\d+\] /.test(l)).every((l) => !l.endsWith('…'))).toBe(true);
});

test('an article is deleted with undo while its notice is shown; a brief citing it keeps its quotes', async () => {
  const cited = await page.locator('#section-summary button.citation').first().getAttribute('data-source');
  await go(page, 'library');
  await page.locator(`#articles tr[data-id="${cited}"] .article-link`).click();
  await page.locator('#article-delete').click();
  await expect(page.locator('#articles tbody tr')).toHaveCount(seeds.length - 1);
  await expect(page.locator('#undo-delete-article')).toBeFocused();
  await expect(page.locator('.undo-delete')).toContainText('الموجزات التي تستشهد بها تبقى باقتباساتها');
  await reviewScreen(page, 'library-article-deleted');
  await page.locator('#undo-delete-article').click();
  await expect(page.locator('#articles tbody tr')).toHaveCount(seeds.length);
  await expect(page.locator(`#articles tr[data-id="${cited}"]`)).toHaveCount(1);

  // Deleted again and the notice left behind: the brief still quotes it, and its citation says the article is gone.
  await page.locator(`#articles tr[data-id="${cited}"] .article-link`).click();
  await page.locator('#article-delete').click();
  await go(page, 'brief');
  await expect(page.locator(`#section-summary button.citation[data-source="${cited}"]`).first()).toBeVisible();
  await page.locator(`#section-summary button.citation[data-source="${cited}"]`).first().click();
  await expect(page.locator('#messages')).toContainText('حُذفت هذه المقالة من المكتبة؛ يبقى اقتباسها في الموجز');
  expect(((await hostCall(host, 'workspace:info', {})) as { articles: number }).articles).toBe(seeds.length - 1);
});

test('the brief selection survives a reload; beside an open article the table keeps titles on few lines', async () => {
  await go(page, 'brief');
  const boxes = page.locator('.pick input[id^="pick-article-"]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await page.locator('#brief-title').fill('موجز بعد إعادة التحميل');
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
  await go(page, 'brief');
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(page.locator('#brief-title')).toHaveValue('موجز بعد إعادة التحميل');

  await go(page, 'library');
  await page.locator('#articles .article-link').first().click();
  await expect(page.locator('#article-pane')).toBeVisible();
  // A title of the table takes at most three lines beside the article.
  const heights = await page.locator('#articles .article-link').evaluateAll((links) => links.map((l) => {
    const box = (l as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect();
    const line = Number.parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { lineHeight: string } }).getComputedStyle(l).lineHeight);
    return box.height / line;
  }));
  expect(Math.max(...heights)).toBeLessThanOrEqual(3.2);
  await reviewScreen(page, 'library-split');
});

test('an article opened from a search has the words searched for marked, and is scrolled to the first', async () => {
  await go(page, 'library');
  await page.locator('#search').fill('الحشد');
  await page.locator('#hits .article-link').first().click();
  const marks = page.locator('#article-pane .article-body mark');
  await expect(marks.first()).toBeVisible();
  expect(await marks.count()).toBeGreaterThan(1);
  for (const text of await marks.allTextContents()) expect(text).toContain('حشد');
  await shoot(page, 'library-search-marked-ar');
  await page.locator('#search').fill('');
});

test('the About view shows the version and the notices that ship', async () => {
  await go(page, 'about');
  await expect(page.locator('#about-version')).toHaveText(/^الإصدار \d+\.\d+\.\d+$/);
  await expect(page.locator('#about-data')).toContainText('CC BY-SA 4.0');
  await expect(page.locator('.notice-text').first()).toContainText('lit-html');
  await expect(page.locator('.notice h2')).toHaveText([/THIRD_PARTY_NOTICES\.md/, /LICENSE\.md/, /Amiri-LICENSE\.txt/, /Noto-LICENSE\.txt/]);
  await reviewScreen(page, 'about');
});
