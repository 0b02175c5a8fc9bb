import type { PartialDate } from '../../model/article.ts';

const YMD_PATH = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u;
const YM_PATH = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?=\/|$)/u;
// «/2020-10-20/…», «/2025-09-18-1.1973322»: the day written as one dashed path segment or its head.
const DASHED = /\/((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u;
// «/12604-2026-01-12-09-57-53.html»: Joomla names an article's file by its id and its creation time to the second.
const JOOMLA_STAMP = /\/\d+-((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])-[0-2]\d-[0-5]\d-[0-5]\d(?=[/.]|$)/u;
// «/arch_2026/january-12/»: an archive's year folder, then the English month's name and the day.
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NAMED_MONTH = new RegExp(`((?:19|20)\\d{2})\\/(${MONTH_NAMES.join('|')})-(0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)`, 'iu');
const COMPACT = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u;

// «/opinion/06/01/2026/…»: some sites print the day first in their paths, as their pages do.
const DMY_PATH = /\/(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|1[0-2])\/((?:19|20)\d{2})(?=[/_.-]|$)/u;

const pad = (n: string): string => n.padStart(2, '0');

/**
 * The date a news URL's path carries: «/2024/12/27/», «/2024/12/» (a month), «/20250828/», «/2025-09-18-1.1973322»,
 * Joomla's «/12604-2026-01-12-09-57-53.html», an archive's «/arch_2026/january-12/», day first «/06/01/2026/». The
 * host and the query are not read, and a day must exist in its month, so an article id of eight digits rarely passes
 * for a date.
 */
export function urlDate(url: string): PartialDate | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '').replace(/[?#].*$/u, '');
  const named = NAMED_MONTH.exec(path);
  if (named !== null) return validDay(named[1] ?? '', String(MONTH_NAMES.indexOf((named[2] ?? '').toLowerCase()) + 1), named[3] ?? '');
  const dmy = DMY_PATH.exec(path);
  const full = YMD_PATH.exec(path) ?? DASHED.exec(path) ?? JOOMLA_STAMP.exec(path) ?? COMPACT.exec(path) ?? (dmy === null ? null : [dmy[0], dmy[3], dmy[2], dmy[1]]);
  if (full) return validDay(full[1] ?? '', full[2] ?? '', full[3] ?? '');
  const month = YM_PATH.exec(path);
  return month ? `${month[1]}-${month[2]}` : null;
}

/** The day as YYYY-MM-DD, when it exists in its month. */
function validDay(year: string, month: string, day: string): PartialDate | null {
  const value = `${year}-${pad(month)}-${pad(day)}`;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value) ? value : null;
}
