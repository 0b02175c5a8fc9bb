import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { go, hostCall, openSession, reviewScreen, seedsDir, setLanguage, startHost, tempDir, type Host } from './host.ts';
import { untranslatedWords } from './untranslated.ts';

// Issue 18, point 5: every word on screen in the UI's language. Dates are said in words (a year-unknown day as
// such, never «--08-26»), date filters are text read by the host's date layer, and a walk through every screen of
// the UI in either language — empty states, notices, dialogs, the editor's open cards — finds no word of the other
// language (and no hex id) outside content and what is Latin by nature (untranslated.ts).
test.describe.configure({ mode: 'serial' });

const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));
const workspace = path.join(tempDir('language'), 'w.mawjaz');
let host: Host;
let page: Page;

/** The screen shows only its UI's language (outside content), in Arabic and in English; leaves the UI in Arabic. */
async function expectTranslated(label: string): Promise<void> {
  for (const lang of ['en', 'ar'] as const) {
    await setLanguage(page, lang);
    expect(await untranslatedWords(page, lang), `untranslated words on ${label} (${lang})`).toEqual([]);
  }
}

test.beforeAll(async ({ browser }) => {
  host = await startHost(['--workspace', workspace]);
  ({ page } = await openSession(browser, host));
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

test('an empty workspace: every screen\'s empty state, then an import\'s report and its failure, in the UI\'s language', async () => {
  for (const screen of ['library', 'topics', 'brief', 'actors', 'export', 'about'] as const) {
    await go(page, screen);
    await expectTranslated(`the empty ${screen}`);
  }
  await go(page, 'library');
  await page.locator('#import-input').setInputFiles([
    ...seeds.map((f) => ({ name: path.basename(f), mimeType: 'text/plain', buffer: readFileSync(f) })),
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a PDF at all') },
  ]);
  await expect(page.locator('#articles tbody tr')).toHaveCount(seeds.length);
  await expect(page.locator('#import-report li.report-failed')).toHaveCount(1);
  await expectTranslated('the import report');
});

test('the settings view’s failures are said in the UI’s language, the server named apart', async () => {
  await go(page, 'settings');
  await page.locator('#team-check').click();
  await expect(page.locator('#team-status')).toHaveClass(/error/);
  await expectTranslated('the settings view without an address');
  // Port 1 on loopback: nothing listens there, the connection is refused at once.
  await page.locator('#team-location').fill('postgres://analyst@127.0.0.1:1/desk');
  await page.locator('#team-check').click();
  await expect(page.locator('#team-status .team-about')).toHaveText('127.0.0.1:1/desk');
  await expectTranslated('the settings view’s failed check');
  await page.locator('#team-location').fill('postgres://analyst:pw@127.0.0.1:1/desk');
  await page.locator('#team-check').click();
  await expect(page.locator('#team-status .team-about')).toHaveText('postgres://analyst@127.0.0.1:1/desk');
  await expectTranslated('the settings view’s refused location');
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

test('every screen shows only its UI\'s language: no English word or id on the Arabic UI, no Arabic word on the English one', async () => {
  // The library, with an article open and its removed lines shown.
  await go(page, 'library');
  await page.locator('#articles .article-link').first().click();
  await page.locator('#toggle-removed').click();
  await expectTranslated('the library');

  await go(page, 'topics');
  await page.locator('#topic-name').fill('الحدود');
  await page.locator('#topic-create').click();
  await expect(page.locator('#messages')).toContainText('أُنشئ الموضوع «الحدود»');
  await expectTranslated('the topics');
  // The browser's own confirmation, asked in the UI's language (the topic named in quotes), then declined.
  for (const lang of ['en', 'ar'] as const) {
    await setLanguage(page, lang);
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.message()); void d.dismiss(); }));
    await page.locator('li.topic button[data-key$="-delete"]').first().click();
    const message = (await asked).replace(/«[^»]*»|“[^”]*”/gu, '');
    expect(message, `the topic's confirmation (${lang})`).not.toMatch(lang === 'ar' ? /[A-Za-z]/u : /\p{Script=Arabic}/u);
  }

  await go(page, 'brief');
  await page.locator('#brief-title').fill('موجز اللغة');
  for (const i of [0, 1, 2, 3, 4]) await page.locator('.pick input[id^="pick-article-"]').nth(i).check();
  await page.locator('#assemble').click();
  await expect(page.locator('#draft-title')).toHaveValue('موجز اللغة');
  await expect(page.locator('#brief-list')).toBeVisible();
  await expectTranslated('the brief');
  // A card being edited, its quotes' buttons and the language checker's flags.
  await page.locator('#section-summary li.item textarea').first().fill('ربما يتأخر الحل.');
  await page.locator('#section-summary li.item textarea').first().press('Tab');
  await expect(page.locator('#section-summary .language-flags mark.flag')).toHaveCount(1);
  await expectTranslated('the brief with a card open');
  // A quote replaced from its article: the article pane's task bar.
  await page.locator('#section-summary .quote-replace').first().click();
  await expect(page.locator('#cite-task')).toBeVisible();
  await expectTranslated('the article pane, replacing a quote');
  await page.locator('#article-back').click();
  // The saved briefs' list asks before deleting.
  const row = page.locator('#brief-list li').first();
  await row.locator('button[data-key$="-delete"]').click();
  await expect(row.locator('[role="alertdialog"]')).toBeVisible();
  await expectTranslated('the brief list\'s confirmation');
  await row.locator('button[data-key$="-delete-no"]').click();

  await go(page, 'actors');
  await page.locator('#actor-list tbody tr.actor-row button.link').first().click();
  await expectTranslated('the actors');
  await reviewScreen(page, 'actors-proposals');

  await go(page, 'export');
  await page.locator('#format-pdf').check();
  await page.locator('#export').click();
  await expect(page.locator('#exported')).toBeVisible();
  // The file by its name, set in its own direction; where the folder is, said in words (the browser has no file manager).
  await expect(page.locator('#exported bdi.path')).toHaveText(/^موجز-اللغة-[0-9-]+\.pdf$/u);
  await expect(page.locator('#exports-where')).toContainText('w.mawjaz');
  await expectTranslated('the export');
  await reviewScreen(page, 'export-file-name');

  // About and licences: the notices themselves are in English, and marked so.
  await go(page, 'about');
  await expect(page.locator('#about-version')).toContainText('الإصدار');
  await expectTranslated('about');
});
