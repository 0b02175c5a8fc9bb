import { existsSync } from 'node:fs';
import path from 'node:path';
import { test, expect, _electron as electron } from '@playwright/test';
import { root } from './host.ts';

// The Electron binary is fetched by electron's install script into node_modules/electron/dist; path.txt names it.
const electronInstalled = existsSync(path.join(root, 'node_modules', 'electron', 'path.txt'));
const built = existsSync(path.join(root, 'out', 'main.js'));

test.describe('the desktop app (Electron)', () => {
  test.skip(!electronInstalled, 'the Electron binary is not installed here (node_modules/electron/path.txt is missing), so the desktop app cannot start; the browser host tests cover the same UI and API');
  test.skip(!built, 'the Electron build (out/main.js) is missing: run `npm run build` first');

  test('opens the window with the UI and answers through the preload', async () => {
    const workspace = path.join(root, 'tests', '.tmp', `electron-${Date.now()}`, 'w.mawjaz');
    const app = await electron.launch({ args: [path.join(root, 'out', 'main.js')], env: { ...process.env, MAWJAZ_WORKSPACE: workspace } });
    const window = await app.firstWindow();
    await expect(window.locator('body[data-ready="true"]')).toHaveCount(1);
    await expect(window.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(window.locator('#workspace-line')).toContainText('w.mawjaz');
    await app.close();
  });
});
