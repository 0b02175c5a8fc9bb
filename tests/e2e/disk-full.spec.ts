import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { go, importedSession, openSession, seedsDir, setLanguage, shoot, startHost, tempDir, type Host } from './host.ts';
import { fillDisk, mountScratchDisk, type ScratchDisk } from './scratch-disk.ts';

const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));
const REWRITTEN = 'نقطة أعاد المحلل كتابتها والقرص ممتلئ';

/**
 * The workspace stops taking writes while the analyst edits (here its disk fills up): the edit stays on screen,
 * the UI says what happened and what to do, keeps trying, and saves by itself once there is room again — the
 * draft survives a restart with the edit made while the disk was full.
 */
test('a disk that fills up while editing: nothing is lost', async ({ browser }) => {
  test.skip(process.getuid?.() !== 0, 'needs root to mount a small file system that can fill up');
  const disk = mountScratchDisk(path.join(tempDir('full'), 'disk'), { sizeMb: 48 });
  test.skip(typeof disk === 'string', typeof disk === 'string' ? disk : '');
  const { dir, unmount } = disk as ScratchDisk;
  const workspace = path.join(dir, 'w.mawjaz');
  let host: Host | null = null;
  try {
    host = await startHost(['--workspace', workspace]);
    let { page, net } = await importedSession(browser, host, seeds);
    await go(page, 'brief');
    for (const box of await page.locator('.pick input[id^="pick-article-"]').all()) await box.check();
    await page.locator('#assemble').click();
    await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');

    const filler = fillDisk(dir);
    const item = page.locator('#section-summary li.item').first();
    await item.locator('textarea').fill(REWRITTEN);
    await item.locator('textarea').press('Tab');
    await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'failed');
    // What happened (the file and the cause) and what to do, in the UI's language; the edit is still on screen.
    const alert = page.locator('#alerts .error-line');
    await expect(alert).toContainText(workspace);
    await expect(alert).toContainText('القرص ممتلئ');
    await expect(alert).toContainText('حرّر مساحة على القرص');
    await expect(page.locator('#save-status')).toContainText('ستُعاد المحاولة تلقائياً');
    await expect(item.locator('textarea')).toHaveValue(REWRITTEN);
    await expect(item.locator('.badge.edited')).toBeVisible();
    await shoot(page, 'disk-full-ar');
    await setLanguage(page, 'en');
    await expect(alert).toContainText('the disk is full');
    await expect(alert).toContainText('Free some disk space');
    await shoot(page, 'disk-full-en');
    await setLanguage(page, 'ar');

    // Room again: the retry saves the draft without the analyst doing anything.
    rmSync(filler);
    await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved', { timeout: 40_000 });
    await expect(page.locator('#alerts')).toBeEmpty();
    await expect(page.locator('#messages')).toContainText('حُفظت المسودة');
    net.assertNoLeaks();
    await page.close();

    expect(await host.stop()).toBe(0);
    host = await startHost(['--workspace', workspace]);
    ({ page, net } = await openSession(browser, host));
    await go(page, 'brief');
    await expect(page.locator('#section-summary li.item').first().locator('textarea')).toHaveValue(REWRITTEN);
    net.assertNoLeaks();
  } finally {
    await host?.stop();
    unmount();
  }
});
