import { ArticleRecord } from '../../model/article.ts';
import { batchRepeatedLines, cleanArticle } from '../../ingest/clean-article.ts';
import { expandPaths } from '../../ingest/expand-paths.ts';
import { isIngestError } from '../../ingest/ingest-error.ts';
import type { RawDocument } from '../../model/raw-document.ts';
import { readDocument } from '../../ingest/read-document.ts';
import { writeFileAtomic } from '../../files/write-file-atomic.ts';
import { UsageError, type CliIo, type Command } from '../command.ts';
import { parseDateFlag, parseFlags, today } from '../flags.ts';

function parseArgs(args: string[]): { paths: string[]; json: string; date: string | undefined } {
  const { values, positionals } = parseFlags(args, { json: { type: 'string' }, date: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('name at least one file or folder to clean');
  if (values.json === undefined || values.json === '') throw new UsageError('--json OUT is required: the file to write the cleaned articles to');
  return { paths: positionals, json: values.json, date: parseDateFlag(values.date) };
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
  await writeFileAtomic(json, JSON.stringify(valid, null, 2) + '\n');
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
