/**
 * Lines of a body that carry a date but tell no event: the headline the cleaner keeps as the first
 * paragraph, a byline («كتب: …», «بقلم …»), and page furniture around a date (a section label and a time
 * joined by «|», a place and a date joined by a dash, «آخر تحديث: …»). The cleaner removes most of them; whatever it keeps must still not
 * become a timeline entry.
 */
import { normalise, tokenise } from '../../text/arabic/index.ts';

// Words that open a byline or a credit line.
const BYLINE_OPENERS = new Set(['كتب', 'كتبت', 'بقلم', 'اعداد', 'تحرير', 'تقرير', 'متابعه', 'ترجمه', 'المصدر', 'مراسل', 'مراسله', 'by', 'من'].map((w) => normalise(w)));
// Publication words of a page header.
const STAMP = /(?:^|\s)(?:نشر|تاريخ النشر|اخر تحديث|تم التحديث|تحديث|محدث|published|updated)(?:\s|:|$)/u;
const FURNITURE = /[|•·▪►]|\d{1,2}:\d{2}|\s[-–—]\s/u;
const SENTENCE_END = /[.!؟?]["»”)]*\s*$/u;
// A byline is a name and maybe a date or a role: a short line.
const MAX_BYLINE_WORDS = 12;
const MAX_HEADER_WORDS = 14;

/** True when a body paragraph is a header, byline or stamp line rather than story text. */
export function isHeaderLine(paragraph: string, title: string | null): boolean {
  const line = paragraph.trim();
  if (line.length === 0) return false;
  if (title !== null && normalise(title) === normalise(line)) return true;
  const words = tokenise(line);
  const first = words[0]?.key ?? '';
  const opensByline = BYLINE_OPENERS.has(first) && (first !== normalise('من') || /^من\s*:/u.test(line));
  if (opensByline && words.length <= MAX_BYLINE_WORDS) return true;
  if (SENTENCE_END.test(line) || words.length > MAX_HEADER_WORDS) return false;
  return STAMP.test(normalise(line)) || FURNITURE.test(line);
}
