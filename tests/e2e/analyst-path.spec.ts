import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { go, hostCall, openSession, reviewScreen, seedsDir, setLanguage, shoot, startHost, tempDir, type Host } from './host.ts';

// The analyst's whole path through the browser host, in order: one page, one workspace, one host restart.
test.describe.configure({ mode: 'serial' });

const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));
const workspace = path.join(tempDir('path'), 'desk', 'w.mawjaz');
const TOPIC = 'سوريا والعراق';
const TITLE = 'موجز الاختبار الشامل';
const EDITED = 'نقطة أعاد المحلل كتابتها بنفسه';
const MANUAL = 'ملاحظة أضافها المحلل يدوياً';
const LAST_MINUTE = 'ملاحظة أخيرة قبل إغلاق النافذة';

let host: Host;
let page: Page;
let browserRef: Browser;
let net: { assertNoLeaks: () => void };

/** Screenshots and axe on the current screen, in Arabic and in English; leaves the UI in Arabic. */
function review(name: string): Promise<void> {
  return reviewScreen(page, name);
}

function order(section: string): Promise<string[]> {
  return page.locator(`#section-${section} li.item`).evaluateAll((items) => items.map((i) => i.getAttribute('data-id') ?? ''));
}

test.beforeAll(async ({ browser }) => {
  browserRef = browser;
  host = await startHost(['--workspace', workspace]);
  ({ page, net } = await openSession(browser, host));
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

test('starts empty, right-to-left, and strips the token from the address bar', async () => {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(page.url()).not.toContain('token=');
  await expect(page.locator('.empty')).toBeVisible();
  await review('library-empty');
});

test('imports the seed articles through the file picker', async () => {
  await page.locator('#import-input').setInputFiles(seeds);
  await expect(page.locator('#import-report')).toBeVisible();
  await expect(page.locator('#articles tbody tr')).toHaveCount(seeds.length);
  await expect(page.locator('#import-report li.report-failed')).toHaveCount(0);
  // Every row shows a date with how it was established.
  await expect(page.locator('#articles tbody tr .basis')).toHaveCount(seeds.length);
  // Counted nouns agree with their number (Arabic: 3–10 take the plural, none is «لا»).
  await expect(page.locator('#workspace-line')).toContainText('5 مقالات، لا مواضيع');
  await review('library');
});

test('searches in Arabic and marks the matches as text', async () => {
  await page.locator('#search').fill('السوريه');
  await expect(page.locator('#hits li').first()).toBeVisible();
  const marks = await page.locator('#hits mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.every((m) => /سوري/.test(m))).toBe(true);
  await review('search');
});

test('opens an article, shows its removed lines and saves a metadata correction', async () => {
  await page.locator('#hits .article-link').first().click();
  const pane = page.locator('#article-pane');
  await expect(pane.locator('.article-body p').first()).toBeVisible();
  // The toggle also opens line editing, so it is there even when the cleaner removed nothing.
  const none = await pane.locator('p.hint', { hasText: 'لم يُحذف أي سطر' }).count();
  await pane.locator('#toggle-removed').click();
  if (none === 0) await expect(pane.locator('#removed-lines li').first()).toBeVisible();
  await pane.locator('#meta-author').fill('كاتب صحّحه المحلل');
  await pane.locator('#meta-save').click();
  await expect(page.locator('#messages')).not.toBeEmpty();
  await expect(pane.locator('#meta-author')).toHaveValue('كاتب صحّحه المحلل');
  // Only the field the analyst changed becomes a correction, and its basis turns explicit.
  await expect(pane.locator('.field', { has: page.locator('#meta-author') }).locator('.basis-explicit')).toBeVisible();
  await expect(pane.locator('p.hint', { hasText: 'صحّحها المحلل' })).toHaveText(/الكاتب$/);
  await review('article');
  await page.locator('#search').fill('');
  await expect(page.locator('#articles tbody tr')).toHaveCount(seeds.length);
});

test('creates a topic and assigns articles to it from the library', async () => {
  await go(page, 'topics');
  await page.locator('#topic-name').fill(TOPIC);
  await page.locator('#topic-keywords').fill('الحشد الشعبي، دمشق');
  await page.locator('#topic-create').click();
  await expect(page.locator(`#topic-list li[data-name="${TOPIC}"]`)).toBeVisible();
  await expect(page.locator('#workspace-line')).toContainText('موضوع واحد');
  await expect(page.locator('#topic-name')).toHaveValue('');
  await setLanguage(page, 'en');
  await expect(page.locator('#workspace-line')).toContainText('5 articles, 1 topic');
  await setLanguage(page, 'ar');
  await page.locator(`#topic-list li[data-name="${TOPIC}"] button`, { hasText: 'اقتراح' }).click();
  await expect(page.locator('#suggestions')).toBeVisible();
  await review('topics');

  await go(page, 'library');
  const boxes = page.locator('#articles tbody input[type="checkbox"]');
  for (const i of [0, 1, 2]) await boxes.nth(i).check();
  await expect(page.locator('.assign-bar')).toBeVisible();
  await page.locator('#assign-button').click();
  await expect(page.locator('#articles tbody tr .chip', { hasText: TOPIC })).toHaveCount(3);
  for (const i of [0, 1, 2]) await boxes.nth(i).uncheck();
});

test('assembles a brief from the topic and one more article', async () => {
  await go(page, 'brief');
  await expect(page.locator('.brief .empty')).toBeVisible();
  await page.locator('#brief-title').fill(TITLE);
  await page.locator('label[for^="pick-topic-"]', { hasText: TOPIC }).click();
  await page.locator('.pick input[id^="pick-article-"]').nth(3).check();
  await page.locator('#assemble').click();
  await expect(page.locator('#brief-editor')).toBeVisible();
  await expect(page.locator('#draft-title')).toHaveValue(TITLE);
  expect(await page.locator('#section-summary li.item').count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
});

test('actor corrections persist and shape the next assembly', async () => {
  await go(page, 'actors');
  const first = page.locator('#actor-list tbody tr.actor-row').first();
  await expect(first).toBeVisible();
  await review('actors');
  // A row opens below itself with the corrections of that one actor.
  await first.locator('th button').click();
  const details = page.locator('#actor-list .actor-detail-row');
  await details.locator('input[id$="-rename"]').fill('اسم صحّحه المحلل');
  await review('actors-details');
  await details.locator('button', { hasText: 'إعادة التسمية' }).click();
  await expect(page.locator('#corrections li')).toHaveCount(1);
  await page.locator('#actors-reassemble').click();
  await expect(page.locator('#actor-list tr[data-name="اسم صحّحه المحلل"]')).toHaveCount(1);
});

test('a name added to the gazetteer is found in the next assembly', async () => {
  await go(page, 'actors');
  // A person one of the seed articles names without a title or a reporting verb, so no cue finds him.
  await expect(page.locator('#actor-list tr[data-name="أمير علي حاجي زاده"]')).toHaveCount(0);
  await page.locator('#gazetteer-name').fill('أمير علي حاجي زاده');
  await page.locator('#gazetteer-add').click();
  await expect(page.locator('#gazetteer li')).toHaveCount(1);
  await expect(page.locator('#gazetteer-name')).toHaveValue('');
  await page.locator('#actors-reassemble').click();
  await expect(page.locator('#actor-list tr[data-name="أمير علي حاجي زاده"]')).toHaveCount(1);
});

test('edits, reorders, excludes and adds items, with undo and redo', async () => {
  await go(page, 'brief');
  const before = await order('summary');
  const [a, b, c] = before;
  // Reorder from the keyboard: the focused "move down" button of the first item.
  await page.locator(`#section-summary li[data-id="${a}"] button[data-key^="down-"]`).focus();
  await page.keyboard.press('Enter');
  expect((await order('summary')).slice(0, 2)).toEqual([b, a]);
  // Focus stays on the moved item's button, so the analyst can keep moving it.
  await page.keyboard.press('Enter');
  expect((await order('summary')).slice(0, 3)).toEqual([b, c, a]);
  // Undo asks the workspace, which keeps the history (it survives a reload): the answer comes a moment later.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await order('summary')).slice(0, 2)).toEqual([b, a]);

  // Rewrite: the citations stay and the item says it was edited.
  const item = page.locator(`#section-summary li[data-id="${b}"]`);
  const citations = await item.locator('.citation').count();
  await item.locator('textarea').fill(EDITED);
  await item.locator('textarea').press('Tab');
  await expect(item.locator('.badge.edited')).toBeVisible();
  await expect(item.locator('.citation')).toHaveCount(citations);

  // Exclude: the item stays, greyed; undo and redo bring it back and take it out again.
  const excluded = page.locator(`#section-summary li[data-id="${c}"]`);
  await excluded.locator('input[type="checkbox"]').uncheck();
  await expect(excluded).toHaveClass(/excluded/);
  await page.locator('#undo').click();
  await expect(excluded).not.toHaveClass(/excluded/);
  await page.locator('#redo').click();
  await expect(excluded).toHaveClass(/excluded/);

  // An item of the analyst's own.
  await page.locator('#add-summary').fill(MANUAL);
  await page.locator('#section-summary .add-item button[type="submit"]').click();
  await expect(page.locator('#section-summary li.item').last().locator('.badge.manual')).toBeVisible();
  await expect(page.locator('#section-summary li.item').last().locator('textarea')).toHaveValue(MANUAL);
  await expect(page.locator('#add-summary')).toHaveValue(''); // ready for the next one
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
  await review('brief');
});

test('a citation opens its article with the quoted sentence marked', async () => {
  const cite = page.locator('#section-summary .citation').first();
  const title = (await cite.getAttribute('title')) ?? '';
  await cite.click();
  const mark = page.locator('#article-pane .article-body mark');
  await expect(mark.first()).toBeVisible();
  const marked = (await mark.allTextContents()).join(' ').replace(/\s+/g, ' ').trim();
  expect(marked.length).toBeGreaterThan(10);
  expect(title.replace(/\s+/g, ' ')).toContain(marked.slice(0, 20));
  await expect(mark.first()).toBeInViewport();
  await shoot(page, 'citation-ar');
});

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
}

test('exports PDF and Word, after a preview of the brief', async () => {
  await go(page, 'export');
  const preview = page.locator('#brief-preview');
  await expect(preview.locator('h1')).toHaveText(TITLE);
  await expect(preview).toContainText(EDITED);
  await expect(preview).toContainText(MANUAL);
  await review('export');

  await page.locator('#format-pdf').check();
  await page.locator('#export').click();
  await expect(page.locator('#exported .path')).toHaveText(/\.pdf$/);
  // The page shows the file's name only; it lies in the exports folder beside the workspace.
  const exportsDir = path.join(path.dirname(workspace), 'exports');
  const pdf = path.join(exportsDir, (await page.locator('#exported .path').textContent()) ?? '');
  expect(existsSync(pdf)).toBe(true);
  expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(pdf);
  expect(text).toMatch(/[\u0621-\u064A]{3,}/);
  expect(text.replace(/\s+/g, ' ')).toContain('المحلل');

  await page.locator('#format-docx').check();
  await page.locator('#export').click();
  await expect(page.locator('#exported .path')).toHaveText(/\.docx$/);
  const docx = path.join(exportsDir, (await page.locator('#exported .path').textContent()) ?? '');
  expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
  // Exporting again never replaces: a third file, and the panel lists all three.
  await page.locator('#export').click();
  await expect(page.locator('#exports-list li')).toHaveCount(3);
  expect(readdirSync(exportsDir).filter((f) => !f.startsWith('.')).sort()).toEqual([path.basename(pdf), path.basename(docx), (await page.locator('#exported .path').textContent()) ?? ''].sort());
  await shoot(page, 'exports-list');
  await page.locator('#open-export').click();
  await expect(page.locator('#alerts')).toBeEmpty();
  net.assertNoLeaks();
});

/** The most recently saved brief in the workspace, asked of the host directly. */
async function latestSavedBrief(): Promise<string> {
  const list = (await hostCall(host, 'brief:list', {})) as { briefs: { id: string; updatedAt: string }[] };
  const latest = list.briefs.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return latest ? JSON.stringify(await hostCall(host, 'brief:get', { id: latest.id })) : '';
}

test('after a restart of the host the draft is there, edits and all', async () => {
  // An edit made just before the window closes is saved at once, not lost with the pending (debounced) save.
  await go(page, 'brief');
  await page.locator('#add-summary').fill(LAST_MINUTE);
  await page.locator('#section-summary .add-item button[type="submit"]').click();
  await page.close({ runBeforeUnload: true });
  await expect.poll(latestSavedBrief, { timeout: 10_000 }).toContain(LAST_MINUTE);
  expect(await host.stop()).toBe(0);
  host = await startHost(['--workspace', workspace]);
  ({ page, net } = await openSession(browserRef, host));
  await go(page, 'brief');
  await expect(page.locator('#draft-title')).toHaveValue(TITLE);
  // The edited text is drawn as the field's default too (so a re-render can tell later typing from it).
  await expect(page.locator('#section-summary textarea', { hasText: EDITED })).toHaveCount(1);
  const values = await page.locator('#section-summary textarea[id^="text-"]').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
  expect(values).toContain(EDITED);
  expect(values).toContain(MANUAL);
  expect(values).toContain(LAST_MINUTE);
  await expect(page.locator('#section-summary li.item.excluded')).toHaveCount(1);
  await expect(page.locator('#section-summary .badge.edited')).toHaveCount(1);
  net.assertNoLeaks();
});
