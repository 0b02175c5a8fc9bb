// What the lines around a stamp say of it: a day badge printed over two lines, a profile's date under its label.
import type { PageLine } from './detect-published.ts';

// A day badge's number on a line of its own: «12» over «يناير 2026».
const BADGE_DAY = /^\s*\p{N}{1,2}\s*$/u;
// The badge's second line: a month's name and the year, nothing else (a word or two, then four figures).
const BADGE_MONTH_YEAR = /^\s*\p{L}+(?:\s+\p{L}+)?\s*,?\s*\p{N}{4}\s*$/u;
// «Blog Contributor since:», «عضو منذ:», «تاريخ التسجيل:», «Joined:»: a profile box's label, its date on the next line
// the day the writer or member joined the site. A member's label says so with or without its colon; a bare verb
// («since», «انضم») ends a sentence's short line as well, so only its colon makes it a label.
const PROFILE_LABEL =
  /(?:(?:(?<![\p{L}])(?:member\s+since|(?:عضو|عضوة|مشارك|مشاركة|كاتب|كاتبة)\s+منذ)|تاريخ\s+(?:التسجيل|الانضمام|الاشتراك|العضوية))\s*[:：]?|(?<![\p{L}])(?:since|joined|registered|(?:انضم|انضمت)(?:\s+(?:في|منذ))?)\s*[:：])\s*$/iu;

/** The next line after `at` with text on it. */
function nextFilled(lines: readonly PageLine[], at: number): PageLine | undefined {
  return lines.slice(at + 1).find((l) => l.text.trim() !== '');
}

/**
 * A day badge split over two lines, as themes print the day large above the month and year («12» then «يناير 2026»),
 * or over three («13», «يناير», «2026»):
 * the two lines joined, read as one stamp at the day's line; undefined for any other line.
 */
export function dayBadgeJoined(lines: readonly PageLine[], at: number): string | undefined {
  const line = lines[at];
  if (line === undefined || !BADGE_DAY.test(line.text)) return undefined;
  const next = nextFilled(lines, at);
  if (next === undefined) return undefined;
  if (BADGE_MONTH_YEAR.test(next.text)) return `${line.text.trim()} ${next.text.trim()}`;
  // «13» / «يناير» / «2026»: the badge over three lines, the month's name alone between the day and the year.
  const year = BADGE_MONTH.test(next.text) ? nextFilled(lines, lines.indexOf(next)) : undefined;
  return year !== undefined && BADGE_YEAR.test(year.text) ? `${line.text.trim()} ${next.text.trim()} ${year.text.trim()}` : undefined;
}
// A three-line badge's month, a word or two of letters, and its year, four figures alone.
const BADGE_MONTH = /^\s*\p{L}+(?:\s+\p{L}+)?\s*$/u;
const BADGE_YEAR = /^\s*\p{N}{4}\s*$/u;

/** Whether the line before `at` (the last one with text) ends with a profile's «since» label. */
export function afterProfileLabel(lines: readonly PageLine[], at: number): boolean {
  const before = lines.slice(0, at).findLast((l) => l.text.trim() !== '');
  return before !== undefined && before.text.length <= 60 && PROFILE_LABEL.test(before.text);
}
