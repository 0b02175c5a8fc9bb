import { namesDay, type DateMention } from '../../text/dates/index.ts';
import { opensWithSince, sinceBefore } from '../../text/dates/since-frame.ts';
import { lineDates } from './dateline.ts';

// «للاقتباس:», «للإحالة:», «للاستشهاد:», «طريقة الاستشهاد», «Cite this», «How to cite»: the citation a research centre
// or a journal suggests for the paper, which closes on the paper's own date.
const CITATION_LABEL = /^\s*(?:للاقتباس|للإحالة|للاحالة|للاستشهاد|(?:طريقة|كيفية)\s+(?:الاستشهاد|الاقتباس|الإحالة|الاحالة)|cite\s+this(?:\s+\w+)?|how\s+to\s+cite(?:\s+this(?:\s+\w+)?)?)\s*[:：]/iu;
const DATED = new Set<DateMention['kind']>(['date', 'hijri']);
// The paper's date closes the citation: after it only a full stop (and brackets or spaces) may come.
const CLOSES = /^[\s.)\]»"'」]*$/u;

/**
 * The date a suggested citation of the page gives it: «للاقتباس: name، "title"، centre، بيروت، 12/1/2026.» — the full
 * date that closes a line opening with a citation label. Null when no line is one, or its last date names no day,
 * does not close the line, or follows «منذ» (a date the cited text speaks of, not the citation's own).
 */
export function citationDate(lines: readonly string[], now?: string): DateMention | null {
  for (const line of lines) {
    if (line.length > 600 || !CITATION_LABEL.test(line)) continue;
    const last = lineDates(line, now).at(-1);
    if (last === undefined || !DATED.has(last.kind) || last.yearBasis !== 'explicit' || !namesDay(last.value)) continue;
    if (CLOSES.test(line.slice(last.end)) && !sinceBefore(line, last.start) && !opensWithSince(last.text)) return last;
  }
  return null;
}
