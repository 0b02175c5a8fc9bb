import { ImportCancelledError, importPaths, type ImportEntry, type ImportReport } from '../../library/import-batch.ts';
import { UsageError, type CliIo, type Command } from '../command.ts';
import { parseDateFlag, parseFlags } from '../flags.ts';
import { withStore } from './open-store.ts';
import { progressBar } from './progress-bar.ts';

/** One line per file: what happened to it. */
export function entryLine(e: ImportEntry): string {
  switch (e.status) {
    case 'imported':
      return `imported ${e.file} → ${e.id ?? ''}`;
    case 'duplicate':
      return `duplicate ${e.file} (of ${e.duplicateOf ?? e.id ?? '?'})`;
    case 'near-duplicate':
      return `near-duplicate ${e.file} (of ${e.duplicateOf ?? '?'}, ${String(Math.round((e.similarity ?? 0) * 100))}% shared text)`;
    case 'failed':
      return `failed ${e.file}: ${e.error ?? 'unknown problem'}`;
  }
}

export function summaryLine(report: ImportReport, file: string): string {
  const t = report.totals;
  return `${String(t.imported)} imported, ${String(t.duplicate)} duplicate, ${String(t['near-duplicate'])} near-duplicate, ${String(t.failed)} failed (${String(t.files)} files) into ${file}`;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { workspace: { type: 'string' }, date: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('name at least one file or folder to import');
  const date = parseDateFlag(values.date);
  // --date pins the clock: the import time and the day relative dates in the articles resolve against.
  const now = date === undefined ? new Date() : new Date(`${date}T00:00:00Z`);
  return withStore(
    values.workspace,
    async (store) => {
      const bar = progressBar(io);
      let report: ImportReport;
      try {
        report = await importPaths(store, positionals, {
          now,
          signal: io.signal,
          onProgress: (p) => bar.update(p.phase === 'read' ? 'reading' : 'storing', p.done, p.total, p.file),
        });
      } catch (e) {
        bar.clear();
        if (e instanceof ImportCancelledError) {
          io.err(`mawjaz import: ${e.message}; the workspace is as it was before`);
          return 130;
        }
        throw e;
      }
      bar.clear();
      for (const entry of report.entries) io.out(entryLine(entry));
      io.out(summaryLine(report, store.file));
      return report.totals.failed > 0 ? 1 : 0;
    },
    () => now,
  );
}

/** `mawjaz import`: files and folders into the workspace, all or nothing per batch. */
export const importCommand: Command = {
  name: 'import',
  summary: 'Import articles (files or folders) into the workspace; duplicates are stored once, near-duplicates linked',
  usage: 'mawjaz import PATH… [--workspace FILE] [--date YYYY-MM-DD]',
  run,
};
