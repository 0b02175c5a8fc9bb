import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { go, hostCall, importedSession, reviewScreen, seedsDir, setLanguage, startHost, tempDir, type Host } from './host.ts';

// Issue 18, point 5: every word on screen in the UI's language. Dates are said in words (a year-unknown day as
// such, never «--08-26»), date filters are text read by the host's date layer, and a walk through every screen of
// the Arabic UI finds no English word and no hex id outside what is Latin by nature.
test.describe.configure({ mode: 'serial' });

const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));
const workspace = path.join(tempDir('language'), 'w.mawjaz');
let host: Host;
let page: Page;

/**
 * Latin words the Arabic UI may show: names of formats, of the folder exports go to, of the corpus the entity model
 * comes from and of its licence. Everything else Latin on screen is either marked as a name (translate="no": file names, the
 * workspace's file), set in English on purpose (lang="en"), or the analyst's and the articles' own text (a point
 * being edited, the brief's preview, an article's text, its removed lines, a search snippet). A file's name inside a
 * sentence (a notice) is known by its extension.
 */
// Format and brand names, the exports folder's name, the data's licence; and keys named as the keyboard prints them
// (the PDF view's hint: «الأسهم وHome وEnd»; the timeline chart's: «اضغط Enter»).
const ALLOWED = new Set(['PDF', 'Word', 'HTML', 'Markdown', 'exports', 'ANERcorp', 'CC', 'BY-SA', 'Home', 'End', 'Enter']);
const CONTENT = '[translate="no"], [lang="en"], script, style, textarea, .article-body, #removed-lines q, .snippet, #brief-preview';

/** The little of the DOM the scan uses, typed here: the e2e tests are compiled without the DOM's types. */
interface ScannedElement {
  tagName: string;
  closest(selector: string): unknown;
  checkVisibility(): boolean;
  getAttribute(name: string): string | null;
}
interface ScannedDocument {
  body: unknown;
  createTreeWalker(root: unknown, filter: number): { nextNode(): { parentElement: ScannedElement | null; textContent: string | null } | null };
  querySelectorAll(selector: string): Iterable<ScannedElement>;
}

/** English words and hex ids in the visible text, labels and placeholders of the page, with where each was. */
async function foreignWords(p: Page): Promise<string[]> {
  const found = await p.evaluate((content) => {
    const doc = (globalThis as unknown as { document: ScannedDocument }).document;
    const SHOW_TEXT = 4;
    const out: string[] = [];
    const scan = (text: string, where: string): void => {
      const words = text.replace(/[^\s«»“”\u2068\u2069]+\.(?:pdf|docx|txt|md|html?|mawjaz)(?![\p{L}\p{N}])/giu, '');
      for (const m of words.matchAll(/[A-Za-z][A-Za-z'’-]*|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/g)) out.push(`${m[0]} — ${where}: ${text.trim().slice(0, 80)}`);
    };
    const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const el = node.parentElement;
      if (el === null || el.closest(content) !== null || !el.checkVisibility()) continue;
      scan(node.textContent ?? '', el.tagName.toLowerCase());
    }
    for (const el of doc.querySelectorAll('[aria-label], [placeholder]')) {
      if (el.closest(content) !== null || !el.checkVisibility()) continue;
      for (const attr of ['aria-label', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value !== null) scan(value, `${el.tagName.toLowerCase()}[${attr}]`);
      }
    }
    return out;
  }, CONTENT);
  return found.filter((f) => !ALLOWED.has(f.split(' — ')[0] ?? ''));
}

async function expectArabicOnly(label: string): Promise<void> {
  await setLanguage(page, 'ar');
  expect(await foreignWords(page), `Latin words or ids on ${label}`).toEqual([]);
}

test.beforeAll(async ({ browser }) => {
  host = await startHost(['--workspace', workspace]);
  ({ page } = await importedSession(browser, host, seeds));
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

test('dates are said in words, a year-unknown one as such, and the date filters read typed dates', async () => {
  const list = (await hostCall(host, 'articles:list', { sort: 'title' })) as { items: { id: string; title: string | null }[] };
  const first = list.items[0];
  if (first === undefined) throw new Error('no article');
  await hostCall(host, 'articles:correct', { id: first.id, fields: { published: '--08-26' } });
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
  const row = page.locator(`#articles tr[data-id="${first.id}"]`);
  await expect(row.locator('.date .iso')).toHaveText('26 أغسطس، السنة غير معروفة');
  await expect(page.locator('#articles')).not.toContainText('--');
  await setLanguage(page, 'en');
  await expect(row.locator('.date .iso')).toHaveText('26 August, year unknown');
  await setLanguage(page, 'ar');

  // No native date control (and so no «mm/dd/yyyy»): a text field that reads right to left in the Arabic UI.
  const from = page.locator('#filter-from');
  await expect(from).toHaveAttribute('type', 'text');
  expect(await from.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(el).direction)).toBe('rtl');
  await from.fill('غداً');
  await from.press('Enter');
  await expect(page.locator('#filter-from-note')).toHaveText(/لم يُفهم «غداً» تاريخاً/);
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await from.fill('26 أغسطس');
  await from.press('Enter');
  await expect(page.locator('#filter-from-note')).toContainText('بلا سنة');

  // A month in Levantine words, in Arabic-Indic digits: the range starts on its first day.
  await from.fill('آب ١٩٩٠');
  await from.press('Enter');
  await expect(page.locator('#filter-from-note')).toHaveText('من 1 أغسطس 1990');
  await expect(from).toHaveAttribute('aria-invalid', 'false');
  const to = page.locator('#filter-to');
  await to.fill('1/1/1991');
  await to.press('Enter');
  await expect(page.locator('#filter-to-note')).toHaveText('حتى 1 يناير 1991');
  await expect(page.locator('.listing')).toContainText('لا مقالات تطابق هذه المرشحات');
  await reviewScreen(page, 'library-date-filters');
  await from.fill('');
  await from.press('Enter');
  await to.fill('');
  await to.press('Enter');
  await expect(page.locator('#articles tbody tr')).toHaveCount(seeds.length);

  // The Hijri day beside each full day, when the analyst asks for it.
  await page.locator('#hijri-switch').check();
  await expect(page.locator('#articles .date .iso').filter({ hasText: 'هـ' }).first()).toBeVisible();
  await page.locator('#hijri-switch').uncheck();
});

test('every screen of the Arabic UI shows no English word and no id', async () => {
  // The library, with an article open and its removed lines shown.
  await go(page, 'library');
  await page.locator('#articles .article-link').first().click();
  await page.locator('#toggle-removed').click();
  await expectArabicOnly('the library');

  await go(page, 'topics');
  await page.locator('#topic-name').fill('الحدود');
  await page.locator('#topic-create').click();
  await expect(page.locator('#messages')).toContainText('أُنشئ الموضوع «الحدود»');
  await expectArabicOnly('the topics');

  await go(page, 'brief');
  await page.locator('#brief-title').fill('موجز اللغة');
  for (const i of [0, 1, 2, 3, 4]) await page.locator('.pick input[id^="pick-article-"]').nth(i).check();
  await page.locator('#assemble').click();
  await expect(page.locator('#draft-title')).toHaveValue('موجز اللغة');
  await expect(page.locator('#brief-list')).toBeVisible();
  await expectArabicOnly('the brief');

  await go(page, 'actors');
  await page.locator('#actor-list tbody tr.actor-row button.link').first().click();
  await expectArabicOnly('the actors');
  await reviewScreen(page, 'actors-proposals');

  await go(page, 'export');
  await page.locator('#format-pdf').check();
  await page.locator('#export').click();
  await expect(page.locator('#exported')).toBeVisible();
  // The file by its name, set in its own direction; where the folder is, said in words (the browser has no file manager).
  await expect(page.locator('#exported bdi.path')).toHaveText(/^موجز-اللغة-[0-9-]+\.pdf$/u);
  await expect(page.locator('#exports-where')).toContainText('w.mawjaz');
  await expectArabicOnly('the export');
  await reviewScreen(page, 'export-file-name');

  // About and licences: the notices themselves are in English, and marked so.
  await go(page, 'about');
  await expect(page.locator('#about-version')).toContainText('الإصدار');
  await expectArabicOnly('about');
});
