import type { ArticleRecord } from '../model/article.ts';
import type { RawDocument } from '../model/raw-document.ts';
import { batchRepeatedLines, cleanArticle } from '../ingest/clean-article.ts';
import { expandPaths } from '../ingest/expand-paths.ts';
import { isIngestError } from '../ingest/readers/ingest-error.ts';
import { ImportCancelledError } from '../library/import-cancelled.ts';

/** One line for a file that could not be read or cleaned: the reader's own message, or the file and the problem. */
function problem(file: string, error: unknown): string {
  if (isIngestError(error)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `${file}: ${detail.replace(/\s*[\r\n]+\s*/gu, ' ')}`;
}

/**
 * Reads and cleans files (folders expanded) without storing them: the cleaner and metadata on their own, for checking
 * them and for scripts. Lines repeated across the batch (an outlet's footer) are boilerplate, as in an import. A file
 * that fails is one problem line and the rest go on; `signal` stops between files.
 */
export async function cleanPaths(
  paths: readonly string[],
  now: string,
  options: { signal: AbortSignal; read: (file: string) => Promise<RawDocument> },
): Promise<{ records: ArticleRecord[]; problems: string[] }> {
  const { files, errors } = await expandPaths([...paths]);
  const problems = errors.map((e) => e.message);
  const raws: RawDocument[] = [];
  for (const file of files) {
    if (options.signal.aborted) throw new ImportCancelledError();
    try {
      raws.push(await options.read(file));
    } catch (error) {
      if (options.signal.aborted) throw new ImportCancelledError();
      problems.push(problem(file, error));
    }
  }
  const repeated = batchRepeatedLines(raws);
  const records: ArticleRecord[] = [];
  raws.forEach((raw, i) => {
    try {
      records.push(cleanArticle(raw, { now, repeatedLines: repeated[i] }));
    } catch (error) {
      problems.push(problem(raw.file, error));
    }
  });
  return { records, problems };
}
