import { defineConfig } from '@playwright/test';

// The browser host's end-to-end tests. Chromium is Debian's (no browser download): CHROMIUM_PATH overrides it.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'tests/.tmp/playwright',
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  // The list, then every skipped test and why (the list reporter leaves out the reason).
  reporter: [['list'], ['./tests/reporters/playwright-skip-reasons.ts']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
    trace: 'off',
  },
});
