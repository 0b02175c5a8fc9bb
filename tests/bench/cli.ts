// The `mawjaz` command as its user waits for it: whole processes, start-up included, each beside a reference
// process timed in the same run — `node -e 0` (the least a Node command can cost) for --help, list and search, and
// headless Chromium printing the same brief as HTML for render --pdf, and render --pdf for render --docx — with the
// peak memory (RSS) of each.
// Targets (issue 17): --help ≤ 150 ms, list and search ≤ 300 ms; search through the host's API at 10,000 articles
// p95 ≤ 20 ms, the host's memory ≤ 400 MB. The workspaces (2,000 articles to list, 10,000 to search) are imported
// by the command benched and kept in the system's temporary folder (cached-workspace.ts): the first run imports.
//
// The bench builds first (scripts/build-electron.mjs), so the figures are those of the built CLI that `npm install`
// leaves. MAWJAZ_BENCH_CLI=/other/checkout/bin/mawjaz.mjs times another checkout's command instead (an earlier
// commit, for a before/after table), against the same references.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Brief } from '../../main/model/brief.ts';
import type { BenchRow } from './bench-row.ts';
import { cachedWorkspace } from './cached-workspace.ts';
import { QUERIES } from './library.ts';
import { briefHtml } from './pdf.ts';
import { searchThroughHost, type HostSearchFigures } from './search-host.ts';
import { measure as measureIn, type Measured } from './whole-process.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = path.join(ROOT, 'tests', 'fixtures', 'seeds');
const ARTICLES = 2000;
const SEARCHED = 10_000;
const RUNS = 9;
const RENDER_RUNS = 3;
const DATE = '2025-04-10';

function measure(command: string, args: string[], runs: number): Measured {
  return measureIn(command, args, runs, { cwd: ROOT });
}
/** A time row and, when measured, a memory row, each beside its reference. */
function rows(name: string, m: Measured, refName: string, ref: Measured): BenchRow[] {
  const out: BenchRow[] = [{ name: `${name}, whole process (median of runs)`, value: m.ms, unit: 'ms', reference: { name: refName, value: ref.ms, unit: 'ms' } }];
  if (!Number.isNaN(m.cpuMs)) out.push({ name: `${name}, CPU (user + system, every thread)`, value: m.cpuMs, unit: 'ms', reference: { name: refName, value: ref.cpuMs, unit: 'ms' } });
  if (!Number.isNaN(m.mb)) out.push({ name: `${name}, peak RSS`, value: m.mb, unit: 'MB', reference: { name: refName, value: ref.mb, unit: 'MB' } });
  return out;
}

/** The host's search rows: whole terms and terms being typed (prefix), each p95 beside its median; its memory. */
function hostRows(h: HostSearchFigures): BenchRow[] {
  const at = `${String(SEARCHED)} articles, ${String(h.samples)} requests`;
  return [
    { name: `articles:search through mawjaz web (${at}), p95`, value: h.p95, unit: 'ms', reference: { name: 'median', value: h.p50, unit: 'ms' } },
    { name: `articles:search, the last word as typed so far (prefix), p95`, value: h.prefixP95, unit: 'ms', reference: { name: 'median', value: h.prefixP50, unit: 'ms' } },
    { name: `articles:search, the host's CPU per request (user + system, mean)`, value: h.cpuMs, unit: 'ms', reference: { name: 'as typed so far', value: h.prefixCpuMs, unit: 'ms' } },
    { name: `articles:search, the host's CPU per request after the first round (both kinds, mean)`, value: h.laterRoundsCpuMs, unit: 'ms', reference: { name: 'first round after start', value: h.firstRoundCpuMs, unit: 'ms' } },
    { name: `mawjaz web serving ${String(SEARCHED)} articles, RSS after the searches`, value: h.rssMb, unit: 'MB', reference: { name: 'peak', value: h.peakMb, unit: 'MB' } },
  ];
}

export async function benchCli(): Promise<BenchRow[]> {
  const other = process.env.MAWJAZ_BENCH_CLI;
  const cli = other ?? path.join(ROOT, 'bin', 'mawjaz.mjs');
  if (other === undefined) execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-electron.mjs')], { stdio: 'ignore' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mawjaz-bench-cli-'));
  try {
    // Workspaces of 2,000 articles to list and 10,000 to search (imported by the command itself once; not timed).
    const workspace = cachedWorkspace(cli, ARTICLES, DATE);
    const searched = cachedWorkspace(cli, SEARCHED, DATE);
    // The seeds' brief, made by the command itself (not timed), and the same brief as HTML for Chromium.
    const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEEDS, f));
    const briefJson = path.join(dir, 'brief.json');
    execFileSync(process.execPath, [cli, 'brief', ...seeds, '--date', DATE, '--json', briefJson], { cwd: ROOT, stdio: 'ignore' });
    const html = path.join(dir, 'brief.html');
    fs.writeFileSync(html, briefHtml(Brief.parse(JSON.parse(fs.readFileSync(briefJson, 'utf8')))));

    const node = measure(process.execPath, ['-e', '0'], RUNS);
    const nodeName = 'node -e 0';
    const help = measure(process.execPath, [cli, '--help'], RUNS);
    const list = measure(process.execPath, [cli, 'list', '--workspace', workspace], RUNS);
    const search = measure(process.execPath, [cli, 'search', 'الحشد الشعبي', '--workspace', searched], RUNS);
    const host = await searchThroughHost(cli, searched, QUERIES);
    const render = measure(process.execPath, [cli, 'render', briefJson, '--pdf', path.join(dir, 'brief.pdf')], RENDER_RUNS);
    const word = measure(process.execPath, [cli, 'render', briefJson, '--docx', path.join(dir, 'brief.docx')], RENDER_RUNS);
    const chromium = measure('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--no-pdf-header-footer', `--print-to-pdf=${path.join(dir, 'chromium.pdf')}`, html], RENDER_RUNS);
    return [
      ...rows('mawjaz --help', help, nodeName, node),
      ...rows(`mawjaz list (${String(ARTICLES)} articles)`, list, nodeName, node),
      ...rows(`mawjaz search (${String(SEARCHED)} articles)`, search, nodeName, node),
      ...hostRows(host),
      ...rows('mawjaz render --pdf, the seeds’ brief', render, 'headless Chromium --print-to-pdf, same brief as HTML', chromium),
      ...rows('mawjaz render --docx, the seeds’ brief (fonts embedded)', word, 'mawjaz render --pdf, same brief', render),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
