import path from 'node:path';
import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { skipLines, type Skipped } from './skip-lines.ts';

/**
 * Lists every skipped test and its reason at the end of a Playwright run: the list reporter marks a skipped test
 * with a dash and leaves out the reason given to `test.skip(condition, why)`, which Playwright keeps as the test's
 * 'skip' annotation.
 */
export default class SkipReasons implements Reporter {
  private root = process.cwd();
  private readonly skipped: Skipped[] = [];

  onBegin(config: FullConfig): void {
    this.root = config.configFile ? path.dirname(config.configFile) : process.cwd();
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const annotations = [...result.annotations, ...test.annotations];
    const reason = annotations.find((a) => (a.type === 'skip' || a.type === 'fixme') && a.description)?.description;
    this.skipped.push({ file: path.relative(this.root, test.location.file), name: test.titlePath().slice(3).join(' › '), reason });
  }

  onEnd(): void {
    for (const line of skipLines(this.skipped)) console.log(line);
  }

  printsToStdio(): boolean {
    return true;
  }
}
