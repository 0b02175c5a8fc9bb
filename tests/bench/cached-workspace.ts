// A workspace of generated articles, imported once by the command being benched and kept on disk, so that a
// rerun of the bench (or the 10,000-article search rows) does not import thousands of articles again.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { generate } from './library.ts';

/** Where cached workspaces live: the system's temporary folder, beside the bench's own temporary folders. */
export const BENCH_CACHE = path.join(os.tmpdir(), 'mawjaz-bench-cache');

function sha(...parts: (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 16);
}

/**
 * The file of a workspace holding `count` generated articles, imported by `cli` (`mawjaz import`, clock pinned to
 * `date`). The key is the articles' text and the schema the command writes (its checkout's migrations.ts), so
 * each checkout benched gets a workspace it opens without migrating, and a schema change imports afresh.
 * Made in a scratch file and renamed into place: an interrupted import leaves no cached workspace.
 */
export function cachedWorkspace(cli: string, count: number, date: string): string {
  const texts = generate(count);
  const migrations = path.join(path.dirname(cli), '..', 'main', 'library', 'migrations.ts');
  const schema = fs.existsSync(migrations) ? fs.readFileSync(migrations) : path.resolve(cli);
  const file = path.join(BENCH_CACHE, `articles-${String(count)}-${sha(schema, date, ...texts)}.mawjaz`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(BENCH_CACHE, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(BENCH_CACHE, 'making-'));
  try {
    const folder = path.join(scratch, 'articles');
    fs.mkdirSync(folder);
    texts.forEach((text, i) => fs.writeFileSync(path.join(folder, `article-${String(i).padStart(5, '0')}.txt`), text));
    const made = path.join(scratch, 'bench.mawjaz');
    execFileSync(process.execPath, [cli, 'import', folder, '--workspace', made, '--date', date], { stdio: 'ignore', timeout: 30 * 60_000 });
    // Closing the last connection folds the write-ahead log into the file: the one file is the whole workspace.
    new Database(made).close();
    if (fs.existsSync(`${made}-wal`)) throw new Error(`${made}: the write-ahead log was not folded into the workspace`);
    fs.renameSync(made, file);
    return file;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
