// `npm run frozen-rules-reads`: what the rules frozen before each studied set was written (FROZEN_RULES) read on
// that set — the title and the outlet of every page — written to tests/fixtures/formats/frozen-rules-reads.json for the
// chooser's training. Each commit is checked out in a temporary worktree of its own (removed afterwards), with this
// checkout's node_modules, and reads today's pages of its set as the metadata eval does (import date 2026-01-15).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FROZEN_READS_FILE, FROZEN_RULES, IMPORT_DATE } from './format-training-sets.ts';
import type { FrozenReads } from './frozen-reads-file.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Run inside the old checkout: its own cleanArticle and readDocument, on the pages of one set.
const RUNNER = `
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { cleanArticle } from './main/ingest/clean-article.ts';
import { readDocument } from './main/ingest/read-document.ts';
const [folder, now] = process.argv.slice(2);
const names = Object.keys(JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')));
const out = {};
for (const name of names) {
  const file = join(folder, name);
  const raw = extname(name).toLowerCase() === '.txt'
    ? { file, format: 'txt', encoding: 'utf-8', text: readFileSync(file, 'utf8'), declared: {} }
    : await readDocument(file);
  const r = cleanArticle(raw, { now });
  out[name] = { title: r.title ?? null, outlet: r.outlet ?? null };
}
process.stdout.write(JSON.stringify(out));
`;

const Pages = z.record(z.string(), z.object({ title: z.string().nullable(), outlet: z.string().nullable() }));

function readsAt(commit: string, folder: string): z.infer<typeof Pages> {
  const dir = mkdtempSync(path.join(tmpdir(), `meta-frozen-${commit}-`));
  const tree = path.join(dir, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { cwd: root, stdio: 'ignore' });
  try {
    symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
    writeFileSync(path.join(tree, 'frozen-read.mts'), RUNNER);
    const json = execFileSync(process.execPath, ['--import', 'tsx', 'frozen-read.mts', folder, IMPORT_DATE], { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 26 });
    return Pages.parse(JSON.parse(json));
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

const reads: FrozenReads = {};
for (const [set, commit] of Object.entries(FROZEN_RULES)) {
  const pages = readsAt(commit, path.join(root, 'tests', 'fixtures', 'formats', set));
  reads[set] = { commit, pages: Object.fromEntries(Object.keys(pages).sort().map((k) => [k, pages[k] ?? { title: null, outlet: null }])) };
  console.log(`${set}: ${Object.keys(pages).length} pages read by the rules of ${commit}`);
}
writeFileSync(path.join(root, FROZEN_READS_FILE), `${JSON.stringify(reads, null, 1)}\n`);
console.log(`wrote ${FROZEN_READS_FILE}`);
