import { checkOutputFiles } from '../../files/output-file.ts';
import { withFilesApi } from './cli-api.ts';
import { UsageError, type Command } from './command.ts';
import { parseFlags } from './flags.ts';
import { writeOutputs } from './brief.ts';
import { sameNamedActors, type SameNamedActors } from '../../briefing/same-named-actors.ts';
import { isOneShotRun, parseWithoutJit, tuneForOneShot } from './one-shot-tiering.ts';

/** One sentence naming the rows printed under one name, and how to make them one. */
export function sameNameWarning({ name, ids }: SameNamedActors): string {
  const rows = ids.length === 2 ? `${ids[0]} and ${ids[1]} are both` : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)} are all`;
  return `the actors ${rows} named «${name}» and print as ${ids.length} rows; to make them one, merge them in the desk, or keep one in the JSON (with the others' sources) and set "included": false on the others`;
}

export const renderCommand: Command = {
  name: 'render',
  summary: 'Render a brief JSON (as written by `mawjaz brief --json`, perhaps edited, or a draft saved by the desk) to PDF and/or Word, without analysing again',
  usage: 'mawjaz render BRIEF_OR_DRAFT.json [--pdf OUT.pdf] [--docx OUT.docx] [--template NAME|FILE] [--force]',
  notes:
    'To edit a brief: change its JSON (an item\'s "text" with "edited": true, so the exports mark it «(معدّل)»; "included": false\n' +
    'to leave an item out) and render it again; or make and edit the brief in the desk (`mawjaz web`, or the app).\n' +
    'An output is never the brief it renders; a brief holding the analyst\'s edits is replaced only with --force.',
  calls: ['brief:exportTo'],
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      pdf: { type: 'string' },
      docx: { type: 'string' },
      template: { type: 'string' },
      force: { type: 'boolean', default: false },
    });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('give exactly one brief JSON file');
    if (values.pdf === undefined && values.docx === undefined) throw new UsageError('say what to write: --pdf OUT and/or --docx OUT');
    // Before the brief is read or rendered: an output whose folder is missing, or that is the brief itself, its
    // template or an edited brief (without --force), stops the command with nothing written.
    await checkOutputFiles([values.pdf, values.docx], { inputs: [file, values.template], replaceEdited: values.force });
    // One render, then exit: optimising compiles would cost more than they save (one-shot-tiering.ts), unless a Word
    // file is packed. Before the renderer and HarfBuzz load.
    if (isOneShotRun(['render', ...args])) tuneForOneShot();
    await parseWithoutJit();
    // The Brief's schema (zod) loads when a brief is read, not with the command table.
    const { readBrief } = await import('../../briefing/read-brief.ts');
    const brief = await readBrief(file);
    // Two rows under one name (an actor renamed by hand to another's name) are printed as they are, but not unsaid.
    for (const same of sameNamedActors(brief)) io.err(`mawjaz render: ${sameNameWarning(same)}`);
    // A file to render, no workspace: `brief:exportTo` through the API's calls that need none.
    return withFilesApi(io, async (api) => {
      await writeOutputs(api, brief, { pdf: values.pdf, docx: values.docx, template: values.template }, io);
      return 0;
    });
  },
};
