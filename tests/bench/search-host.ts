// Search as the app's page meets it: `mawjaz web` serving a workspace, articles:search over HTTP with the page's
// limit, timed from this process (request to parsed answer), median and p95; the host's memory from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface HostSearchFigures {
  /** articles:search with the terms whole: median and p95, ms. */
  p50: number;
  p95: number;
  /** The same queries as typed so far (the last word cut short, prefix: true): median and p95, ms. */
  prefixP50: number;
  prefixP95: number;
  /**
   * The host's own CPU (user + system) per request, mean over the requests of each kind, ms (Linux /proc; NaN
   * elsewhere): what a search costs whatever else loads the machine, where the wall times above wait their turn.
   */
  cpuMs: number;
  prefixCpuMs: number;
  /**
   * The host's CPU per request of either kind in the first round after the warm-up calls, and in the rounds after it,
   * ms: the first round also pays V8's optimising compiles of the search path, which run on threads of their own and
   * count here (at 10,000 articles, about twice a later round's CPU).
   */
  firstRoundCpuMs: number;
  laterRoundsCpuMs: number;
  /** The host's resident memory after the queries, and its peak, MB (Linux /proc; NaN elsewhere). */
  rssMb: number;
  peakMb: number;
  samples: number;
}

/** The page's own request (renderer/app/app-context.ts asks for 50 hits). */
const PAGE_LIMIT = 50;
const ROUNDS = 3;

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
}

/** What someone has typed part-way through the query: its last word cut to its first three letters. */
export function typedSoFar(query: string): string {
  const words = query.split(' ');
  const last = words.pop() ?? '';
  return [...words, last.slice(0, 3)].join(' ');
}

function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const line = fs.readFileSync(`/proc/${String(pid)}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
    return line === undefined ? NaN : Number(line.replace(/\D+/gu, '')) / 1024;
  } catch {
    return NaN;
  }
}

// /proc/<pid>/stat counts CPU in clock ticks of USER_HZ, 100 a second on Linux.
const TICK_MS = 10;

/** The CPU a process has used so far, user + system, ms (Linux /proc; NaN elsewhere). */
function cpuSoFar(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces, inside parentheses): state is the 3rd, utime the 14th.
    const fields = fs.readFileSync(`/proc/${String(pid)}/stat`, 'utf8').split(') ').pop()?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}

async function startHost(cli: string, workspace: string): Promise<{ child: ChildProcess; url: URL }> {
  const child = spawn(process.execPath, [cli, 'web', '--no-open', '--port', '0', '--workspace', workspace], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const exited = once(child, 'exit').then(() => {
    throw new Error(`mawjaz web exited before serving: ${stderr.trim().split('\n').pop() ?? ''}`);
  });
  const first = once(lines, 'line').then(([line]) => new URL(String(line)));
  const url = await Promise.race([first, exited]);
  exited.catch(() => undefined); // the host exits when it is stopped, after serving
  return { child, url };
}

/** Searches `workspace` through a `mawjaz web` host started from `cli`, and stops the host. */
export async function searchThroughHost(cli: string, workspace: string, queries: readonly string[]): Promise<HostSearchFigures> {
  const { child, url } = await startHost(cli, workspace);
  const token = url.searchParams.get('token') ?? '';
  const search = async (query: string, prefix: boolean): Promise<number> => {
    const t0 = performance.now();
    const res = await fetch(new URL('/api/articles:search', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-mawjaz-token': token },
      body: JSON.stringify({ query, limit: PAGE_LIMIT, prefix }),
    });
    const body = (await res.json()) as { ok: boolean };
    const ms = performance.now() - t0;
    if (!body.ok) throw new Error(`articles:search "${query}" failed: ${JSON.stringify(body)}`);
    return ms;
  };
  try {
    for (const q of queries.slice(0, 3)) await search(q, false); // the first calls open the statements
    const pid = child.pid ?? 0;
    const whole: number[] = [];
    const typed: number[] = [];
    let wholeCpu = 0;
    let typedCpu = 0;
    const roundCpu: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const roundStart = cpuSoFar(pid);
      for (const q of queries) {
        let before = cpuSoFar(pid);
        whole.push(await search(q, false));
        wholeCpu += cpuSoFar(pid) - before;
        before = cpuSoFar(pid);
        typed.push(await search(typedSoFar(q), true));
        typedCpu += cpuSoFar(pid) - before;
      }
      roundCpu.push((cpuSoFar(pid) - roundStart) / (2 * queries.length));
    }
    return {
      p50: percentile(whole, 0.5),
      p95: percentile(whole, 0.95),
      prefixP50: percentile(typed, 0.5),
      prefixP95: percentile(typed, 0.95),
      cpuMs: wholeCpu / whole.length,
      prefixCpuMs: typedCpu / typed.length,
      firstRoundCpuMs: roundCpu[0] ?? NaN,
      laterRoundsCpuMs: roundCpu.slice(1).reduce((a, b) => a + b, 0) / (ROUNDS - 1),
      rssMb: memoryMb(pid, 'VmRSS'),
      peakMb: memoryMb(pid, 'VmHWM'),
      samples: whole.length,
    };
  } finally {
    const gone = once(child, 'exit');
    child.kill('SIGTERM');
    await gone;
  }
}
