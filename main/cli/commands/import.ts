import type { ImportEntry } from '../../library/import-batch.ts';
import type { ImportReport } from '../../api/import-report.ts';
import { withApi, workspaceLocation } from './cli-api.ts';
import { UsageError, type CliIo, type Command } from './command.ts';
import { parseDateFlag, parseFlags } from './flags.ts';
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
  // --date pins the clock: the import time and the day relative dates in the articles resolve against.
  const date = parseDateFlag(values.date);
  return withApi(io, { workspace: workspaceLocation(values.workspace), ...(date === undefined ? {} : { date }) }, async (api) => {
    const bar = progressBar(io);
    const off = api.onProgress((p) => {
      if (p.task.startsWith('import:')) bar.update(p.task === 'import:read' ? 'reading' : 'storing', p.done, p.total, p.label);
    });
    let report: ImportReport;
    try {
      report = await api.call('articles:import', { paths: positionals });
    } finally {
      off();
      bar.clear();
    }
    if (report.cancelled) {
      io.err('mawjaz import: import cancelled: nothing of this batch was written; the workspace is as it was before');
      return 130;
    }
    for (const entry of report.entries) io.out(entryLine(entry));
    io.out(summaryLine(report, api.workspace));
    return report.totals.failed > 0 ? 1 : 0;
  });
}

/** `mawjaz import`: files and folders into the workspace, all or nothing per batch. */
export const importCommand: Command = {
  name: 'import',
  summary: 'Import articles (files or folders) into the workspace; duplicates are stored once, near-duplicates linked',
  usage: 'mawjaz import PATH… [--workspace FILE] [--date YYYY-MM-DD]',
  calls: ['articles:import'],
  run,
};
