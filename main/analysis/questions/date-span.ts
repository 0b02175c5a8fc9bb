import type { DateMention } from '../../text/dates/index.ts';

const LAST_DAY = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The days a mention covers as [start, end] ISO strings, or null for year-less mentions. */
export function daySpan(d: DateMention): [string, string] | null {
  if (d.range) return [d.range.start, d.range.end];
  const v = d.value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return [v, v];
  if (/^\d{4}-\d{2}$/.test(v)) return [`${v}-01`, `${v}-${String(LAST_DAY(Number(v.slice(0, 4)), Number(v.slice(5, 7)))).padStart(2, '0')}`];
  if (/^\d{4}$/.test(v)) return [`${v}-01-01`, `${v}-12-31`];
  return null;
}

/** Whole days from ISO day a to ISO day b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
