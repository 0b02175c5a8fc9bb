import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { skipLines, type Skipped } from './skip-lines.ts';

/**
 * Lists every skipped test and its reason at the end of a vitest run. The default reporter shows a file's skipped
 * count only (and a skip's note only when it runs a single file), so a skip would otherwise go by unexplained. The
 * reason is the note of `ctx.skip(condition, why)`. A run filtered by name (`-t`) skips the rest by design: then
 * only the skips with a reason are listed.
 */
export default class SkipReasons implements Reporter {
  private vitest: Vitest | null = null;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: readonly TestModule[]): void {
    const filtered = Boolean(this.vitest?.config.testNamePattern);
    const skipped: Skipped[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests('skipped')) {
        if (test.options.mode === 'todo') continue;
        const result = test.result();
        const reason = result.state === 'skipped' ? result.note : undefined;
        if (filtered && !reason) continue;
        skipped.push({ file: module.relativeModuleId, name: test.fullName, reason });
      }
    }
    for (const line of skipLines(skipped)) this.vitest?.logger.log(line);
  }
}
