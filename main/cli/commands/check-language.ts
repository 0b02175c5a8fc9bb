import type { Response } from '../../api/contract.ts';
import { withTemporaryApi } from './cli-api.ts';
import { UsageError, type Command } from './command.ts';
import { parseFlags } from './flags.ts';

type Report = Response<'brief:checkLanguage'>;

/** The report as lines for a reader: each flagged item, then its flags with their spans and suggestions. */
export function reportLines(report: Report): string[] {
  const lines: string[] = [];
  let flags = 0;
  for (const item of report.items) {
    lines.push(`${item.section} ${item.id}`);
    for (const f of item.flags) {
      flags++;
      lines.push(`  ${f.kind} ${String(f.start)}–${String(f.end)} «${f.text}»`, `    ${f.suggestion}`);
    }
  }
  const items = report.checked === 1 ? 'item' : 'items';
  if (report.checked === 0) lines.push('no edited or written items to check');
  else lines.push(`${String(flags)} flag${flags === 1 ? '' : 's'} in ${String(report.items.length)} of ${String(report.checked)} checked ${items} (advice only: exports are never blocked)`);
  return lines;
}

export const checkLanguageCommand: Command = {
  name: 'check-language',
  summary: "Check the analyst's own text in a brief or saved draft for vague hedges and likelihood mixed with confidence (ICD 203)",
  usage: 'mawjaz check-language BRIEF_OR_DRAFT.json [--json]',
  calls: ['brief:checkLanguage'],
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { json: { type: 'boolean' } });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('give exactly one brief or draft JSON file');
    const { readBrief } = await import('../../briefing/read-brief.ts');
    const brief = await readBrief(file);
    return withTemporaryApi(io, {}, async (api) => {
      const report = await api.call('brief:checkLanguage', { brief });
      if (values.json === true) io.out(JSON.stringify(report, null, 2));
      else for (const line of reportLines(report)) io.out(line);
      // Flags are advice: the check succeeds whatever it finds, so no script or export waits on it.
      return 0;
    });
  },
};
