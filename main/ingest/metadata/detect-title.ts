import type { RawDocument } from '../raw-document.ts';
import { lineKey } from '../clean/line-key.ts';
import { outletByName } from './known-outlets.ts';
import { UNKNOWN, type Detected } from './detected.ts';

/**
 * The article's title: the declared one with a « - Outlet» or « | Outlet» suffix taken off when the suffix
 * is a known outlet or the article's own (explicit); else the headline the cleaner found (inferred).
 */
export function detectTitle(raw: RawDocument, headline: string | null, outlet: string | null): Detected<string> {
  const declared = raw.declared.title?.trim();
  if (declared) {
    const m = /^(.{4,}?)\s+[-–—|:]\s+([^-–—|]{2,60})$/u.exec(declared);
    const suffix = m?.[2] ?? '';
    const isOutlet = outletByName(suffix) !== null || (outlet !== null && lineKey(suffix) === lineKey(outlet));
    return { value: m && isOutlet ? (m[1] ?? declared).trim() : declared, basis: 'explicit' };
  }
  return headline === null ? UNKNOWN : { value: headline, basis: 'inferred' };
}
