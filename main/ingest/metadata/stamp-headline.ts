import { inferTitle } from './infer-title.ts';
import { lineDates } from './dateline.ts';

// What may stand before the stamp: a label or an icon's word («date», «التاريخ:», «📅»), two words at most.
const LEAD = /^[\s\p{So}\p{P}]*(?:[\p{L}]+[\s:：\-–—|]*){0,2}$/u;

// A clock after the date, with its word and its meridiem: «الساعة ١٠:٣٠ ص», «10:30 م».
const STAMP_CLOCK = /^(?:(?:على\s+)?الساعة\s*)?\p{N}{1,2}[:.]\p{N}{2}(?:\s*(?:ص|م|am|pm)(?![\p{L}]))?/iu;

/**
 * A headline a page's meta line glued after its date stamp: «date 2026-01-10 مقدمة نشرة أخبار المنار الرئيسية …» — a
 * scraper joined the page's date field and its heading into one line, which the cleaner took for a date line. The
 * words after the first date, when no more than a label stands before it and they are headline-sized (see
 * inferTitle); null otherwise. Asked only when the page has no headline.
 */
export function headlineAfterStamp(line: string, now?: string): string | null {
  const first = lineDates(line, now).find((d) => d.kind === 'date');
  if (first === undefined || !LEAD.test(line.slice(0, first.start))) return null;
  // «١٢ يناير الساعة ١٠:٣٠ ص · 🌍»: the stamp's own clock and a post's audience mark after the date are no headline.
  const rest = line.slice(first.end).replace(/^[\s|:\-–—]+/u, '').replace(STAMP_CLOCK, '').replace(/^[\s|:·\-–—]+/u, '');
  if (!/^\p{Script=Arabic}/u.test(rest)) return null;
  return inferTitle(rest);
}
