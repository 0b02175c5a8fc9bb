import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { ArticleRecord } from '../../ingest/article.ts';
import { batchRepeatedLines, cleanArticle } from '../../ingest/clean-article.ts';
import { expandPaths } from '../../ingest/expand-paths.ts';
import { isIngestError } from '../../ingest/ingest-error.ts';
import type { RawDocument } from '../../ingest/raw-document.ts';
import { readDocument } from '../../ingest/read-document.ts';
import { UsageError, type CliIo, type Command } from '../command.ts';

interface CleanArgs {
  paths: string[];
  json: string;
  date: string | null;
}

function parseArgs(args: string[]): CleanArgs {
  const paths: string[] = [];
  let json: string | null = null;
  let date: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') json = value();
    else if (arg.startsWith('--json=')) json = arg.slice('--json='.length);
    else if (arg === '--date') date = value();
    else if (arg.startsWith('--date=')) date = arg.slice('--date='.length);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new UsageError('name at least one file or folder to clean');
  if (json === null || json === '') throw new UsageError('--json OUT is required: the file to write the cleaned articles to');
  if (date !== null && !isCalendarDate(date)) throw new UsageError(`--date must be a real date as YYYY-MM-DD, got "${date}"`);
  return { paths, json, date };
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Today in the local calendar: the clock enters here, at the edge, and nowhere deeper. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Writes next to the target, then renames: a crash leaves the old file or the new one, never half of one. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function problem(file: string, error: unknown): string {
  if (isIngestError(error)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `${file}: ${detail.replace(/\s*[\r\n]+\s*/gu, ' ')}`;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { paths, json, date } = parseArgs(args);
  const now = date ?? today();
  const { files, errors } = await expandPaths(paths);
  let failed = 0;
  for (const e of errors) {
    io.err(e.message);
    failed++;
  }
  const raws: RawDocument[] = [];
  for (const file of files) {
    if (io.signal.aborted) throw io.signal.reason instanceof Error ? io.signal.reason : new Error('cancelled');
    try {
      raws.push(await readDocument(file, { signal: io.signal }));
    } catch (error) {
      io.err(problem(file, error));
      failed++;
    }
  }
  const repeated = batchRepeatedLines(raws);
  const records: ArticleRecord[] = [];
  raws.forEach((raw, i) => {
    try {
      records.push(cleanArticle(raw, { now, repeatedLines: repeated[i] }));
    } catch (error) {
      io.err(problem(raw.file, error));
      failed++;
    }
  });
  const valid = ArticleRecord.array().parse(records);
  await writeAtomically(json, JSON.stringify(valid, null, 2) + '\n');
  const removed = valid.reduce((sum, r) => sum + r.removed.length, 0);
  io.out(`cleaned ${valid.length} article${valid.length === 1 ? '' : 's'} (${removed} boilerplate lines removed) into ${json}; ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

/** `mawjaz clean`: the cleaner and metadata on their own, for checking them and for scripts. No workspace is touched. */
export const cleanCommand: Command = {
  name: 'clean',
  summary: 'Clean articles (boilerplate out, metadata in) and write them as a JSON array, without touching any workspace',
  usage: 'mawjaz clean PATH… --json OUT [--date YYYY-MM-DD]',
  run,
};
