import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { postgresMissing, startCluster, type PgCluster } from '../helpers/pg-cluster.ts';
import { go, hostCall, openSession, openUi, reviewScreen, root, seedsDir, setLanguage, startHost, tempDir, type Host } from './host.ts';

// Issue 21: the settings view chooses a team library. Against the browser host on a workspace file it tries a
// library on a real, throwaway PostgreSQL server (a wrong password, a server that is not there, the right one), each
// answer one sentence naming host:port/database and never the password; and a host started on the library itself
// (`mawjaz web --workspace postgres://…`) serves the desk from it. Switching the desktop app is app:* (tests/unit/
// electron/main.test.ts, with Electron mocked): a browser's host serves the workspace it was started on, and says so.
test.describe.configure({ mode: 'serial' });

const missing = postgresMissing();
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));
let cluster: PgCluster | null = null;
let library = '';

test.beforeAll(async () => {
  if (missing !== null) return;
  cluster = await startCluster();
  const url = new URL(await cluster.createDatabase('desk'));
  url.password = '';
  library = url.toString();
});
test.afterAll(() => cluster?.destroy());

test.describe('the settings view on a workspace file', () => {
  let host: Host;
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    host = await startHost(['--workspace', path.join(tempDir('team-settings'), 'w.mawjaz')]);
    ({ page } = await openSession(browser, host));
  });
  test.afterAll(async () => {
    await page.close();
    await host.stop();
  });

  test('says a server that is not there, and an address to type first, in one sentence each', async () => {
    await go(page, 'settings');
    await setLanguage(page, 'en');
    await expect(page.locator('#settings-current')).toHaveText('Workspace in use: w.mawjaz');
    await expect(page.locator('#team-use')).toHaveCount(0);
    await expect(page.locator('#team-browser-note')).toContainText('mawjaz web --workspace postgres://');
    await page.locator('#team-check').click();
    await expect(page.locator('#team-status')).toHaveText('Type the library address first.');
    // Port 1 on loopback: nothing listens there.
    await page.locator('#team-location').fill('postgres://analyst@127.0.0.1:1/desk');
    await page.locator('#team-password').fill('typed-secret-1');
    await page.locator('#team-check').click();
    await expect(page.locator('#team-status')).toHaveText(
      'The connection to the team library at 127.0.0.1:1/desk was refused: is the server running and listening there?',
    );
    await expect(page.locator('#team-status')).toHaveClass(/error/);
    // The password was read once and not kept on the page.
    await expect(page.locator('#team-password')).toHaveValue('');
    expect(await page.content()).not.toContain('typed-secret-1');
    await setLanguage(page, 'ar');
  });

  test('tries a library on a real server: a wrong password refused, the right one answers what the library holds', async () => {
    test.skip(missing !== null, missing ?? '');
    if (cluster === null) throw new Error('no cluster');
    await go(page, 'settings');
    await setLanguage(page, 'en');
    await page.locator('#team-location').fill(library);
    await page.locator('#team-password').fill('not-the-password');
    await page.locator('#team-check').click();
    await expect(page.locator('#team-status')).toHaveText(`The team library at 127.0.0.1:${String(cluster.port)}/desk refused the password.`);
    await page.locator('#team-password').fill(cluster.password);
    await page.locator('#team-check').click();
    await expect(page.locator('#team-status')).toHaveText(`Connected to the library 127.0.0.1:${String(cluster.port)}/desk which holds 0 articles and 0 briefs.`);
    await expect(page.locator('#team-status')).toHaveClass(/ok/);
    expect(await page.content()).not.toContain(cluster.password);
    // The workspace in use is still the file.
    await expect(page.locator('#workspace-line')).toContainText('w.mawjaz');
    await reviewScreen(page, 'settings');
    // Said again in Arabic when the language changes (reviewScreen leaves the UI in Arabic).
    await expect(page.locator('#team-status')).toContainText('نجح الاتصال بالمكتبة');
  });
});

test.describe('the browser host on a team library', () => {
  test('serves the desk from the library: the workspace line names the server, imports land in the library', async ({ browser }) => {
    test.skip(missing !== null, missing ?? '');
    if (cluster === null) throw new Error('no cluster');
    const host = await startHost(['--workspace', library], { MAWJAZ_LIBRARY_PASSWORD: cluster.password });
    const { page, net } = await openSession(browser, host);
    try {
      const server = `127.0.0.1:${String(cluster.port)}/desk`;
      await expect(page.locator('#workspace-line bdi')).toHaveText(server);
      await page.locator('#import-input').setInputFiles(seeds);
      await expect(page.locator('#articles tbody tr')).toHaveCount(seeds.length);
      await go(page, 'settings');
      await setLanguage(page, 'en');
      await expect(page.locator('#settings-current')).toHaveText(`Team library in use: ${server}`);
      // The library as another analyst's host would try it: it now holds what this one imported.
      await page.locator('#team-location').fill(library);
      await page.locator('#team-check').click();
      await expect(page.locator('#team-status')).toHaveText(`Connected to the library ${server} which holds ${String(seeds.length)} articles and 0 briefs.`);
      expect(host.stderr()).not.toContain(cluster.password);

      // Two analysts saved the same brief from version 1: the library kept the first and the refused one beside it.
      const sample = JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'briefs', 'sample.json'), 'utf8')) as { title: string };
      await hostCall(host, 'brief:save', { id: 'shared', brief: { ...sample, title: 'Desk brief' } });
      await hostCall(host, 'brief:save', { id: 'shared', brief: { ...sample, title: 'Ana’s edit' }, baseVersion: 1 });
      expect(await hostCall(host, 'brief:save', { id: 'shared', brief: { ...sample, title: 'Bo’s edit' }, baseVersion: 1 })).toMatchObject({ conflict: { baseVersion: 1, currentVersion: 2 } });
      await openUi(page, host);
      await go(page, 'brief');
      await page.locator('[data-key="saved-shared-versions"]').click();
      const versions = page.locator('#versions-shared');
      await expect(versions.locator('.version-list li')).toHaveText([/Version 1: saved by mawjaz, [^]*Open a copy/, /Version 2: saved by mawjaz, [^]*Open a copy/, /Version 2: save refused by mawjaz, \d/]);
      await expect(versions.locator('.version-list li').nth(2).locator('button')).toHaveCount(0);
      await expect(versions.locator('.refused-saves li')).toHaveText(/mawjaz, .*: “Bo’s edit”, made from version 1 when it was already 2\s*Keep both/);
      await reviewScreen(page, 'team-brief-versions');
      await setLanguage(page, 'en');
      await versions.locator('[data-key="versions-shared-keep-1"]').click();
      await expect(versions.locator('.refused-saves .badge')).toHaveText('kept as a brief of its own');
      await expect(page.locator('#brief-list .brief-name bdi')).toContainText(['Bo’s edit', 'Ana’s edit']);
      await versions.locator('[data-key="versions-shared-open-1"]').click();
      await expect(page.locator('#brief-list li.open .brief-name bdi')).toHaveText('Desk brief (version 1)');
      net.assertNoLeaks();
    } finally {
      await page.close();
      await host.stop();
    }
  });
});

test.describe('two analysts editing one brief on a team library', () => {
  test('the later save or undo, made from an older version, is refused (a save kept); the editor goes on from the newest', async ({ browser }) => {
    test.skip(missing !== null, missing ?? '');
    if (cluster === null) throw new Error('no cluster');
    const url = new URL(await cluster.createDatabase('twodesks'));
    url.password = '';
    const host = await startHost(['--workspace', url.toString()], { MAWJAZ_LIBRARY_PASSWORD: cluster.password });
    const sample = JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'briefs', 'sample.json'), 'utf8')) as { title: string };
    await hostCall(host, 'brief:save', { id: 'shared', brief: { ...sample, title: 'Desk brief' } });
    const ana = await openSession(browser, host);
    const bo = await openSession(browser, host);
    const rename = async (page: Page, title: string): Promise<void> => {
      await go(page, 'brief');
      await page.locator('[data-key="saved-shared-rename"]').click();
      await page.locator('#saved-shared-title').fill(title);
      await page.locator('[data-key="saved-shared-save"]').click();
    };
    const libraryTitle = async (): Promise<string> => ((await hostCall(host, 'brief:get', { id: 'shared' })) as { brief: { title: string } }).brief.title;
    try {
      // Both opened version 1 (the newest brief opens on start).
      for (const { page } of [ana, bo]) {
        await go(page, 'brief');
        await expect(page.locator('#brief-list li.open .brief-name bdi')).toHaveText('Desk brief');
      }
      await rename(ana.page, 'Ana’s title');
      await expect.poll(libraryTitle).toBe('Ana’s title');
      await setLanguage(bo.page, 'en');
      await rename(bo.page, 'Bo’s title');
      await expect(bo.page.locator('#messages')).toContainText('Another analyst saved this brief in the team library after you opened it');
      // Not overwritten: the library keeps Ana's, Bo's editor shows it, Bo's edit is kept beside it.
      await expect(bo.page.locator('#brief-list li.open .brief-name bdi')).toHaveText('Ana’s title');
      expect(await libraryTitle()).toBe('Ana’s title');
      const versions = (await hostCall(host, 'brief:versions', { id: 'shared' })) as { refused: { title: string; baseVersion: number }[] };
      expect(versions.refused.map((r) => [r.title, r.baseVersion])).toEqual([['Bo’s title', 1]]);
      // Bo goes on from the newest version: the next save lands.
      await rename(bo.page, 'Bo, after reading Ana’s');
      await expect.poll(libraryTitle).toBe('Bo, after reading Ana’s');
      // Ana's editor still holds her version: her undo would silently revert Bo's newer save, so it is refused.
      await setLanguage(ana.page, 'en');
      await expect(ana.page.locator('#undo')).toBeEnabled();
      await ana.page.locator('#undo').click();
      await expect(ana.page.locator('#messages')).toContainText('Another analyst changed this brief after your version');
      await expect(ana.page.locator('#brief-list li.open .brief-name bdi')).toHaveText('Bo, after reading Ana’s');
      expect(await libraryTitle()).toBe('Bo, after reading Ana’s');
      ana.net.assertNoLeaks();
      bo.net.assertNoLeaks();
    } finally {
      await ana.page.close();
      await bo.page.close();
      await host.stop();
    }
  });
});
