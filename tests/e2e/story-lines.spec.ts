import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, openSession, setLanguage, shoot, startHost, tempDir, type Host } from './host.ts';

// The analyst puts a line the cleaner removed back into the story, takes a story line out, and keeps both
// through a re-import of the same file. Text of our own, in the layout scraped news pages have.
test.describe.configure({ mode: 'serial' });

const PROMO = 'اقرأ أيضا: ارتفاع أسعار الوقود للمرة الثالثة هذا العام';
const LAST = 'ودعت الشركة السكان إلى ترشيد الاستهلاك حتى اكتمال الإصلاحات.';
const TEXT = [
  'الرئيسية | أخبار | محليات',
  'انقطاع الكهرباء عن أحياء واسعة في المدينة',
  'الأحد 12 كانون الثاني 2025 - 10:40',
  'انقطعت الكهرباء عن أحياء واسعة في المدينة صباح الأحد بعد عطل في محطة التحويل الرئيسية، بحسب ما أعلنت شركة التوزيع.',
  'وقالت الشركة في بيان إن فرق الصيانة تعمل على إصلاح العطل وإن التيار سيعود تدريجيا خلال ساعات.',
  PROMO,
  'وأضاف البيان أن الأحياء الشرقية ستكون أول ما يعود إليه التيار، على أن تليها الأحياء الجنوبية مساء.',
  LAST,
  'اشترك في قناتنا على تلغرام ليصلك كل جديد',
  '<b>تابعونا</b> على <img src=x onerror="document.title=1">',
].join('\n\n');

const dir = tempDir('lines');
const file = path.join(dir, 'power-cut.txt');
let host: Host;
let page: Page;

test.beforeAll(async ({ browser }) => {
  writeFileSync(file, TEXT, 'utf8');
  host = await startHost(['--workspace', path.join(dir, 'w.mawjaz')]);
  ({ page } = await openSession(browser, host));
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

async function openArticle(): Promise<void> {
  await page.locator('#articles .article-link').first().click();
  await expect(page.locator('#article-pane .article-body p').first()).toBeVisible();
}

test('puts a removed line back into the story and takes a story line out, surviving a re-import', async () => {
  await page.locator('#import-input').setInputFiles(file);
  await expect(page.locator('#articles tbody tr')).toHaveCount(1);
  await openArticle();
  const pane = page.locator('#article-pane');
  const body = pane.locator('.article-body');
  await expect(body).not.toContainText(PROMO);
  await pane.locator('#toggle-removed').click();
  const promo = pane.locator('#removed-lines li', { hasText: PROMO });
  await promo.getByRole('button', { name: /إعادة إلى النص/ }).click();
  await expect(page.locator('#messages')).toContainText('أُعيد السطر');
  // Back in its place: after the second story paragraph, before the third.
  const texts = await body.locator('p').allTextContents();
  expect(texts.indexOf(PROMO)).toBe(texts.findIndex((t) => t.startsWith('وأضاف البيان')) - 1);
  await expect(pane.locator('#removed-lines li', { hasText: PROMO })).toHaveCount(0);

  await pane.locator('.story-line', { hasText: LAST }).getByRole('button', { name: /إخراج من النص/ }).click();
  await expect(body).not.toContainText(LAST);
  await expect(pane.locator('#removed-lines li', { hasText: LAST }).locator('.reason')).toHaveText('أخرجه المحلل');
  // Text stays text: a line that looks like markup, put back, shows its characters and is never read as HTML.
  const markup = pane.locator('#removed-lines li', { hasText: '<b>تابعونا</b>' });
  await markup.getByRole('button', { name: /إعادة إلى النص/ }).click();
  await expect(body).toContainText('<img src=x');
  await expect(body.locator('b, img')).toHaveCount(0);
  await pane.locator('#removed-lines').scrollIntoViewIfNeeded();
  await shoot(page, 'story-lines-ar');
  await expectAccessible(page, 'story lines (ar)');
  await setLanguage(page, 'en');
  await expect(pane.locator('#removed-lines li', { hasText: LAST }).locator('.reason')).toHaveText('taken out by the analyst');
  await pane.locator('.moved-line').first().scrollIntoViewIfNeeded();
  await shoot(page, 'story-lines-en');
  await expectAccessible(page, 'story lines (en)');
  await setLanguage(page, 'ar');

  // The same file again: a duplicate, and the analyst's choices stay.
  await page.locator('#import-input').setInputFiles(file);
  await expect(page.locator('#import-report')).toBeVisible();
  await expect(page.locator('#articles tbody tr')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
  await openArticle();
  await expect(page.locator('#article-pane .article-body')).toContainText(PROMO);
  await expect(page.locator('#article-pane .article-body')).not.toContainText(LAST);
});
