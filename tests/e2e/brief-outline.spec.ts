import { test, expect, type Page } from '@playwright/test';
import { go, importedSession, reviewScreen, setLanguage, shoot } from './host.ts';
import { seedsSession } from './seeds-session.ts';

// Issue 18, point 2: the brief editor reads as a document: the assembled brief comes into view, an outline of its
// sections stays in view to jump to one and back, and coming back from an article finds the page where it was.
test.describe.configure({ mode: 'serial' });

let page: Page;
seedsSession('outline', importedSession, (opened) => ({ page } = opened));

const scrollY = (): Promise<number> => page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY);

test('the assembled brief is brought into view, with one field for its title', async () => {
  await go(page, 'brief');
  await page.locator('#brief-title').fill('موجز الأقسام');
  for (const box of await page.locator('.pick input[id^="pick-article-"]').all()) await box.check();
  await page.locator('#assemble').click();
  await expect(page.locator('#brief-editor')).toBeFocused();
  const top = await page.locator('#brief-editor').evaluate((e) => e.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(2);
  // «عنوان الموجز» names one field; the selection's is the next brief's title.
  await expect(page.getByLabel('عنوان الموجز', { exact: true })).toHaveCount(1);
  await expect(page.getByLabel('عنوان الموجز', { exact: true })).toHaveValue('موجز الأقسام');
});

test('the outline stays in view: jump to the timeline and back', async () => {
  const counts = await page.locator('#brief-outline button[data-section] .count').allTextContents();
  expect(counts.length).toBe(5);
  const timelineItems = await page.locator('#section-timeline li.item').count();
  await expect(page.locator('#brief-outline button[data-section="timeline"] .count')).toHaveText(String(timelineItems));

  await page.locator('#section-summary li.item').nth(1).locator('textarea').scrollIntoViewIfNeeded();
  const before = await scrollY();
  await page.locator('#brief-outline button[data-section="timeline"]').click();
  await expect(page.locator('#h-timeline')).toBeFocused();
  await expect(page.locator('#h-timeline')).toBeInViewport();
  // The heading stops below the bar, which is still in view.
  const bar = await page.locator('.editor-bar').evaluate((e) => e.getBoundingClientRect().bottom);
  const heading = await page.locator('#h-timeline').evaluate((e) => e.getBoundingClientRect().top);
  expect(heading).toBeGreaterThanOrEqual(bar);
  expect(await scrollY()).not.toBe(before);
  await reviewScreen(page, 'brief-outline');

  await page.locator('#outline-back').click();
  expect(await scrollY()).toBe(before);
  await expect(page.locator('#outline-back')).toHaveCount(0);
});

test('the outline lists the key judgments; their evidence picker is grouped by section and reached by the keyboard', async () => {
  await expect(page.locator('#brief-outline button[data-section]').first()).toHaveAttribute('data-section', 'keyJudgments');
  await page.locator('#brief-outline button[data-section="keyJudgments"]').click();
  await expect(page.locator('#h-keyJudgments')).toBeFocused();
  const picker = page.locator('#section-keyJudgments fieldset.kj-evidence');
  await expect(picker.locator('fieldset.kj-group')).toHaveCount(2);
  const points = await page.locator('#section-summary li.item').count();
  expect(await picker.locator('input[value^="summary:"]').count()).toBeLessThanOrEqual(points);
  expect(await picker.locator('input[value^="timeline:"]').count()).toBeGreaterThan(0);
  // Whole texts, not cut at 90 characters.
  expect(await picker.locator('.kj-point').evaluateAll((rows) => rows.some((r) => (r.textContent ?? '').trim().length > 120))).toBe(true);
  await page.locator('#add-kj-confidence').focus();
  await page.keyboard.press('Tab');
  await expect(picker.locator('input[name="kj-evidence"]').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(picker.locator('input[name="kj-evidence"]').first()).toBeChecked();
  await picker.scrollIntoViewIfNeeded();
  // Looked at in both languages; axe runs on the folded editor below, where the page is a tenth of the size.
  await setLanguage(page, 'ar');
  await shoot(page, 'kj-evidence-picker-ar');
  await setLanguage(page, 'en');
  await picker.scrollIntoViewIfNeeded();
  await shoot(page, 'kj-evidence-picker-en');
  await setLanguage(page, 'ar');
  await page.locator('#brief-outline button[data-section="summary"]').click();
});

test('coming back from an article a citation opened finds the editor where it was', async () => {
  await page.locator('#brief-outline button[data-section="timeline"]').click();
  // The timeline of five articles is long: it starts folded, and the analyst opens it to read its quotes.
  await page.locator('#section-timeline button.fold-all').click();
  await expect(page.locator('#section-timeline button.fold-all')).toHaveAttribute('aria-expanded', 'true');
  const cite = page.locator('#section-timeline .citation').first();
  await cite.scrollIntoViewIfNeeded();
  const where = await scrollY();
  expect(where).toBeGreaterThan(0);
  await cite.click();
  await expect(page.locator('#article-pane .article-body mark').first()).toBeVisible();
  await page.locator('#article-back').click();
  await expect(page.locator(`nav button[data-screen="brief"]`)).toHaveAttribute('aria-current', 'page');
  expect(await scrollY()).toBe(where);
  await expect(cite).toBeInViewport();
});

test('long sections start folded to one line per item with their count, open one by the keyboard, and stay as left after a reload', async () => {
  const actors = page.locator('#section-actors');
  const count = await actors.locator('li.item').count();
  // Past 20 items a section starts folded, and its button says how many it opens.
  expect(count).toBeGreaterThan(20);
  const foldAll = actors.locator('button.fold-all');
  await expect(foldAll).toHaveAttribute('aria-expanded', 'false');
  await expect(foldAll).toHaveText(`فتح البنود كلها (${count})`);
  await expect(actors.locator('li.item.folded')).toHaveCount(count);
  // A short section starts open.
  await expect(page.locator('#section-openQuestions button.fold-all')).toHaveAttribute('aria-expanded', 'true');
  // Opened and folded again by the analyst, the button keeping the focus.
  await foldAll.click();
  await expect(foldAll).toHaveAttribute('aria-expanded', 'true');
  await expect(actors.locator('li.item.folded')).toHaveCount(0);
  await foldAll.click();
  await expect(foldAll).toHaveAttribute('aria-expanded', 'false');
  await expect(foldAll).toBeFocused();
  await expect(actors.locator('li.item.folded')).toHaveCount(count);
  await expect(actors.locator('li.item textarea')).toHaveCount(0);
  // One line each: a folded row is no taller than two lines of text.
  const heights = await actors.locator('li.item.folded').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
  expect(Math.max(...heights)).toBeLessThan(60);
  const first = actors.locator('li.item.folded button.fold-line').first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(actors.locator('li.item').first().locator('button.fold-item')).toHaveAttribute('aria-expanded', 'true');
  await expect(actors.locator('li.item').first().locator('button.fold-item')).toBeFocused();
  await expect(actors.locator('li.item').first().locator('textarea')).toHaveCount(1);
  await expect(actors.locator('li.item.folded')).toHaveCount(count - 1);
  await page.locator('#section-timeline button.fold-all').click();
  await page.locator('#section-openQuestions button.fold-all').click();
  await actors.scrollIntoViewIfNeeded();
  await reviewScreen(page, 'folded-cards');
  await page.reload();
  await go(page, 'brief');
  await expect(page.locator('#section-actors li.item.folded')).toHaveCount(count - 1);
  await expect(page.locator('#section-timeline button.fold-all')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#section-summary li.item.folded')).toHaveCount(0);
});
