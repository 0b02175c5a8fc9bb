import { test, expect, type Page } from '@playwright/test';
import { assembledSession, expectAccessible, setLanguage, shoot } from './host.ts';
import { seedsSession } from './seeds-session.ts';

// Issue 19: the timeline chart in the editor, drawn from the geometry the exports draw (charts:timeline): marks one
// tab stop, arrows along the axis as the brief reads, the entry's date and text on focus and hover, Enter or a click
// opening the entry in the editor; its text SVG text, never HTML.
test.describe.configure({ mode: 'serial' });

let page: Page;
seedsSession('chart', assembledSession, (opened) => ({ page } = opened));

const marks = (): ReturnType<Page['locator']> => page.locator('#timeline-chart .chart-mark');
const markX = (index: number): Promise<number> =>
  page.locator(`#timeline-chart [data-mark="${index}"] circle`).first().evaluate((c) => c.getBoundingClientRect().x);
const entryText = async (index: number): Promise<string> => {
  const id = await page.locator(`#timeline-chart [data-mark="${index}"]`).getAttribute('data-entry');
  // The seeds' 25 entries start folded to one line each (card-folds.ts): the line holds the entry's text; an opened
  // card, its text field.
  const field = page.locator(`#text-timeline-${id ?? ''}`);
  if ((await field.count()) > 0) return field.inputValue();
  return (await page.locator(`[data-key="fold-timeline-${id ?? ''}"] .fold-text`).textContent()) ?? '';
};

test('draws every placed entry as a mark, one tab stop, its labels SVG text', async () => {
  await expect(marks().first()).toBeVisible();
  const n = await marks().count();
  expect(n).toBeGreaterThan(3);
  await expect(page.locator('#timeline-chart [tabindex="0"]')).toHaveCount(1);
  await expect(page.locator('#timeline-chart foreignObject')).toHaveCount(0);
  expect(await page.locator('#timeline-chart text').count()).toBeGreaterThan(n);
});

test('focus shows the entry; the arrows follow the brief\'s direction; Enter opens the entry in the editor', async () => {
  await setLanguage(page, 'ar');
  const first = page.locator('#timeline-chart [data-mark="0"]');
  await first.focus();
  await expect(page.locator('#timeline-chart-detail bdi')).toHaveText(await entryText(0));
  // An Arabic brief's axis runs right to left: the next entry in time is to the left, and ArrowLeft reaches it.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#timeline-chart [data-mark="1"]')).toBeFocused();
  expect(await markX(1)).toBeLessThanOrEqual(await markX(0));
  await expect(page.locator('#timeline-chart-detail bdi')).toHaveText(await entryText(1));
  await page.keyboard.press('ArrowRight');
  await expect(first).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator(`#timeline-chart [data-mark="${(await marks().count()) - 1}"]`)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  // Enter opens the entry's card, folded in its long section, and gives its text field the focus.
  const id = await first.getAttribute('data-entry');
  await expect(page.locator(`#text-timeline-${id ?? ''}`)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.locator(`#text-timeline-${id ?? ''}`)).toBeFocused();
});

test('hover shows an entry and a click selects it in the editor', async () => {
  const mark = page.locator('#timeline-chart [data-mark="2"]');
  await mark.scrollIntoViewIfNeeded();
  await mark.locator('circle').first().hover();
  await expect(page.locator('#timeline-chart-detail bdi')).toHaveText(await entryText(2));
  await mark.locator('circle').first().click();
  await expect(page.locator(`#text-timeline-${(await mark.getAttribute('data-entry')) ?? ''}`)).toBeFocused();
});

test('the chart follows the draft: an entry left out leaves the chart', async () => {
  const n = await marks().count();
  const id = await page.locator('#timeline-chart [data-mark="0"]').getAttribute('data-entry');
  await page.locator(`#inc-timeline-${id ?? ''}`).uncheck();
  await expect(marks()).toHaveCount(n - 1);
  await expect(page.locator(`#timeline-chart [data-entry="${id ?? ''}"]`)).toHaveCount(0);
  await page.locator(`#inc-timeline-${id ?? ''}`).check();
  await expect(marks()).toHaveCount(n);
});

test('reads in both languages (screenshots of the chart in view, axe)', async () => {
  for (const lang of ['ar', 'en'] as const) {
    await setLanguage(page, lang);
    await expect(page.locator('#h-timeline-chart')).toHaveText(lang === 'ar' ? /التسلسل الزمني في مخطط/u : /Timeline chart/u);
    await page.locator('#timeline-chart [data-mark="1"]').focus();
    await page.locator('#timeline-chart').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await shoot(page, `timeline-chart-${lang}`);
    await expectAccessible(page, `timeline chart (${lang})`);
  }
  await setLanguage(page, 'ar');
});
