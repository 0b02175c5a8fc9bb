import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { root, seedsDir } from './host.ts';

// The Electron binary is fetched by electron's install script into node_modules/electron/dist; path.txt names it.
const electronInstalled = existsSync(path.join(root, 'node_modules', 'electron', 'path.txt'));

test.describe('the desktop app (Electron)', () => {
  test.skip(!electronInstalled, 'the Electron binary is not installed here (node_modules/electron/path.txt is missing), so the desktop app cannot start; the browser host tests cover the same UI and API, tests/unit/electron the main process with Electron mocked');
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  const requests: string[] = [];
  let exportsDir = '';

  test.beforeAll(async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-electron-'));
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs'), '--out', out], { stdio: 'pipe' });
    const workspace = path.join(out, 'workspace', 'w.mawjaz');
    exportsDir = path.join(out, 'workspace', 'exports');
    app = await electron.launch({ args: [path.join(out, 'main.js')], env: { ...process.env, MAWJAZ_WORKSPACE: workspace } });
    page = await app.firstWindow();
    // Every request the page makes, to prove it never leaves the app's own files.
    page.on('request', (r) => requests.push(r.url()));
    await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens one right-to-left window on the workspace', async () => {
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('#workspace-line')).toContainText('w.mawjaz');
    expect(app.windows()).toHaveLength(1);
  });

  test('gives the page named API functions only: no Node, no ipcRenderer', async () => {
    const surface = await page.evaluate(() => {
      const w = globalThis as unknown as { mawjaz: { api: Record<string, unknown> } & Record<string, unknown>; require?: unknown; process?: unknown };
      return { keys: Object.keys(w.mawjaz).sort(), calls: Object.keys(w.mawjaz.api).length, require: typeof w.require, process: typeof w.process };
    });
    expect(surface.keys).toEqual(['api', 'flushed', 'onAppEvent', 'onProgress', 'saveExportAs', 'setLanguage']);
    expect(surface.calls).toBeGreaterThan(10);
    expect(surface.require).toBe('undefined');
    expect(surface.process).toBe('undefined');
  });

  test('denies new windows and navigation away from the app', async () => {
    const opened = await page.evaluate(() => (globalThis as unknown as { open: (url: string) => unknown }).open('https://example.org/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^file:/);
    expect(app.windows()).toHaveLength(1);
  });

  test('imports, assembles and exports through the preload, offline', async () => {
    const seed = readFileSync(path.join(seedsDir, '000_4ff2338cbc9187df.txt')).toString('base64');
    const exported = await page.evaluate(async (base64) => {
      const api = (globalThis as unknown as { mawjaz: { api: Record<string, (r: unknown) => Promise<{ ok: boolean; value?: never }>> } }).mawjaz.api;
      const imported = await api['articles:importFiles']!({ files: [{ name: '000.txt', base64 }] });
      const list = await api['articles:list']!({});
      const ids = (list.value as unknown as { items: { id: string }[] }).items.map((a) => a.id);
      const brief = await api['brief:assemble']!({ selection: { articleIds: ids } });
      const pdf = await api['brief:export']!({ brief: brief.value, format: 'pdf' });
      return { imported: imported.ok, articles: ids.length, exported: pdf.ok, fileName: (pdf.value as unknown as { fileName?: string } | undefined)?.fileName };
    }, seed);
    expect(exported).toMatchObject({ imported: true, articles: 1, exported: true });
    // The page learns the file's name only, never its path.
    expect(readFileSync(path.join(exportsDir, exported.fileName ?? '')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('devtools:'))).toEqual([]);
  });
});
