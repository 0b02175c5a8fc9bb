import { readStamp, type Stamp } from './publication-stamps.ts';

// « date 2025-12-29 بدأت الوزارة…»: a page's meta line (a label, then the date and maybe a clock) scraped onto the
// story's first sentence. The label is required: a lede that opens with a bare number is the story's own.
const GLUED = /^\s*((?:date|published|posted|تاريخ النشر|تاريخ الخبر|نشر في|نشر بتاريخ|نشر|بتاريخ|التاريخ)\s*[:：]?\s*[\p{N}][\p{N}\-/.:T+ ]{5,30}?)\s+(?=\p{L})/iu;

/**
 * The publication stamp a page's meta line gives when scraping glued it to the lede: the label and the date read as a
 * stamp of their own (see readStamp), followed by prose of five words or more. Null for any other line.
 */
export function gluedLedeStamp(lede: string, now?: string): Stamp | null {
  const m = GLUED.exec(lede);
  if (m === null) return null;
  const rest = lede.slice(m[0].length);
  if (rest.split(/\s+/u).filter((w) => w.length > 0).length < 5) return null;
  const stamp = readStamp(m[1] ?? '', now);
  return stamp === null || stamp.relative || stamp.label !== 'published' ? null : stamp;
}
