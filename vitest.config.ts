import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['tests/setup-fast-check.ts'],
    // Every skipped test says why at the end of the run (the default reporter shows only how many were skipped).
    reporters: ['default', './tests/reporters/vitest-skip-reasons.ts'],
  },
});
