import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { composedSelection } from '../fixtures/events/composed-selection.ts';
import { assembleArticles, go, openSession, shoot, startHost, tempDir, type Host } from './host.ts';

// Issue 14: a summary point composed from partial sentences of several sources (one tells the opening, another the
// city, a third the day) says so in the editor; once the analyst rewrites it, the words are the analyst's and the
// mark goes. No seed makes such a point: the three articles are the fixture selection's, written as text files.
test.describe.configure({ mode: 'serial' });

const dir = tempDir('composed');
const EDITED = 'افتتح وزير الصحة المستشفى الجامعي الجديد في صفاقس.';
let host: Host;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startHost(['--workspace', path.join(dir, 'w.mawjaz')]);
  ({ page } = await openSession(browser, host));
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

test('shows the composed mark on a point composed from three sources, and drops it once the point is rewritten', async () => {
  await assembleArticles(page, dir, composedSelection(), 'افتتاح المستشفى');

  const composed = page.locator('#section-summary li.item', { has: page.locator('.badge.composed') });
  await expect(composed).toHaveCount(1);
  const id = (await composed.getAttribute('data-id')) ?? '';
  const point = page.locator(`#section-summary li[data-id="${id}"]`);
  // The city and the day come from two other sources than the opening's.
  await expect(point.locator('textarea')).toHaveValue(/يوم الاثنين 3 مايو، في مدينة صفاقس\.$/u);
  await expect(point.locator('.badge.composed')).toHaveText('صياغة مركّبة');
  // Its independent sources counted, as assembled.
  await expect(point.locator('.badge.corroboration')).toHaveText(/^مصادر مستقلة: \d+$/u);
  await point.scrollIntoViewIfNeeded();
  await shoot(page, 'composed-point-ar');

  await point.locator('textarea').fill(EDITED);
  await point.locator('textarea').press('Tab');
  await expect(point.locator('.badge.edited')).toBeVisible();
  await expect(point.locator('.badge.composed')).toHaveCount(0);
  // The count vouched for the sources' sentence, not the analyst's: it goes, the citations stay.
  await expect(point.locator('.badge.corroboration')).toHaveCount(0);
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
  // The edit is saved: after a reload the point is still the analyst's, unmarked.
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
  await go(page, 'brief');
  await expect(point.locator('textarea')).toHaveValue(EDITED);
  await expect(point.locator('.badge.edited')).toBeVisible();
  await expect(page.locator('#section-summary .badge.composed')).toHaveCount(0);
  await expect(point.locator('.badge.corroboration')).toHaveCount(0);
});
