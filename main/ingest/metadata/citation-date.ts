import { namesDay, type DateMention } from '../../text/dates/index.ts';
import { lineDates } from './dateline.ts';

// «للاقتباس:», «للإحالة:», «للاستشهاد:», «طريقة الاستشهاد», «Cite this», «How to cite»: the citation a research centre
// or a journal suggests for the paper, which closes on the paper's own date.
const CITATION_LABEL = /^\s*(?:للاقتباس|للإحالة|للاحالة|للاستشهاد|(?:طريقة|كيفية)\s+(?:الاستشهاد|الاقتباس|الإحالة|الاحالة)|(?:لل)?توثيق|cite\s+this(?:\s+\w+)?|how\s+to\s+cite(?:\s+this(?:\s+\w+)?)?|citation)\s*[:：]/iu;
const DATED = new Set<DateMention['kind']>(['date', 'hijri']);

/**
 * The date a suggested citation of the page gives it: «للاقتباس: name، "title"، centre، بيروت، 12/1/2026.» — the last
 * full date on a line that opens with a citation label. Null when no line is one, or its date names no day.
 */
export function citationDate(lines: readonly string[], now?: string): DateMention | null {
  for (const line of lines) {
    if (line.length > 600 || !CITATION_LABEL.test(line)) continue;
    const dated = lineDates(line, now).filter((m) => DATED.has(m.kind) && m.yearBasis === 'explicit' && namesDay(m.value));
    const last = dated.at(-1);
    if (last !== undefined) return last;
  }
  return null;
}
