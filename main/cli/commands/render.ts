import { checkOutputFiles } from '../../files/output-file.ts';
import { withFilesApi } from './cli-api.ts';
import { UsageError, type Command } from './command.ts';
import { parseFlags } from './flags.ts';
import { writeOutputs } from './brief.ts';
import { isOneShotRun, parseWithoutJit, tuneForOneShot } from './one-shot-tiering.ts';

export const renderCommand: Command = {
  name: 'render',
  summary: 'Render a brief JSON (as written by `mawjaz brief --json`, perhaps edited, or a draft saved by the desk) to PDF and/or Word, without analysing again',
  usage: 'mawjaz render BRIEF_OR_DRAFT.json [--pdf OUT.pdf] [--docx OUT.docx] [--template NAME|FILE]',
  calls: ['brief:exportTo'],
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      pdf: { type: 'string' },
      docx: { type: 'string' },
      template: { type: 'string' },
    });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('give exactly one brief JSON file');
    if (values.pdf === undefined && values.docx === undefined) throw new UsageError('say what to write: --pdf OUT and/or --docx OUT');
    // Before the brief is read or rendered: an output whose folder is missing stops the command with nothing written.
    await checkOutputFiles([values.pdf, values.docx]);
    // One render, then exit: optimising compiles would cost more than they save (one-shot-tiering.ts), unless a Word
    // file is packed. Before the renderer and HarfBuzz load.
    if (isOneShotRun(['render', ...args])) tuneForOneShot();
    await parseWithoutJit();
    // The Brief's schema (zod) loads when a brief is read, not with the command table.
    const { readBrief } = await import('../../briefing/read-brief.ts');
    const brief = await readBrief(file);
    // A file to render, no workspace: `brief:exportTo` through the API's calls that need none.
    return withFilesApi(io, async (api) => {
      await writeOutputs(api, brief, { pdf: values.pdf, docx: values.docx, template: values.template }, io);
      return 0;
    });
  },
};
