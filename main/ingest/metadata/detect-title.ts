import type { RawDocument } from '../../model/raw-document.ts';
import { lineKey } from '../lines/line-key.ts';
import { outletByName } from './known-outlets.ts';
import { UNKNOWN, type Detected } from './detected.ts';
import { inferTitle } from './infer-title.ts';
import { splitHeadlineByline } from './byline.ts';

// Ticker and media tags pages put before a headline: «عاجل |», «بالفيديو |», «شاهد:». «خاص-» and «حصري» stay: the
// outlet prints them as part of its headline.
const TAG = /^(?:عاجل|عاجل جدا|بالفيديو|فيديو|بالصور|شاهد|مباشر|breaking|video|watch)$/iu;

/**
 * The title without a « - Outlet» or « | Outlet» suffix when the suffix is a known outlet or the article's own, and
 * without an «Outlet |» or ticker tag prefix («عاجل |», «بالفيديو:»).
 */
function withoutOutletSuffix(title: string, outlet: string | null): string {
  const isOutlet = (name: string): boolean => outletByName(name) !== null || (outlet !== null && lineKey(name) === lineKey(outlet));
  const pre = /^([^-–—|:]{2,40}?)\s*[|:\-–—]\s+(.{10,})$/u.exec(title.trim());
  const unprefixed = pre && (TAG.test((pre[1] ?? '').trim()) || isOutlet(pre[1] ?? '')) ? (pre[2] ?? title).trim() : title;
  const m = /^(.{4,}?)\s+[-–—|:]\s+([^-–—|]{2,60})$/u.exec(unprefixed);
  return m && isOutlet(m[2] ?? '') ? (m[1] ?? unprefixed).trim() : unprefixed;
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
