import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { go, hostCall, openSession, reviewScreen, root, setLanguage, shoot, startHost, tempDir, type Host } from './host.ts';

// Issue 13: one outlet cited in two forms («جريدة الواحة» by one source, «الواحة» by two) is one row of the editor's
// grades panel, named by the form most sources use; a grade given there reaches the sources of both forms at once,
// in the open draft, and stays after a reload. The draft is the fixture brief with its outlets renamed.
test.describe.configure({ mode: 'serial' });

const workspace = path.join(tempDir('outlet-forms'), 'w.mawjaz');
const OUTLETS = ['إرم نيوز', 'جريدة الواحة', 'الواحة', 'العربي الجديد', 'الواحة'];
let host: Host;
let page: Page;

/** A summary point by its id, and the grades its citations show. */
const grades = (id: string) => page.locator(`#section-summary li.item[data-id="${id}"] .citation .grade`);
const panel = () => page.locator('#section-outlets');

test.beforeAll(async ({ browser }) => {
  host = await startHost(['--workspace', workspace]);
  const sample = JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'briefs', 'sample.json'), 'utf8')) as { sources: { outlet: string | null }[] };
  const brief = { ...sample, sources: sample.sources.map((s, i) => ({ ...s, outlet: OUTLETS[i] ?? null })) };
  // Saved as a draft, the UI opens it on start.
  await hostCall(host, 'brief:save', { id: 'draft-outlet-forms', brief });
  ({ page } = await openSession(browser, host));
  await go(page, 'brief');
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

test('two forms of one outlet are one row; grading it marks the sources of both, and ungrading clears both', async () => {
  // s5 cites only the source of «جريدة الواحة», s3 only a source of «الواحة», s1 «إرم نيوز».
  await expect(panel().locator('.outlet-list li')).toHaveCount(3);
  await expect(panel().locator('select[data-outlet="جريدة الواحة"]')).toHaveCount(0);
  const row = panel().locator('.outlet-list li', { has: page.locator('select[data-outlet="الواحة"]') });
  await expect(row.locator('.outlet-forms bdi')).toHaveText(['جريدة الواحة']);
  await expect(grades('s5')).toHaveCount(0);

  await row.locator('select').selectOption('C');
  // The fixture's points carry no credibility: a citation's grade is the letter alone (C is «ج»); s5 quotes its source twice.
  await expect(grades('s5')).toHaveText(['ج', 'ج']);
  await expect(grades('s3')).toHaveText(['ج']);
  await expect(grades('s1')).toHaveCount(0);
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
  const listed = (await hostCall(host, 'outlets:grades', {})) as { grades: { outlet: string; grade: string }[] };
  expect(listed.grades.map((g) => [g.outlet, g.grade])).toEqual([['الواحة', 'C']]);
  await panel().scrollIntoViewIfNeeded();
  await reviewScreen(page, 'outlet-forms-graded');
  // The English screen opens at its top: the panel shot apart.
  await setLanguage(page, 'en');
  await panel().scrollIntoViewIfNeeded();
  await shoot(page, 'outlet-forms-panel-en');
  await setLanguage(page, 'ar');
  await page.locator('#section-summary li.item[data-id="s3"]').scrollIntoViewIfNeeded();
  await shoot(page, 'outlet-forms-citation-ar');

  // Opened again, the draft carries the grade on both forms, still one row.
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
  await go(page, 'brief');
  await expect(panel().locator('.outlet-list li')).toHaveCount(3);
  await expect(panel().locator('select[data-outlet="الواحة"]')).toHaveValue('C');
  await expect(grades('s5')).toHaveText(['ج', 'ج']);
  await expect(grades('s3')).toHaveText(['ج']);

  await panel().locator('select[data-outlet="الواحة"]').selectOption('');
  await expect(grades('s5')).toHaveCount(0);
  await expect(grades('s3')).toHaveCount(0);
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
  expect(((await hostCall(host, 'outlets:grades', {})) as { grades: unknown[] }).grades).toEqual([]);
});
