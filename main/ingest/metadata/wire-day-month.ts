import { outletNamed } from './outlet-cues.ts';
import { isKnownPlace } from './known-places.ts';

// «الجهراء - 9 - 12 (كونا) --», «الكويت - 9/12 (كونا) -»: a wire dateline of place, day and month as numbers, then the
// agency's bracket. The year is left out: it is the year the agency filed it in.
const WIRE = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*[-–—]\s*(\d{1,2})\s*[-–—/]\s*(\d{1,2})\s*[(（]\s*([^()（）]{2,30}?)\s*[)）]/u;

/**
 * The day and month (`--MM-DD`) of a wire dateline that prints them as bare numbers, day first: «الجهراء - 9 - 12
 * (كونا) --». The bracket must name an agency the gazetteer knows (any place then goes: wires date from towns the
 * places gazetteer lacks), or an outlet after a place it knows; null otherwise.
 */
export function wireDayMonth(lede: string): `--${string}` | null {
  const m = WIRE.exec(lede.trim());
  const credited = m === null ? null : outletNamed(m[4] ?? '');
  if (!m || credited === null || (credited.kind !== 'agency' && !isKnownPlace(m[1] ?? ''))) return null;
  const day = Number(m[2]);
  const month = Number(m[3]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
