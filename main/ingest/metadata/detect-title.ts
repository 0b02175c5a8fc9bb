import type { RawDocument } from '../../model/raw-document.ts';
import { lineKey } from '../clean/line-key.ts';
import { outletByName } from './known-outlets.ts';
import { UNKNOWN, type Detected } from './detected.ts';
import { inferTitle } from './infer-title.ts';
import { splitHeadlineByline } from './byline.ts';

/** The title without a « - Outlet» or « | Outlet» suffix when the suffix is a known outlet or the article's own. */
function withoutOutletSuffix(title: string, outlet: string | null): string {
  const m = /^(.{4,}?)\s+[-–—|:]\s+([^-–—|]{2,60})$/u.exec(title);
  const suffix = m?.[2] ?? '';
  const isOutlet = outletByName(suffix) !== null || (outlet !== null && lineKey(suffix) === lineKey(outlet));
  return m && isOutlet ? (m[1] ?? title).trim() : title;
}

/**
 * The article's title: the declared one with a « - Outlet» or « | Outlet» suffix taken off when the suffix
 * is a known outlet or the article's own (explicit); else the headline the cleaner found, without a byline after a
 * dash (inferred); else,
 * when the story starts at once, one inferred from its opening (see inferTitle).
 */
export function detectTitle(raw: RawDocument, headline: string | null, outlet: string | null, opening: string | null = null): Detected<string> {
  const declared = raw.declared.title?.trim();
  if (declared) return { value: withoutOutletSuffix(declared, outlet), basis: 'explicit' };
  // «… – بقلم : فلان»: the writer's byline printed after the headline is not part of it.
  if (headline !== null) return { value: withoutOutletSuffix(splitHeadlineByline(headline)?.title ?? headline, outlet), basis: 'inferred' };
  const inferred = opening === null ? null : inferTitle(opening);
  return inferred === null ? UNKNOWN : { value: inferred, basis: 'inferred' };
}
