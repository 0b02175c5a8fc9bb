// The credit a newsroom sets beside the date it prints: «عاين- 9 يناير 2026», «2026/01/12 أرقام - خاص» on a short
// line of the head, «9 يناير 2026 /شبكة الصين/ أعلنت…» or «…، 12 يناير 2026 (واص) -» opening the story. The date
// says the line is a stamp or a dateline; the credit names the newsroom, whether or not the outlet list knows it.
import type { DateMention } from '../../text/dates/index.ts';
import { lineDates } from './dateline.ts';

const DATED = new Set<DateMention['kind']>(['date', 'month', 'hijri']);
// What separates a credit from its stamp: a dash, a slash or a bar.
const SEPARATOR = /[-–—/|]/u;
const MARK = '\uE000';
// «خاص»: the credit's exclusivity, not a name.
const EXCLUSIVE = /^(?:خاص|حصري|حصريا)$/u;
// A wire's credit in brackets (single or doubled) or between slashes, right after the date.
const CREDIT_BESIDE_HINT = /\p{L}\s*[-–—|/]|[-–—|/]\s*\p{L}/u;
const CREDIT_AFTER_HINT = /\p{N}\s*\p{L}?\s*[(/]/u;
const CREDIT_AFTER = /^\s*(?:\(\(?([^()\n]{1,30})\)\)?|\/\s*([^/\n]{1,30}?)\s*\/)/u;

/**
 * The credit beside a short line's one date, when the line is nothing else: the date masked, every piece between
 * separators at most three words and letters only, the date's own piece holding at most two words on one side of it
 * («date outlet - خاص»), never a sentence. Returns the credit's name («» when the credit is only «خاص»), or null when
 * the line is no credited stamp.
 */
export function creditBeside(text: string, date: { start: number; end: number }): string | null {
  if (text.trim().split(/\s+/u).length > 8) return null;
  const masked = `${text.slice(0, date.start)} ${MARK} ${text.slice(date.end)}`.replace(/\d{1,2}:\d{2}(?::\d{2})?/gu, ' ');
  if (!SEPARATOR.test(masked)) return null;
  const pieces = masked.split(/[-–—/|]+/u).map((p) => p.trim()).filter((p) => p.length > 0);
  const words = (p: string): string[] => p.split(/\s+/u).filter((w) => w !== MARK && w.length > 0);
  const own = pieces.find((p) => p.includes(MARK));
  if (own === undefined || pieces.length < 2 || pieces.length > 3) return null;
  if (pieces.some((p) => !/^[\p{L}\p{M}\uE000\s]*$/u.test(p) || words(p).length > 3)) return null;
  const [before = '', after = ''] = own.split(MARK).map((x) => x.trim());
  if ((before.length > 0 && after.length > 0) || words(own).length > 2) return null;
  const names = pieces.map((p) => words(p).join(' ')).filter((p) => p.length > 0 && !EXCLUSIVE.test(p));
  return names[0] ?? '';
}

/** The credit of a short line that is one date and a newsroom's credit (see creditBeside), or null. */
export function stampCredit(line: string): string | null {
  // A credit is words beside a separator: lines without one (most stamps) are ruled out before the date grammar runs.
  if (!/\p{N}/u.test(line) || !CREDIT_BESIDE_HINT.test(line)) return null;
  const dates = lineDates(line).filter((m) => DATED.has(m.kind));
  if (dates.length !== 1) return null;
  const credit = creditBeside(line, dates[0]!);
  return credit === null || credit.length === 0 ? null : credit;
}

/** The bracketed or slashed credit right after a text's opening (`CREDIT_AFTER`), at most three words, or null. */
export function creditAfter(text: string): string | null {
  const m = CREDIT_AFTER.exec(text);
  if (m === null) return null;
  const credit = (m[1] ?? m[2] ?? '').trim();
  return credit.length === 0 || credit.split(/\s+/u).length > 3 ? null : credit;
}

/** The date of a story's opening dateline closed by its credit, with the credit: see creditAfter. */
export function ledeDateCredit(head: string, now?: string): { mention: DateMention; credit: string } | null {
  // The credit follows a date's last digits (or its era letter): a head without that shape has no credited dateline.
  if (!CREDIT_AFTER_HINT.test(head)) return null;
  for (const m of lineDates(head, now)) {
    if (!DATED.has(m.kind) || m.start > 100) continue;
    const credit = creditAfter(head.slice(m.end));
    if (credit !== null) return { mention: m, credit };
  }
  return null;
}

/** The newsroom's credit closing the dateline that opens a story («9 يناير 2026 /شبكة الصين/ أعلنت…»), or null. */
export function ledeCredit(line: string): string | null {
  return ledeDateCredit(line.slice(0, 140))?.credit ?? null;
}
