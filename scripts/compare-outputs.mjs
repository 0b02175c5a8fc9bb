// `npm run compare-outputs -- <base-commit> [--date YYYY-MM-DD] [--keep]`: proves that a change leaves Mawjaz's
// outputs byte-identical. It checks <base-commit> out into a temporary git worktree (node_modules linked to this
// one's), makes the seeds' clean JSON, brief JSON, PDF and DOCX there and in this working tree (uncommitted edits
// included) from the same seed files and the same pinned date, and compares them byte for byte, one line per file.
// Exit 0 when every file is identical, 1 on any difference (the outputs are then kept for inspection), 2 on misuse.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SEEDS = path.join(ROOT, 'tests', 'fixtures', 'seeds');
const OUTPUTS = ['articles.json', 'brief.json', 'brief.pdf', 'brief.docx'];
/** Each CLI run gets this long before it is stopped: the seeds take well under a minute on two cores. */
const RUN_TIMEOUT_MS = 10 * 60 * 1000;

function usage(message) {
  console.error(`${message}\nusage: npm run compare-outputs -- <base-commit> [--date YYYY-MM-DD] [--keep]`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { base: null, date: '2025-04-10', keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--keep') args.keep = true;
    else if (a === '--date') args.date = argv[++i] ?? usage('--date needs a value');
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (args.base === null) args.base = a;
    else usage(`one base commit only (got ${args.base} and ${a})`);
  }
  if (args.base === null) usage('no base commit given');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.date)) usage(`--date ${args.date} is not YYYY-MM-DD`);
  return args;
}

/** Runs a command to completion; throws with its output when it fails or overruns. */
function run(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: RUN_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  if (r.error !== undefined) throw new Error(`${command} ${args.join(' ')} (in ${cwd}): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${r.status}:\n${r.stderr || r.stdout}`);
  return r.stdout.trim();
}

/** The four outputs of the checkout at `repo`, from the given seed files, written to `out`. */
function makeOutputs(repo, seeds, date, out) {
  fs.mkdirSync(out, { recursive: true });
  const cli = path.join(repo, 'bin', 'mawjaz.mjs');
  run(process.execPath, [cli, 'clean', ...seeds, '--json', path.join(out, 'articles.json')], repo);
  run(process.execPath, [cli, 'brief', ...seeds, '--date', date, '--json', path.join(out, 'brief.json'),
    '--pdf', path.join(out, 'brief.pdf'), '--docx', path.join(out, 'brief.docx')], repo);
}

function describe(file) {
  if (!fs.existsSync(file)) return 'missing';
  const bytes = fs.readFileSync(file);
  return `${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
}

const args = parseArgs(process.argv.slice(2));
const commit = (() => {
  try {
    return run('git', ['rev-parse', '--verify', `${args.base}^{commit}`], ROOT);
  } catch {
    return usage(`${args.base} is not a commit of this repository`);
  }
})();
// The same inputs for both sides: the seeds as this working tree has them.
const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS, f));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mawjaz-compare-'));
const checkout = path.join(work, 'base');
let differs = false;
try {
  run('git', ['worktree', 'add', '--detach', checkout, commit], ROOT);
  fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules')), path.join(checkout, 'node_modules'), 'dir');
  console.log(`base ${commit.slice(0, 12)} (${args.base}) against this working tree, ${seeds.length} seeds, --date ${args.date}`);
  makeOutputs(checkout, seeds, args.date, path.join(work, 'before'));
  makeOutputs(ROOT, seeds, args.date, path.join(work, 'after'));
  for (const name of OUTPUTS) {
    const before = path.join(work, 'before', name);
    const after = path.join(work, 'after', name);
    const same = fs.existsSync(before) && fs.existsSync(after) && fs.readFileSync(before).equals(fs.readFileSync(after));
    differs ||= !same;
    console.log(same ? `identical  ${name}  (${describe(after)})` : `DIFFERENT  ${name}  (base: ${describe(before)}; now: ${describe(after)})`);
  }
} catch (e) {
  differs = true;
  console.error(e instanceof Error ? e.message : String(e));
} finally {
  // The link first, so that nothing removing the checkout can reach the shared node_modules through it.
  fs.rmSync(path.join(checkout, 'node_modules'), { force: true });
  spawnSync('git', ['worktree', 'remove', '--force', checkout], { cwd: ROOT });
  fs.rmSync(checkout, { recursive: true, force: true });
  if (differs || args.keep) console.log(`outputs kept in ${work}/before and ${work}/after`);
  else fs.rmSync(work, { recursive: true, force: true });
}
process.exitCode = differs ? 1 : 0;
