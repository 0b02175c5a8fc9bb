import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { expect, type Browser, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const seedsDir = path.join(root, 'tests', 'fixtures', 'seeds');
// Written on every run for review by eye (git-ignored): open them after a UI change.
export const screenshotsDir = path.join(root, 'tests', 'output', 'screenshots');

export interface Host {
  url: string;
  origin: string;
  token: string;
  child: ChildProcess;
  stderr: () => string;
  stop: () => Promise<number | null>;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `mawjaz-e2e-${prefix}-`));
}

/** Runs `mawjaz web` as the analyst would and waits for the address it prints as its first line. */
export function startHost(args: string[], env: Record<string, string> = {}): Promise<Host> {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'mawjaz.mjs'), 'web', '--no-open', '--port', '0', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      const url = new URL(line.trim());
      resolve({
        url: url.href,
        origin: url.origin,
        token: url.searchParams.get('token') ?? '',
        child,
        stderr: () => err,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
    void exited.then((code) => reject(new Error(`mawjaz web exited (${String(code)}) before printing its address: ${err}`)));
  });
}

/** Runs `mawjaz web` expecting it to fail; resolves with its exit code and what it wrote to stderr. */
export function failingHost(args: string[]): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'mawjaz.mjs'), 'web', '--no-open', '--port', '0', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), 30_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    }),
  );
}

/**
 * Offline for real: every request the page makes is routed here; anything that is not the local host is aborted
 * and recorded, and `assertNoLeaks` fails the test if there was any.
 */
export async function offline(page: Page): Promise<{ assertNoLeaks: () => void }> {
  const leaks: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' && url.hostname === '127.0.0.1') || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
    leaks.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { assertNoLeaks: () => expect(leaks, 'requests that left 127.0.0.1').toEqual([]) };
}

/** No serious or critical accessibility violation on the page as it stands. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${String(v.impact)}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(bad, `axe on ${label}`).toEqual([]);
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: false });
}

/** A fresh browser context on the host's UI, offline for real: the page and its leak check. */
export async function openSession(browser: Browser, host: Host): Promise<{ page: Page; net: { assertNoLeaks: () => void } }> {
  const page = await (await browser.newContext()).newPage();
  const net = await offline(page);
  await openUi(page, host);
  return { page, net };
}

/** Opens a session and imports `files` through the file picker, waiting until the library lists them all. */
export async function importedSession(browser: Browser, host: Host, files: readonly string[]): Promise<{ page: Page; net: { assertNoLeaks: () => void } }> {
  const session = await openSession(browser, host);
  await session.page.locator('#import-input').setInputFiles([...files]);
  await expect(session.page.locator('#articles tbody tr')).toHaveCount(files.length);
  return session;
}

/** Imports `files` and assembles a brief of all of them: the editor in focus, as the chart views are tested. */
export async function assembledSession(browser: Browser, host: Host, files: readonly string[]): Promise<{ page: Page; net: { assertNoLeaks: () => void } }> {
  const session = await importedSession(browser, host, files);
  await go(session.page, 'brief');
  for (const box of await session.page.locator('.pick input[id^="pick-article-"]').all()) await box.check();
  await session.page.locator('#assemble').click();
  await expect(session.page.locator('#brief-editor')).toBeFocused();
  return session;
}

/**
 * Writes each article as a page prints it (headline, then date and outlet, then the paragraphs) into `dir`, imports
 * them all and assembles a brief of them titled `title`, saved.
 */
export async function assembleArticles(page: Page, dir: string, articles: readonly { id: string; body: string; published: string | null; outlet: string | null }[], title: string): Promise<void> {
  const files = articles.map((a) => {
    const [headline, ...paragraphs] = a.body.split('\n\n');
    const file = path.join(dir, `${a.id}.txt`);
    writeFileSync(file, [headline, `${a.published ?? ''} - ${a.outlet ?? ''}`, ...paragraphs].join('\n\n'), 'utf8');
    return file;
  });
  await page.locator('#import-input').setInputFiles(files);
  await expect(page.locator('#articles tbody tr')).toHaveCount(files.length);
  await go(page, 'brief');
  await page.locator('#brief-title').fill(title);
  for (let i = 0; i < files.length; i++) await page.locator('.pick input[id^="pick-article-"]').nth(i).check();
  await page.locator('#assemble').click();
  await expect(page.locator('#save-status')).toHaveAttribute('data-state', 'saved');
}

/** Opens the UI and waits until it has loaded the workspace. */
export async function openUi(page: Page, host: Host): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
}

export async function setLanguage(page: Page, lang: 'ar' | 'en'): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) !== lang) await page.locator('#lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
}

/** Screenshots and axe on the current screen, in Arabic and in English; leaves the UI in Arabic. */
export async function reviewScreen(page: Page, name: string): Promise<void> {
  await setLanguage(page, 'ar');
  await shoot(page, `${name}-ar`);
  await expectAccessible(page, `${name} (ar)`);
  await setLanguage(page, 'en');
  await shoot(page, `${name}-en`);
  await expectAccessible(page, `${name} (en)`);
  await setLanguage(page, 'ar');
}

/** Calls the host's API directly (as the page does, with its token): the answer's value, or undefined on failure. */
export async function hostCall(host: Host, method: string, request: unknown): Promise<unknown> {
  const res = await fetch(`${host.origin}/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mawjaz-token': host.token },
    body: JSON.stringify(request),
  });
  return ((await res.json()) as { value?: unknown }).value;
}

export async function go(page: Page, screen: 'library' | 'topics' | 'brief' | 'actors' | 'export' | 'settings' | 'about'): Promise<void> {
  await page.locator(`nav button[data-screen="${screen}"]`).click();
  await expect(page.locator(`nav button[data-screen="${screen}"]`)).toHaveAttribute('aria-current', 'page');
}
