import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, go, importedSession, reviewScreen, seedsDir, setLanguage, shoot, startHost, tempDir, type Host } from './host.ts';

// Issue 18: the analyst edits the quotes of a point — removes one, replaces one, adds one by selecting a sentence in
// an article — the editor marks a point its quotes no longer support, undo takes a citation edit back, and the
// exports carry the quotes as edited.
test.describe.configure({ mode: 'serial' });

const dir = tempDir('citations');
const SEEDS = ['000_4ff2338cbc9187df.txt', '001_f195298f482e62d6.txt', '002_370ad7f8b841efc5.txt', '003_6e59c3c8b09eb941.txt', '004_738c4e5b00d9a6d1.txt'];
// Words no source sentence of the seeds carries: the point rewritten so will have no support from its quotes.
const UNRELATED = 'ارتفعت أسعار القمح في الأسواق المحلية للأسبوع الثالث.';
let host: Host;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startHost(['--workspace', path.join(dir, 'w.mawjaz')]);
  ({ page } = await importedSession(browser, host, SEEDS.map((f) => path.join(seedsDir, f))));
  // The brief from every seed but 002: its article is the one a quote is later added from.
  await go(page, 'brief');
  await page.locator('#brief-title').fill('موجز الاقتباسات');
  const boxes = page.locator('.pick input[id^="pick-article-"]');
  const labels = await page.locator('.pick label[for^="pick-article-"]').allTextContents();
  for (let i = 0; i < labels.length; i++) if (!labels[i]?.includes('250 عنصراً')) await boxes.nth(i).check();
  await page.locator('#assemble').click();
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

const point = (n: number) => page.locator('#section-summary li.item').nth(n);
const saved = () => expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');

test('removes a quote, and marks a point «غير مسند» once its text is no longer in its quotes, until undone', async () => {
  const first = point(0);
  const quotes = await first.locator('.citations .citation').count();
  expect(quotes).toBeGreaterThanOrEqual(2);
  await first.locator('.quote-remove').first().click();
  await expect(first.locator('.citations .citation')).toHaveCount(quotes - 1);
  await expect(first.locator('.badge.edited')).toBeVisible();
  // Its other sentence still carries it.
  await expect(first.locator('.badge.unsupported')).toHaveCount(0);
  await saved();

  const second = point(1);
  await second.locator('textarea').fill(UNRELATED);
  await second.locator('textarea').press('Tab');
  await expect(second.locator('.badge.unsupported')).toHaveText('غير مسند');
  await saved();
  for (const lang of ['ar', 'en'] as const) {
    await setLanguage(page, lang);
    await second.scrollIntoViewIfNeeded();
    await shoot(page, `citations-unsupported-${lang}`);
    await expectAccessible(page, `unsupported point (${lang})`);
  }
  await setLanguage(page, 'ar');

  // Undo takes the rewrite back (and its mark); redo brings both again; undo twice more restores the removed quote.
  await page.locator('#undo').click();
  await expect(second.locator('.badge.unsupported')).toHaveCount(0);
  await page.locator('#redo').click();
  await expect(second.locator('.badge.unsupported')).toHaveCount(1);
  await page.locator('#undo').click();
  await expect(second.locator('.badge.unsupported')).toHaveCount(0);
  await page.locator('#undo').click();
  await expect(first.locator('.citations .citation')).toHaveCount(quotes);
  await page.locator('#redo').click();
  await expect(first.locator('.citations .citation')).toHaveCount(quotes - 1);
  await saved();
});

test('replaces a quote with a sentence picked by its own button in the quote’s article', async () => {
  const third = point(2);
  const before = (await third.locator('.citation').first().getAttribute('title')) ?? '';
  await third.locator('.quote-replace').first().click();
  await expect(page.locator('#article-pane')).toBeVisible();
  await expect(page.locator('#cite-task')).toContainText('الاقتباس 1');
  // The keyboard's way: "pick a sentence" gives each sentence its button.
  await page.locator('#cite-pick').click();
  await expect(page.locator('.article-body .cite-one').first()).toBeVisible();
  // A sentence other than the quote being replaced (the marked one).
  const other = (await page.locator('.article-body .sentence:not(:has(mark))').nth(1).getAttribute('data-sentence')) ?? '';
  await page.locator(`.article-body [data-key="cite-one-${other}"]`).click();
  await expect(page.locator('#cite-target')).toBeFocused();
  const picked = (await page.locator('.article-body .sentence.picked').textContent()) ?? '';
  await expect(page.locator('#cite-add')).toHaveText('استبدل الاقتباس');
  await shoot(page, 'citations-replace-ar');
  await expectAccessible(page, 'article pane, replacing a quote');
  await page.locator('#cite-add').click();
  await expect(page.locator('#messages')).toContainText('استُبدل الاقتباس');
  await page.locator('#article-back').click();
  await expect(third.locator('.citation').first()).toHaveAttribute('title', new RegExp(escape(picked.trim())));
  expect(before).not.toContain(picked.trim());
  await saved();
});

test('adds a quote by selecting a sentence in an article the brief did not cite, and the exports carry it', async () => {
  await go(page, 'library');
  await page.locator('#articles tbody tr', { hasText: '250 عنصراً' }).locator('.article-link').click();
  // This article, not the one the replacement left open.
  await expect(page.locator('#article-heading')).toContainText('250 عنصراً');
  const sentence = page.locator('.article-body .sentence').nth(2);
  const text = ((await sentence.textContent()) ?? '').trim();
  await sentence.selectText();
  await sentence.dispatchEvent('mouseup');
  await expect(page.locator('#cite-bar')).toBeVisible();
  await expect(page.locator('label[for="cite-target"]')).toHaveText('استشهد في نقطة…');
  // The list's first item is the summary's first point.
  await page.locator('#cite-target').selectOption({ index: 0 });
  await reviewScreen(page, 'citations-cite-bar');
  await page.locator('#cite-add').click();
  await expect(page.locator('#messages')).toContainText('أُضيف الاقتباس إلى النقطة 1');

  await go(page, 'brief');
  await saved();
  const first = point(0);
  await expect(first.locator('.citation').last()).toHaveAttribute('title', new RegExp(escape(text)));
  // Opening the new citation finds the sentence in its article.
  await first.locator('.citation').last().click();
  await expect(page.locator('.article-body mark')).toHaveText(text);

  // The PDF lists the article among its sources; the Word file's note quotes the sentence.
  await go(page, 'export');
  await page.locator('#format-pdf').check();
  await page.locator('#export').click();
  await expect(page.locator('#exported .path')).toHaveText(/\.pdf$/);
  const exportsDir = path.join(dir, 'exports');
  const pdf = path.join(exportsDir, (await page.locator('#exported .path').textContent()) ?? '');
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).normalize('NFKC')).toContain('إلى جبهات الشمال المحرر');
  await page.locator('#format-docx').check();
  await page.locator('#export').click();
  await expect(page.locator('#exported .path')).toHaveText(/\.docx$/);
  const docx = path.join(exportsDir, (await page.locator('#exported .path').textContent()) ?? '');
  const notes = execFileSync('unzip', ['-p', docx, 'word/footnotes.xml'], { encoding: 'utf8' });
  expect(notes.replace(/<[^>]+>/g, '')).toContain(text.slice(0, 30));
});

function escape(text: string): string {
  return text.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
