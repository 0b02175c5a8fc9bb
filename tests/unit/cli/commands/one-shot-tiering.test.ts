import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOneShotRun, ONE_SHOT_V8_FLAGS } from '../../../../main/cli/commands/one-shot-tiering.ts';

const MODULE = pathToFileURL(path.join(import.meta.dirname, '..', '..', '..', '..', 'main', 'cli', 'commands', 'one-shot-tiering.ts')).href;

/**
 * Runs a hot function in a child Node (V8 flags are process-wide, so never in the test's own process), tuned or not,
 * with V8 tracing its optimising compiles; answers the trace written after the tuning.
 */
/** A TurboFan compile of the test's own `hot` function: a compile the loader (tsx) queued before the tuning may still
 * finish after it (CI once saw tsx's `parseSource` complete an OSR compile there), and says nothing of the flags. */
const HOT_TURBOFAN = /<JSFunction hot\b[^>]*> \(target TURBOFAN\)/;
function traceAfter(tune: boolean): string {
  const script = `
    if (${String(tune)}) (await import(${JSON.stringify(MODULE)})).tuneForOneShot();
    console.log('TUNED');
    function hot(n) { let s = 0; for (let i = 0; i < n; i++) s += Math.sqrt(i) * (i % 7); return s; }
    let total = 0;
    for (let k = 0; k < 3000; k++) total += hot(1000);
    console.log(total > 0);
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--trace-opt', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
  return run.stdout.slice(run.stdout.indexOf('TUNED'));
}

describe('tuneForOneShot', () => {
  it('keeps V8 from optimising hot JavaScript with TurboFan, which it does untuned', () => {
    expect(traceAfter(false)).toMatch(HOT_TURBOFAN);
    expect(traceAfter(true)).not.toMatch(HOT_TURBOFAN);
  });

  it('sets only flags this Node knows (an unknown one would be an error line on every render)', () => {
    for (const flag of ONE_SHOT_V8_FLAGS) {
      const run = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flag)})`], { encoding: 'utf8' });
      expect(run.stderr, flag).toBe('');
    }
  });
});

describe('isOneShotRun', () => {
  it('is a render writing no Word file: packing one deflates megabytes of fonts, which TurboFan pays for', () => {
    expect(isOneShotRun(['render', 'b.json', '--pdf', 'b.pdf'])).toBe(true);
    expect(isOneShotRun(['render', 'b.json', '--docx', 'b.docx'])).toBe(false);
    expect(isOneShotRun(['render', 'b.json', '--pdf', 'b.pdf', '--docx=b.docx'])).toBe(false);
    expect(isOneShotRun(['brief', 'in/', '--pdf', 'b.pdf'])).toBe(false);
    expect(isOneShotRun(['list'])).toBe(false);
  });
});

describe('parseWithoutJit', () => {
  it('turns zod\'s JIT off for the process, which zod leaves on untouched, and parses as before', () => {
    const script = (off: boolean): string => `
      const { z } = await import('zod');
      const Point = z.object({ x: z.number(), y: z.number().optional() }).strict();
      const before = z.config().jitless === true;
      if (${String(off)}) await (await import(${JSON.stringify(MODULE)})).parseWithoutJit();
      console.log(JSON.stringify([before, z.config().jitless === true, Point.parse({ x: 1 }), Point.safeParse({ x: 1, z: 2 }).success]));
    `;
    const run = (off: boolean): unknown => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(off)], { encoding: 'utf8', timeout: 60_000 });
      expect(child.status, child.stderr).toBe(0);
      return JSON.parse(child.stdout) as unknown;
    };
    expect(run(false)).toEqual([false, false, { x: 1 }, false]);
    expect(run(true)).toEqual([false, true, { x: 1 }, false]);
  });
});
