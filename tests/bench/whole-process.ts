// A command timed as its user waits for it: a whole process, start-up and every thread included, with the CPU it
// burnt (user + system, all threads: on a shared machine wall-clock alone says how busy the others were) and its
// peak memory, both from GNU time. Without GNU time only the wall time is measured.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** GNU time reports the CPU and the peak resident memory of what it runs. */
const GNU_TIME = '/usr/bin/time';

export interface Measured {
  /** Median wall time, ms. */
  ms: number;
  /** Median CPU time (user + system, every thread), ms; NaN when GNU time is missing. */
  cpuMs: number;
  /** Median peak RSS, MB; NaN when GNU time is missing. */
  mb: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/**
 * Runs `command args` (in `cwd`) `runs` times as a whole process; its output is discarded, a failure stops the
 * bench. `before` runs ahead of each run, untimed (to give each run a fresh workspace, say).
 */
export function measure(command: string, args: string[], runs: number, options: { cwd: string; before?: () => void }): Measured {
  const hasTime = fs.existsSync(GNU_TIME);
  const usageFile = path.join(os.tmpdir(), `mawjaz-bench-usage-${String(process.pid)}`);
  const times: number[] = [];
  const cpu: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    options.before?.();
    const [file, argv] = hasTime ? [GNU_TIME, ['-f', '%U %S %M', '-o', usageFile, command, ...args]] : [command, args];
    const t0 = performance.now();
    const run = spawnSync(file, argv, { cwd: options.cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 30 * 60_000 });
    times.push(performance.now() - t0);
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${String(run.status)}: ${run.stderr.trim().split('\n').pop() ?? ''}`);
    if (hasTime) {
      // The last line: GNU time writes a note above it when the command was signalled.
      const [user, system, kb] = (fs.readFileSync(usageFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
      cpu.push(((user ?? NaN) + (system ?? NaN)) * 1000);
      rss.push((kb ?? NaN) / 1024);
    }
  }
  if (hasTime) fs.rmSync(usageFile, { force: true });
  return { ms: median(times), cpuMs: hasTime ? median(cpu) : NaN, mb: hasTime ? median(rss) : NaN };
}
