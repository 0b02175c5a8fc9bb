import { readBrief } from '../../briefing/read-brief.ts';
import { writeFileAtomic } from '../../files/write-file-atomic.ts';
import { UsageError, type Command } from '../command.ts';
import { parseFlags } from '../flags.ts';

export const renderCommand: Command = {
  name: 'render',
  summary: 'Render a brief JSON (as written by `mawjaz brief --json`, perhaps edited) to PDF and/or Word, without analysing again',
  usage: 'mawjaz render BRIEF.json [--pdf OUT.pdf] [--docx OUT.docx] [--template NAME|FILE]',
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      pdf: { type: 'string' },
      docx: { type: 'string' },
      template: { type: 'string' },
    });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('give exactly one brief JSON file');
    if (values.pdf === undefined && values.docx === undefined) throw new UsageError('say what to write: --pdf OUT and/or --docx OUT');
    const brief = await readBrief(file);
    // The renderers (HarfBuzz, fonts) load only when this command runs.
    const { exportBrief } = await import('../../render/export-brief.ts');
    for (const [format, out] of [['pdf', values.pdf], ['docx', values.docx]] as const) {
      if (out === undefined) continue;
      await writeFileAtomic(out, await exportBrief(brief, format, { template: values.template }));
      io.out(`wrote ${out}`);
    }
    return 0;
  },
};
