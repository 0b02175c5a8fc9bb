import { test, expect, type Page } from '@playwright/test';
import { go, hostCall, openSession, reviewScreen, shoot, startHost, tempDir, type Host } from './host.ts';
import path from 'node:path';

// Issue 18, point 1: the actors screen of a brief with 80+ actors is a compact table with a bar that stays in view,
// so two actors chosen far apart are merged without scrolling back to the top. The articles are written here: ten
// first names and nine family names make ninety people, each quoted once in one of nine council reports.
test.describe.configure({ mode: 'serial' });

const FIRST = ['سامر', 'رامي', 'خليل', 'نادر', 'وسيم', 'فادي', 'ماهر', 'جمال', 'كريم', 'هشام'];
const FAMILY = ['الحلبي', 'الدوري', 'العطار', 'الخطيب', 'النجار', 'السقا', 'الزين', 'المصري', 'الحداد'];
const VERBS = ['وقال', 'وأكد', 'وأوضح', 'وأضاف', 'وصرّح'];
const TOPICS = ['إصلاح شبكة المياه', 'ترميم المدرسة', 'تنظيم السوق', 'إنارة الشوارع', 'جمع النفايات'];

const workspace = path.join(tempDir('actors'), 'w.mawjaz');
let host: Host;
let page: Page;

/** Report `n`: a headline, a date, and one sentence quoting each person of family `n`. */
function report(n: number): string {
  const family = FAMILY[n] ?? '';
  const lines = FIRST.map((first, i) => `${VERBS[i % VERBS.length] ?? 'وقال'} ${first} ${family} عضو مجلس الحي إن ${TOPICS[(i + n) % TOPICS.length] ?? ''} سيبدأ الشهر المقبل.`);
  return [`اجتماع مجلس الحي رقم ${n + 1} يناقش الخدمات`, `الأحد ${n + 2} حزيران 2024`, '', ...lines, ''].join('\n');
}

const rows = (): ReturnType<Page['locator']> => page.locator('#actor-list tbody tr.actor-row');

test.beforeAll(async ({ browser }) => {
  host = await startHost(['--workspace', workspace]);
  for (let n = 0; n < FAMILY.length; n++) await hostCall(host, 'articles:importText', { name: `council-${n + 1}.txt`, text: report(n) });
  // Every person in the analyst's gazetteer, so each is found whatever cue the sentence has.
  for (const family of FAMILY) for (const first of FIRST) await hostCall(host, 'gazetteer:add', { name: `${first} ${family}`, type: 'person', aliases: [] });
  const list = (await hostCall(host, 'articles:list', { sort: 'title', limit: 500 })) as { items: { id: string }[] };
  const brief = await hostCall(host, 'brief:assemble', { selection: { articleIds: list.items.map((i) => i.id), topics: [] }, title: 'موجز مجالس الأحياء' });
  // Saved as a draft, the UI opens it on start.
  await hostCall(host, 'brief:save', { id: 'draft-actors-e2e', brief });
  ({ page } = await openSession(browser, host));
  await go(page, 'actors');
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

test('80+ actors are compact rows, sortable and filterable by type and text', async () => {
  const n = await rows().count();
  expect(n).toBeGreaterThanOrEqual(80);
  // Compact: the table is a few rows per screen-height of cards, not a page per dozen.
  const height = await page.locator('#actor-list').evaluate((t) => t.getBoundingClientRect().height);
  expect(height / n).toBeLessThan(60);
  await reviewScreen(page, 'actors-table');

  // Typed letter by letter while the table updates under it: the field keeps the focus and every letter.
  await page.locator('#actor-search').pressSequentially('الحلبي');
  await expect(page.locator('#actor-search')).toBeFocused();
  await expect(page.locator('#actor-search')).toHaveValue('الحلبي');
  await expect(rows()).toHaveCount(FIRST.length);
  // Other spellings, folded by the host's text layer: ى for ي without the article, a final hamza, a long vowel
  // spelt elsewhere (the same consonants).
  for (const spelling of ['حلبى', 'السقاء', 'العطر']) {
    await page.locator('#actor-search').fill(spelling);
    await expect(rows()).toHaveCount(FIRST.length);
  }
  await page.locator('#actor-search').fill('');
  await expect(rows()).toHaveCount(n);

  await page.locator('#actor-type-filter').selectOption('person');
  const people = await rows().count();
  expect(people).toBeGreaterThanOrEqual(FIRST.length * FAMILY.length);
  await page.locator('#actor-type-filter').selectOption('');

  // Sorted by name, ascending then descending: the first row becomes the last.
  await page.locator('button.sort[data-sort="name"]').click();
  await expect(page.locator('th[aria-sort="ascending"] button[data-sort="name"]')).toHaveCount(1);
  const first = await rows().first().getAttribute('data-name');
  await page.locator('button.sort[data-sort="name"]').click();
  await expect(rows().last()).toHaveAttribute('data-name', first ?? '');
});

test('two actors far apart are merged from the bar that stays in view, without scrolling back', async () => {
  await page.locator('button.sort[data-sort="name"]').click();
  const n = await rows().count();
  const near = rows().nth(1);
  const far = rows().nth(n - 2);
  const into = (await near.getAttribute('data-name')) ?? '';
  const from = (await far.getAttribute('data-name')) ?? '';
  await near.locator('input[type="checkbox"]').check();
  await far.locator('input[type="checkbox"]').check();
  const scrolled = await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY);
  expect(scrolled).toBeGreaterThan(1000);
  // The bar is on screen down here, and says what the merge will do.
  await expect(page.locator('#merge-picked')).toBeInViewport();
  await expect(page.locator('#picked-actions')).toContainText(into);
  await shoot(page, 'actors-table-far-ar');
  await page.locator('#merge-picked').click();
  await expect(page.locator('#corrections li')).toHaveCount(1);
  await expect(page.locator('#corrections li')).toContainText(from);
  // Still down there: the row ticked last is on screen (the notice above may shift the page by its height; the
  // browser's scroll anchoring keeps the rows where they were).
  await expect(page.locator(`#actor-list tr[data-name="${from}"]`)).toBeInViewport();
  expect(await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBeGreaterThan(scrolled - 200);
  await expect(page.locator('#actor-list tr.picked')).toHaveCount(0);

  // The next assembly applies the merge: one row left, the other name its alias.
  await page.locator('#actors-reassemble').click();
  await expect(page.locator(`#actor-list tr[data-name="${from}"]`)).toHaveCount(0);
  await expect(page.locator(`#actor-list tr[data-name="${into}"]`)).toContainText(from);
});
