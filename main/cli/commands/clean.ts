import { checkOutputFiles } from '../../files/output-file.ts';
import { withTemporaryApi } from './cli-api.ts';
import { UsageError, type CliIo, type Command } from './command.ts';
import { parseDateFlag, parseFlags, today } from './flags.ts';
import { writeOutput } from './write-output.ts';

function parseArgs(args: string[]): { paths: string[]; json: string; date: string | undefined; force: boolean } {
  const { values, positionals } = parseFlags(args, { json: { type: 'string' }, date: { type: 'string' }, force: { type: 'boolean', default: false } });
  if (positionals.length === 0) throw new UsageError('name at least one file or folder to clean');
  if (values.json === undefined || values.json === '') throw new UsageError('--json OUT is required: the file to write the cleaned articles to');
  return { paths: positionals, json: values.json, date: parseDateFlag(values.date), force: values.force };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { paths, json, date, force } = parseArgs(args);
  const now = date ?? today();
  // Before any file is read: an output that cannot be written where it is asked for, or that is one of the files to
  // clean or an edited brief (without --force), stops the command.
  await checkOutputFiles([json], { inputs: paths, replaceEdited: force });
  // `articles:clean` stores nothing: the workspace it runs on is a scratch one, removed afterwards.
  const { records, problems } = await withTemporaryApi(io, { date: now }, (api) => api.call('articles:clean', { paths, now }));
  for (const problem of problems) io.err(problem);
  await writeOutput(json, JSON.stringify(records, null, 2) + '\n');
  const removed = records.reduce((sum, r) => sum + r.removed.length, 0);
  io.out(`cleaned ${records.length} article${records.length === 1 ? '' : 's'} (${removed} boilerplate lines removed) into ${json}; ${problems.length} failed`);
  return problems.length > 0 ? 1 : 0;
}

/** `mawjaz clean`: the cleaner and metadata on their own, for checking them and for scripts. No workspace is touched. */
export const cleanCommand: Command = {
  name: 'clean',
  summary: 'Clean articles (boilerplate out, metadata in) and write them as a JSON array, without touching any workspace',
  usage: 'mawjaz clean PATH… --json OUT [--date YYYY-MM-DD] [--force]',
  calls: ['articles:clean'],
  notes: 'The output is never one of the files cleaned; a brief holding the analyst\'s edits is replaced only with --force.',
  run,
};
