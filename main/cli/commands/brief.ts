import type { ImportEntry } from '../../library/import-report.ts';
import type { Brief } from '../../model/brief.ts';
import { checkOutputFiles } from '../../files/output-file.ts';
import { withApi, withTemporaryApi, workspaceLocation, type CliApi, type CliCalls } from './cli-api.ts';
import { UsageError, type CliIo, type Command } from './command.ts';
import { parseDateFlag, parseFlags, today } from './flags.ts';
import { entryLine } from './import.ts';
import { writeOutput } from './write-output.ts';

interface Outputs {
  json?: string;
  pdf?: string;
  docx?: string;
  template?: string;
}

/** Writes the brief's JSON and documents; the documents through `brief:exportTo`, as the app's exports are made. */
export async function writeOutputs(api: CliCalls, brief: Brief, out: Outputs, io: CliIo): Promise<void> {
  // Stable key order and a final newline: the same inputs and --date give byte-identical JSON.
  if (out.json !== undefined) {
    await writeOutput(out.json, JSON.stringify(brief, null, 2) + '\n');
    io.out(`wrote ${out.json}`);
  }
  for (const [format, file] of [['pdf', out.pdf], ['docx', out.docx]] as const) {
    if (file === undefined) continue;
    await api.call('brief:exportTo', { brief, format, to: file, ...(out.template === undefined ? {} : { template: out.template }) });
    io.out(`wrote ${file}`);
  }
}

/**
 * Straight from files, through a workspace of its own: the same reading, cleaning and duplicate handling as an
 * import, then every article stored is briefed.
 */
async function fromFiles(api: CliApi, paths: string[], title: string | undefined, io: CliIo): Promise<Brief> {
  const report = await api.call('articles:import', { paths });
  const failed = report.entries.filter((e) => e.status === 'failed');
  for (const e of failed) io.err(entryLine(e));
  const articleIds = (await api.call('articles:list', {})).items.map((a) => a.id);
  if (articleIds.length === 0) throw new Error('none of the files could be read: there is nothing to brief');
  const brief = await api.call('brief:assemble', { selection: { articleIds, topics: [] }, ...(title === undefined ? {} : { title }) });
  return withSkippedInputs(brief, failed);
}

/**
 * The brief with the inputs it could not read listed in it: without them a brief from a folder with a bad file
 * looked complete. A brief whose inputs were all read keeps no such field, byte for byte what it was.
 */
function withSkippedInputs(brief: Brief, failed: readonly ImportEntry[]): Brief {
  if (failed.length === 0) return brief;
  return { ...brief, skippedInputs: failed.map((e) => ({
    file: e.file, reason: e.error ?? 'unknown problem', ...(e.code === undefined ? {} : { code: e.code }),
  })) };
}

export const briefCommand: Command = {
  name: 'brief',
  summary: 'Assemble a brief (summary, actors, timeline, open questions) from files or from a workspace selection',
  usage:
    'mawjaz brief PATH… [--json OUT] [--pdf OUT] [--docx OUT] [--date YYYY-MM-DD] [--title T] [--template NAME] [--force]\n' +
    '       mawjaz brief --workspace FILE (--topic NAME… | --article ID…) [same outputs]',
  notes:
    'To edit the brief: change its JSON and run `mawjaz render` (see `mawjaz render --help`), or brief and edit in the desk.\n' +
    'An output is never one of the inputs; a brief holding the analyst\'s edits is replaced only with --force.',
  calls: ['articles:import', 'articles:list', 'brief:assemble', 'brief:exportTo'],
  async run(args, io) {
    // Briefs need the entity model: a missing or damaged one stops the command before anything is read or written.
    // Loaded here rather than with the command table: the model's reader is not wanted by `--help` or `list`.
    const { checkNerModel } = await import('../../analysis/ner/load-model.ts');
    checkNerModel();
    const { values, positionals } = parseFlags(args, {
      json: { type: 'string' },
      pdf: { type: 'string' },
      docx: { type: 'string' },
      date: { type: 'string' },
      title: { type: 'string' },
      template: { type: 'string' },
      workspace: { type: 'string' },
      topic: { type: 'string', multiple: true },
      article: { type: 'string', multiple: true },
      force: { type: 'boolean', default: false },
    });
    const out: Outputs = { json: values.json, pdf: values.pdf, docx: values.docx, template: values.template };
    if (out.json === undefined && out.pdf === undefined && out.docx === undefined) throw new UsageError('say what to write: --json, --pdf and/or --docx');
    const date = parseDateFlag(values.date) ?? today();
    // Before anything is read or assembled: an output whose folder is missing, or that would replace an input or an
    // edited brief (without --force), stops the command with nothing written.
    await checkOutputFiles([out.json, out.pdf, out.docx], {
      inputs: [...positionals, values.workspace === undefined ? undefined : workspaceLocation(values.workspace), values.template],
      replaceEdited: values.force,
    });
    const topics = values.topic ?? [];
    const articleIds = values.article ?? [];
    const title = values.title;
    if (values.workspace !== undefined) {
      if (positionals.length > 0) throw new UsageError('with --workspace, pick articles with --topic or --article instead of file paths');
      if (topics.length === 0 && articleIds.length === 0) throw new UsageError('with --workspace, pick at least one --topic or --article');
      return withApi(io, { workspace: workspaceLocation(values.workspace), date }, async (api) => {
        const brief = await api.call('brief:assemble', { selection: { topics, articleIds }, ...(title === undefined ? {} : { title }) });
        await writeOutputs(api, brief, out, io);
        return 0;
      });
    }
    if (positionals.length === 0) throw new UsageError('name the files or folders to brief, or use --workspace');
    return withTemporaryApi(io, { date }, async (api) => {
      const brief = await fromFiles(api, positionals, title, io);
      await writeOutputs(api, brief, out, io);
      // Like `clean` and `import`, a run that could not read every input fails, after writing what it could.
      const skipped = brief.skippedInputs?.length ?? 0;
      if (skipped === 0) return 0;
      const listed = out.json === undefined ? '' : ` (listed in ${out.json} as skippedInputs)`;
      io.err(`the brief was made without ${skipped} of its inputs${listed}`);
      return 1;
    });
  },
};
