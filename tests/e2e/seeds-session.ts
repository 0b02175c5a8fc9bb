import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, type Browser, type Page } from '@playwright/test';
import { seedsDir, startHost, tempDir, type Host } from './host.ts';

/** The seeds' article files, in name order: what most screens are tried on. */
export function seedFiles(): string[] {
  return readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));
}

/** The host and the one page a serial spec file drives. */
export interface OpenedSession {
  host: Host;
  page: Page;
}

type OpenSeeds = (browser: Browser, host: Host, files: readonly string[]) => Promise<{ page: Page }>;

/**
 * Starts a host on a fresh workspace (in a temporary folder named after `prefix`) before the spec file's tests,
 * opens the seeds there with `open` (host.ts's importedSession or assembledSession) and hands the host and page to
 * `opened` (the spec keeps them in its own variables); stops both after the tests. Returns the workspace's path.
 */
export function seedsSession(prefix: string, open: OpenSeeds, opened: (session: OpenedSession) => void): string {
  const workspace = path.join(tempDir(prefix), 'w.mawjaz');
  let session: OpenedSession | undefined;
  test.beforeAll(async ({ browser }) => {
    const host = await startHost(['--workspace', workspace]);
    const { page } = await open(browser, host, seedFiles());
    session = { host, page };
    opened(session);
  });
  test.afterAll(async () => {
    await session?.page.close();
    await session?.host.stop();
  });
  return workspace;
}
