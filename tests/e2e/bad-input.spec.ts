import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { failingHost, offline, openUi, seedsDir, shoot, startHost, tempDir, type Host } from './host.ts';
import { mountScratchDisk } from './scratch-disk.ts';

// A few bytes that are no text in any encoding: NULs, a PNG signature and stray high bytes.
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0, 1, 2, 3, 0, 0, 0x9c, 0x80]);

test.describe('bad files through the UI', () => {
  let host: Host;
  test.beforeAll(async () => {
    host = await startHost(['--workspace', path.join(tempDir('bad'), 'w.mawjaz')]);
  });
  test.afterAll(async () => {
    await host.stop();
  });

  test('a binary file picked with a good one: a clear error line names it, the good one is imported', async ({ page }) => {
    const net = await offline(page);
    await openUi(page, host);
    await page.locator('#import-input').setInputFiles([
      { name: 'photo-renamed.txt', mimeType: 'text/plain', buffer: BINARY },
      { name: '000_4ff2338cbc9187df.txt', mimeType: 'text/plain', buffer: readFileSync(path.join(seedsDir, '000_4ff2338cbc9187df.txt')) },
    ]);
    const failed = page.locator('#import-report li.report-failed');
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText('photo-renamed.txt');
    // The reason is more than the word "failed".
    expect(((await failed.textContent()) ?? '').length).toBeGreaterThan('photo-renamed.txt'.length + 20);
    // Said in the UI's language from the failure's code, not the reader's English message.
    await expect(failed).toContainText('هذا ملف ثنائي وليس نصاً.');
    await expect(failed.locator('.error-text')).not.toContainText(/binary|not text/);
    await expect(failed.locator('.error-detail summary')).toHaveText('نص الخطأ كما كتبه القارئ (بالإنجليزية)');
    await page.locator('#lang-switch').click();
    await expect(failed).toContainText('This is a binary file, not text.');
    await page.locator('#lang-switch').click();
    await expect(page.locator('#articles tbody tr')).toHaveCount(1);
    await shoot(page, 'import-error-ar');
    net.assertNoLeaks();
  });

  test('a whole folder, nested, is imported with the files Mawjaz reads', async ({ page }) => {
    const net = await offline(page);
    const folder = path.join(tempDir('folder'), 'press');
    mkdirSync(path.join(folder, 'april'), { recursive: true });
    writeFileSync(path.join(folder, '001_f195298f482e62d6.txt'), readFileSync(path.join(seedsDir, '001_f195298f482e62d6.txt')));
    writeFileSync(path.join(folder, 'april', '002_370ad7f8b841efc5.txt'), readFileSync(path.join(seedsDir, '002_370ad7f8b841efc5.txt')));
    writeFileSync(path.join(folder, 'april', 'cover.png'), BINARY);
    await openUi(page, host);
    await page.locator('#import-folder-input').setInputFiles(folder);
    const report = page.locator('#import-report');
    await expect(report.locator('li.report-imported')).toHaveCount(2);
    await expect(report).not.toContainText('cover.png');
    net.assertNoLeaks();
  });

  test('a binary file dropped onto the window is refused by name', async ({ page }) => {
    const net = await offline(page);
    await openUi(page, host);
    // Built in the page as a string: the test's own TypeScript knows no DOM.
    await page.evaluate(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(${JSON.stringify([...BINARY])})], 'dropped.bin', { type: 'application/octet-stream' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    })()`);
    const failed = page.locator('#import-report li.report-failed');
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText('dropped.bin');
    await expect(page.locator('#drop-overlay')).toBeHidden();
    net.assertNoLeaks();
  });

  test('a file over the 20 MB limit is refused by name before its upload; the others are imported', async ({ page }) => {
    const net = await offline(page);
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/articles%3AimportFiles') || r.url().includes('/api/articles:importFiles')) sent.push(r.postData() ?? '');
    });
    await openUi(page, host);
    await page.locator('#import-input').setInputFiles([
      { name: 'huge-scan.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 0x61) },
      { name: '003_seed.txt', mimeType: 'text/plain', buffer: readFileSync(path.join(seedsDir, readdirSync(seedsDir).filter((f) => f.startsWith('003_'))[0] ?? '')) },
    ]);
    const failed = page.locator('#import-report li.report-failed');
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText('huge-scan.txt');
    await expect(failed).toContainText('الملف أكبر مما يقرؤه موجز بأمان');
    // The reader's own words stay at hand, folded and marked as English.
    await expect(failed.locator('.error-detail [lang="en"]')).toHaveText('the file is 21 MB, more than the 20 MB limit');
    await expect(page.locator('#import-report li.report-imported')).toHaveCount(1);
    expect(sent.length).toBe(1);
    expect(sent.join('')).not.toContain('huge-scan.txt');
    net.assertNoLeaks();
  });

  test('a batch the host refuses is reported file by file, and the next batch is still imported', async ({ page }) => {
    const net = await offline(page);
    let calls = 0;
    // The first batch (25 files) is answered with an error, as a host refusing the request would.
    await page.route('**/api/articles*importFiles', (route) => {
      calls++;
      if (calls > 1) return route.continue();
      return route.fulfill({ status: 413, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'the request is too large' } }) });
    });
    await openUi(page, host);
    const notes = Array.from({ length: 25 }, (_, i) => ({ name: `note-${String(i).padStart(2, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`ملاحظة رقم ${String(i)}`) }));
    const seed = readdirSync(seedsDir).filter((f) => f.startsWith('004_'))[0] ?? '';
    await page.locator('#import-input').setInputFiles([...notes, { name: seed, mimeType: 'text/plain', buffer: readFileSync(path.join(seedsDir, seed)) }]);
    const failed = page.locator('#import-report li.report-failed');
    await expect(failed).toHaveCount(25);
    await expect(failed.first()).toContainText('note-00.txt');
    await expect(failed.first()).toContainText('لم يصل الملف إلى موجز');
    await expect(failed.first().locator('.error-detail [lang="en"]')).toHaveText('the request is too large');
    await expect(page.locator('#import-report li.report-imported')).toHaveCount(1);
    await expect(page.locator('#import-report li.report-imported')).toContainText(seed);
    expect(calls).toBe(2);
    net.assertNoLeaks();
  });
});

test.describe('a workspace that cannot be written', () => {
  test('a workspace path under a file: the host says so and exits', async () => {
    const dir = tempDir('unwritable');
    writeFileSync(path.join(dir, 'a-file'), 'not a folder');
    const target = path.join(dir, 'a-file', 'w.mawjaz');
    const r = await failingHost(['--workspace', target]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(target);
    expect(r.stderr).toMatch(/a file stands where its folder should be|not a directory/i);
    expect(r.stderr).not.toMatch(/\n\s+at /); // one clear line, no stack trace
  });

  test('a read-only folder: the host says so and exits', async () => {
    const dir = path.join(tempDir('readonly'), 'locked');
    // Permission bits do not stop root: as root the folder is a read-only file system of the test's own.
    let release = (): void => chmodSync(dir, 0o755);
    if (process.getuid?.() === 0) {
      const disk = mountScratchDisk(dir, { sizeMb: 1, readOnly: true });
      test.skip(typeof disk === 'string', typeof disk === 'string' ? disk : '');
      if (typeof disk !== 'string') release = disk.unmount;
    } else {
      mkdirSync(dir);
      chmodSync(dir, 0o555);
    }
    const target = path.join(dir, 'w.mawjaz');
    try {
      const r = await failingHost(['--workspace', target]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(target);
      expect(r.stderr).toMatch(/permission denied|read-only file system/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      release();
    }
  });
});

test('the first start on the default workspace shows the sample articles', async ({ page }) => {
  const workspace = path.join(tempDir('first'), 'data', 'Mawjaz', 'workspace.mawjaz');
  const host = await startHost([], { MAWJAZ_WORKSPACE: workspace });
  try {
    const net = await offline(page);
    await openUi(page, host);
    await expect(page.locator('#workspace-line')).toContainText('workspace.mawjaz');
    expect(await page.locator('#articles tbody tr').count()).toBeGreaterThanOrEqual(3);
    net.assertNoLeaks();
  } finally {
    await host.stop();
  }
});
