import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { go, importedSession, seedsDir, shoot, startHost, tempDir, type Host } from './host.ts';

// Issue 20: the analyst grades an outlet once and sees the grade on its citations, changes a point's credibility,
// writes a key judgment, and finds them in the PDF and the Word file; the language checker flags a vague hedge under the text being typed, never
// «قد» before a past verb, and never holds an export back.
test.describe.configure({ mode: 'serial' });

const dir = tempDir('graded');
const workspace = path.join(dir, 'w.mawjaz');
const exportsDir = path.join(dir, 'exports');
let host: Host;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startHost(['--workspace', workspace]);
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));
  ({ page } = await importedSession(browser, host, seeds));
  await go(page, 'brief');
  await page.locator('#brief-title').fill('موجز مقيّم');
  for (const box of await page.locator('.pick input[id^="pick-article-"]').all()) await box.check();
  await page.locator('#assemble').click();
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

/** A summary point citing the graded outlet, by its citation button's outlet name. */
const citingPoint = (p: Page) => p.locator('#section-summary li.item', { has: p.locator('.citation', { hasText: 'إرم نيوز' }) }).first();

test('grades an outlet once: its citations show the grade, and the analyst\'s credibility replaces the suggestion', async () => {
  const point = citingPoint(page);
  await expect(point.locator('.citation .grade')).toHaveCount(0);
  await page.locator('select[data-outlet="إرم نيوز"]').selectOption('B');
  await expect(point.locator('.citation .grade')).toHaveText(/^ب[1-6]$/u);
  await point.locator('select[id^="cred-"]').selectOption('5');
  await expect(point.locator('.citation .grade')).toHaveText('ب5');
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
  await point.scrollIntoViewIfNeeded();
  await shoot(page, 'graded-citation-ar');
  await page.reload();
  await go(page, 'brief');
  await expect(citingPoint(page).locator('.citation .grade')).toHaveText('ب5');
});

test('a timeline entry and an open question carry a suggested credibility with its reason, and the analyst\'s choice', async () => {
  for (const section of ['timeline', 'openQuestions']) {
    // A long section starts folded (card-folds.ts): opened to read its quotes.
    const folded = page.locator(`#section-${section} button.fold-all[aria-expanded="false"]`);
    if ((await folded.count()) > 0) await folded.click();
    const item = page.locator(`#section-${section} li.item`, { has: page.locator('.citation', { hasText: 'إرم نيوز' }) }).first();
    await expect(item.locator('.credibility-reason')).not.toBeEmpty();
    await item.locator('select[id^="cred-"]').selectOption('2');
    await expect(item.locator('.citation .grade').first()).toHaveText('ب2');
  }
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
});

test('flags a vague hedge inline as the analyst types, not «قد» before a past verb', async () => {
  const point = page.locator('#section-summary li.item').first();
  const text = point.locator('textarea');
  await text.fill('قد تتوسع الاشتباكات إلى المعابر الحدودية.');
  // No blur: the check follows the typing.
  await expect(point.locator('.language-flags mark.flag')).toHaveText('قد تتوسع');
  await expect(point.locator('.language-flags .flag-kind')).toHaveText('تحوّط غامض');
  await expect(point.locator('.language-flags .suggestion')).toContainText('سلّم الاحتمال');
  await point.scrollIntoViewIfNeeded();
  await shoot(page, 'language-flag-ar');
  await text.fill('قد أعلن الوزير إغلاق المعبر.');
  await expect(point.locator('.language-flags')).toHaveCount(0);
  await text.fill('ربما يتأخر الحل.');
  await text.press('Tab');
  await expect(point.locator('.language-flags mark.flag')).toHaveText('ربما');
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
});

test('adds a key judgment with its band, confidence and evidence; it comes first', async () => {
  const form = page.locator('#section-keyJudgments form.add-item');
  await form.locator('#add-kj').fill('ستواصل بغداد ودمشق التنسيق الأمني على الحدود.');
  await form.locator('#add-kj-band').selectOption('very-likely');
  await form.locator('#add-kj-confidence').selectOption('moderate');
  // Its evidence: the quotes of a point citing the graded outlet.
  const pointId = (await citingPoint(page).getAttribute('data-id')) ?? '';
  await form.locator(`input[name="kj-evidence"][value="summary:${pointId}"]`).check();
  await form.locator('#add-kj-submit').click();
  const judgment = page.locator('#section-keyJudgments li.item');
  await expect(judgment).toHaveCount(1);
  await expect(judgment.locator('.citation').first()).toBeVisible();
  await expect(judgment.locator('select[id^="band-"]')).toHaveValue('very-likely');
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
  // Opened again, the judgment carries the credibility its evidence suggests, with its reason, by the points' rules;
  // the graded outlet's quote shows it as a point's does, and the analyst's choice replaces it.
  await page.reload();
  await go(page, 'brief');
  await expect(judgment.locator('.credibility-reason')).not.toBeEmpty();
  await expect(judgment.locator('.citation .grade').first()).toHaveText(/^ب[1-6]$/u);
  await judgment.locator('select[id^="cred-"]').selectOption('4');
  await expect(judgment.locator('.citation .grade').first()).toHaveText('ب4');
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
  await judgment.scrollIntoViewIfNeeded();
  await shoot(page, 'key-judgment-ar');
});

test('exports, flags and all: the grade and the legend in the PDF and the Word file', async () => {
  await go(page, 'export');
  await page.locator('#format-pdf').check();
  await page.locator('#export').click();
  await expect(page.locator('#exported .path')).toHaveText(/\.pdf$/);
  const pdf = path.join(exportsDir, (await page.locator('#exported .path').textContent()) ?? '');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('موثوقية المصدر');
  expect(text).toContain('صدقية المعلومة');
  // The key judgment first, with its band and, apart, its confidence.
  expect(text.indexOf('الأحكام الرئيسية')).toBeGreaterThan(-1);
  expect(text.indexOf('الأحكام الرئيسية')).toBeLessThan(text.indexOf('الخلاصة'));
  expect(text).toContain('مرجّح جداً');
  // The grade as drawn: «ب5» right to left, so the word's glyphs from the left are the digit, then the letter.
  const words = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  expect(words).toContain('>5ب</word>');
  // The key judgment's evidence carries the judgment's own grade.
  expect(words).toContain('>4ب</word>');

  await page.locator('#format-docx').check();
  await page.locator('#export').click();
  await expect(page.locator('#exported .path')).toHaveText(/\.docx$/);
  const docx = path.join(exportsDir, (await page.locator('#exported .path').textContent()) ?? '');
  const notes = execFileSync('unzip', ['-p', docx, 'word/footnotes.xml'], { encoding: 'utf8' });
  expect(notes).toContain('التقدير ب5');
  expect(notes).toContain('التقدير ب4');
  const body = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
  expect(body).toContain('موثوقية المصدر');
});
