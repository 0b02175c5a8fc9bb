import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { exportsDirFor } from '../../main/library/workspace-path.ts';
import { go, hostCall, importedSession, openUi, reviewScreen, shoot, type Host } from './host.ts';
import { seedsSession } from './seeds-session.ts';

// Issue 10, point 1: re-assembling a brief must not throw away the analyst's edits, the export must carry them,
// and the undo history must outlive a reload. Then briefs as documents: a list to open, duplicate, rename, delete.
test.describe.configure({ mode: 'serial' });

const TITLE = 'موجز الحدود';
const SECOND = 'موجز ثان';
const EDITED = 'صاغ المحلل هذه النقطة بكلماته الخاصة';

let host: Host;
let page: Page;
const workspace = seedsSession('briefs', importedSession, (opened) => ({ host, page } = opened));
let original = '';
let excludedText = '';
let edited = '';
let excluded = '';

function summaryTexts(): Promise<string[]> {
  return page.locator('#section-summary textarea[id^="text-"]').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
}

/** The time the most recently saved brief was assembled, asked of the host directly. */
async function savedGeneratedAt(): Promise<string> {
  const list = (await hostCall(host, 'brief:list', {})) as { briefs: { id: string; updatedAt: string }[] };
  const latest = list.briefs.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return latest ? ((await hostCall(host, 'brief:get', { id: latest.id })) as { brief: { generatedAt: string } }).brief.generatedAt : '';
}

function newestPdf(): string {
  const dir = exportsDirFor(workspace);
  const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => path.join(dir, f));
  return pdfs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] ?? '';
}

test('re-assembling with corrections keeps a rewritten and an excluded point, and the export carries the edit', async () => {
  await go(page, 'brief');
  await page.locator('#brief-title').fill(TITLE);
  for (const i of [0, 1, 2, 3]) await page.locator('.pick input[id^="pick-article-"]').nth(i).check();
  await page.locator('#assemble').click();
  await expect(page.locator('#draft-title')).toHaveValue(TITLE);
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
  const items = page.locator('#section-summary li.item');
  expect(await items.count()).toBeGreaterThanOrEqual(3);
  edited = (await items.nth(0).getAttribute('data-id')) ?? '';
  excluded = (await items.nth(1).getAttribute('data-id')) ?? '';
  original = await items.nth(0).locator('textarea').inputValue();
  excludedText = await items.nth(1).locator('textarea').inputValue();

  const rewritten = page.locator(`#section-summary li[data-id="${edited}"]`);
  await rewritten.locator('textarea').fill(EDITED);
  await rewritten.locator('textarea').press('Tab');
  await expect(rewritten.locator('.badge.edited')).toBeVisible();
  await page.locator(`#section-summary li[data-id="${excluded}"] input[type="checkbox"]`).uncheck();
  await expect(page.locator(`#section-summary li[data-id="${excluded}"]`)).toHaveClass(/excluded/);
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');

  await expect(page.locator('#reassemble')).toHaveText('إعادة الإعداد بالتصحيحات');
  const before = await savedGeneratedAt();
  await page.locator('#reassemble').click();
  // Done when the re-assembled draft is in the workspace (it carries the new assembly's time).
  await expect.poll(savedGeneratedAt, { timeout: 60_000 }).not.toBe(before);
  await expect(page.locator('#reassemble')).toBeEnabled();
  await expect(page.locator(`#section-summary li[data-id="${edited}"] textarea`)).toHaveValue(EDITED);
  await expect(page.locator('#messages')).not.toBeEmpty();
  await expect(page.locator(`#section-summary li[data-id="${edited}"] .badge.edited`)).toBeVisible();
  await expect(page.locator(`#section-summary li[data-id="${excluded}"]`)).toHaveClass(/excluded/);
  expect(await summaryTexts()).not.toContain(original);
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');

  await go(page, 'export');
  const preview = page.locator('#brief-preview');
  await expect(preview).toContainText(EDITED);
  await expect(preview).not.toContainText(excludedText.slice(0, 40));
  await page.locator('#format-pdf').check();
  await page.locator('#export').click();
  await expect(page.locator('#exported')).toBeVisible();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', newestPdf(), '-'], { encoding: 'utf8' }).normalize('NFKC').replace(/\s+/g, ' ');
  expect(text).toContain('بكلماته');
});

test('after a reload, undo still steps back through the edits, and redo forward', async () => {
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
  await go(page, 'brief');
  await expect(page.locator(`#section-summary li[data-id="${edited}"] textarea`)).toHaveValue(EDITED);
  await expect(page.locator('#undo')).toBeEnabled();
  // Back over the re-assembly, then the exclusion: the point is in again, the rewrite still there.
  await page.locator('#undo').click();
  await expect(page.locator(`#section-summary li[data-id="${excluded}"]`)).toHaveClass(/excluded/);
  await page.locator('#undo').click();
  await expect(page.locator(`#section-summary li[data-id="${excluded}"]`)).not.toHaveClass(/excluded/);
  await expect(page.locator(`#section-summary li[data-id="${edited}"] textarea`)).toHaveValue(EDITED);
  await page.locator('#undo').click();
  await expect(page.locator(`#section-summary li[data-id="${edited}"] textarea`)).toHaveValue(original);
  await expect(page.locator('#redo')).toBeEnabled();
  await page.locator('#redo').click();
  await expect(page.locator(`#section-summary li[data-id="${edited}"] textarea`)).toHaveValue(EDITED);
  await page.locator('#redo').click();
  await expect(page.locator(`#section-summary li[data-id="${excluded}"]`)).toHaveClass(/excluded/);
  // And after another reload, the redone state is what opens.
  await openUi(page, host);
  await go(page, 'brief');
  await expect(page.locator(`#section-summary li[data-id="${excluded}"]`)).toHaveClass(/excluded/);
  await expect(page.locator(`#section-summary li[data-id="${edited}"] textarea`)).toHaveValue(EDITED);
});

test('a new assembly is a new brief; the list opens, duplicates, renames and deletes them, with undo', async () => {
  const list = page.locator('#brief-list .saved-briefs > li');
  await expect(list).toHaveCount(1);
  await page.locator('#brief-title').fill(SECOND);
  for (const i of [0, 1, 2, 3]) await page.locator('.pick input[id^="pick-article-"]').nth(i).uncheck();
  await page.locator('.pick input[id^="pick-article-"]').nth(4).check();
  await page.locator('#assemble').click();
  await expect(page.locator('#draft-title')).toHaveValue(SECOND);
  await expect(list).toHaveCount(2);
  await expect(page.locator('#brief-list li.open')).toContainText(SECOND);
  await expect(page.locator('#undo')).toBeDisabled();

  // The first brief is untouched by the second assembly.
  const first = list.filter({ hasText: TITLE });
  await first.locator('button[data-key$="-open"]').click();
  await expect(page.locator('#draft-title')).toHaveValue(TITLE);
  await expect(page.locator(`#section-summary li[data-id="${edited}"] textarea`)).toHaveValue(EDITED);

  await first.locator('button[data-key$="-duplicate"]').click();
  await expect(list).toHaveCount(3);
  const copy = list.filter({ hasText: `نسخة من ${TITLE}` });
  await expect(copy).toHaveCount(1);
  // While renamed, the row holds the title as a field's value (not as text): found by its id.
  const row = page.locator(`#brief-list li[data-id="${(await copy.getAttribute('data-id')) ?? ''}"]`);
  await row.locator('button[data-key$="-rename"]').click();
  await row.locator('input[data-key$="-title"]').fill('نسخة للعرض');
  await row.locator('button[type="submit"]').click();
  await expect(list.filter({ hasText: 'نسخة للعرض' })).toHaveCount(1);

  await reviewScreen(page, 'briefs-list');
  await page.locator('#brief-editor').scrollIntoViewIfNeeded();
  await shoot(page, 'briefs-editor-ar');

  // Asked first: «no» keeps it, «yes» deletes it.
  await list.filter({ hasText: 'نسخة للعرض' }).locator('button[data-key$="-delete"]').click();
  await expect(list.filter({ hasText: 'نسخة للعرض' }).locator('[role="alertdialog"]')).toContainText('حذف الموجز «نسخة للعرض»؟');
  await list.filter({ hasText: 'نسخة للعرض' }).locator('button[data-key$="-delete-no"]').click();
  await expect(list).toHaveCount(3);
  await list.filter({ hasText: 'نسخة للعرض' }).locator('button[data-key$="-delete"]').click();
  await list.filter({ hasText: 'نسخة للعرض' }).locator('button[data-key$="-delete-yes"]').click();
  await expect(list).toHaveCount(2);
  await expect(page.locator('#undo-delete')).toBeVisible();
  await page.locator('#undo-delete').click();
  await expect(list).toHaveCount(3);
  await expect(list.filter({ hasText: 'نسخة للعرض' })).toHaveCount(1);

  // Deleting the open brief closes it; undoing brings it back open.
  await list.filter({ hasText: TITLE }).first().locator('button[data-key$="-delete"]').click();
  await list.filter({ hasText: TITLE }).first().locator('button[data-key$="-delete-yes"]').click();
  await expect(page.locator('#brief-editor')).toHaveCount(0);
  await page.locator('#undo-delete').click();
  await expect(page.locator('#draft-title')).toHaveValue(TITLE);
  await expect(page.locator(`#section-summary li[data-id="${edited}"] textarea`)).toHaveValue(EDITED);
});


test('re-assembling a topic brief after the topic grew marks the new material new', async () => {
  const TOPIC = 'الحدود';
  await go(page, 'topics');
  await page.locator('#topic-name').fill(TOPIC);
  await page.locator('#topic-create').click();
  await expect(page.locator(`#topic-list li[data-name="${TOPIC}"]`)).toBeVisible();
  const assign = async (row: number): Promise<void> => {
    await go(page, 'library');
    const box = page.locator('#articles tbody input[type="checkbox"]').nth(row);
    await box.check();
    await page.locator('#assign-button').click();
    await expect(page.locator('#articles tbody tr').nth(row).locator('.chip', { hasText: TOPIC })).toBeVisible();
    await box.uncheck();
  };
  await assign(0);
  await go(page, 'brief');
  await page.locator('#brief-title').fill('موجز الموضوع');
  for (const box of await page.locator('.pick input[id^="pick-article-"]').all()) await box.uncheck();
  await page.locator('label[for^="pick-topic-"]', { hasText: TOPIC }).click();
  await page.locator('#assemble').click();
  await expect(page.locator('#draft-title')).toHaveValue('موجز الموضوع');
  await expect(page.locator('#section-summary .badge.new')).toHaveCount(0);
  const first = (await page.locator('#section-summary li.item').first().getAttribute('data-id')) ?? '';
  await page.locator(`#section-summary li[data-id="${first}"] textarea`).fill(EDITED);
  await page.locator(`#section-summary li[data-id="${first}"] textarea`).press('Tab');
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');

  await assign(1);
  await go(page, 'brief');
  await page.locator('#reassemble').click();
  await expect(page.locator('#section-summary .badge.new').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.locator(`#section-summary li[data-id="${first}"] textarea`)).toHaveValue(EDITED);
  await expect(page.locator('#messages')).toContainText('عناصر جديدة');
  await page.locator('#section-summary .badge.new').first().scrollIntoViewIfNeeded();
  await reviewScreen(page, 'briefs-new-material');
});
