// What the rules of an old commit read on one format set: the commit checked out in a temporary worktree of its own
// (removed afterwards), with this checkout's node_modules, reading today's pages of the set as the metadata eval does.
// Shared by `npm run frozen-rules-reads` (titles and outlets) and `npm run frozen-author-reads` (authors).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { FROZEN_RULES, IMPORT_DATE } from './format-training-sets.ts';

/** The fields of a cleaned article the old rules are asked for. */
export type FrozenField = 'title' | 'outlet' | 'author';

// Run inside the old checkout: its own cleanArticle and readDocument, on the pages of one set.
function runner(fields: readonly FrozenField[]): string {
  return `
import { readFileSync } from 'node:fs';
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
  out[name] = { ${fields.map((f) => `${f}: r.${f} ?? null`).join(', ')} };
}
process.stdout.write(JSON.stringify(out));
`;
}

/** What the rules at `commit` of the checkout at `root` read on the set in `folder`: page name → the fields asked for (unparsed). */
export function readsAt(root: string, commit: string, folder: string, fields: readonly FrozenField[]): unknown {
  const dir = mkdtempSync(path.join(tmpdir(), `meta-frozen-${commit}-`));
  const tree = path.join(dir, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { cwd: root, stdio: 'ignore' });
  try {
    symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
    writeFileSync(path.join(tree, 'frozen-read.mts'), runner(fields));
    const json = execFileSync(process.execPath, ['--import', 'tsx', 'frozen-read.mts', folder, IMPORT_DATE], { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 26 });
    return JSON.parse(json);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What the rules frozen before each studied set was written (FROZEN_RULES) read on that set, the pages in name
 * order, each parsed by `page`: written to `file` (relative to `root`) as the choosers' training reads it.
 */
export function writeFrozenReads<P extends z.ZodTypeAny>(root: string, fields: readonly FrozenField[], page: P, file: string): void {
  const reads: Record<string, { commit: string; pages: Record<string, z.infer<P>> }> = {};
  for (const [set, commit] of Object.entries(FROZEN_RULES)) {
    const pages = z.record(z.string(), page).parse(readsAt(root, commit, path.join(root, 'tests', 'fixtures', 'formats', set), fields));
    reads[set] = { commit, pages: Object.fromEntries(Object.entries(pages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
    console.log(`${set}: ${Object.keys(pages).length} pages read by the rules of ${commit}`);
  }
  writeFileSync(path.join(root, file), `${JSON.stringify(reads, null, 1)}\n`);
  console.log(`wrote ${file}`);
}
