import { outletNamed } from './outlet-cues.ts';
import { isKnownPlace } from './known-places.ts';
import type { KnownOutlet } from './known-outlets.ts';

// «… (أ ف ب) بغداد (رويترز) - أعلن …»: the agency in brackets, a dash, then the story; the place is read backwards from
// the bracket (one to three words), which keeps the search to the brackets a line has.
const BRACKET = /[(（]\s*([^()（）]{2,30}?)\s*[)）]\s*[-–—:]+\s*(?=[\p{L}"«“])/gu;

/**
 * The wire agency of a dateline that scraping glued to the photo caption before it: «صورة أرشيفية لمبنى البرلمان
 * (أرشيف) بغداد (رويترز) - أعلن…». The dateline counts wherever it stands in the line when its place is one the
 * gazetteer knows (or a single word glued onto the caption's own bracket) and its bracket names an agency; a caption's
 * own credit («… (أ ف ب)» at its end, no dash) and a story's bracketed aside are not datelines.
 */
export function gluedDatelineAgency(line: string): KnownOutlet | null {
  const head = line.slice(0, 260);
  for (const m of head.matchAll(BRACKET)) {
    const agency = outletNamed(m[1] ?? '');
    if (agency?.kind !== 'agency') continue;
    const before = head.slice(Math.max(0, m.index - 60), m.index).trimEnd();
    const tail = /((?:[\p{L}\p{M}]+\s+){0,2}[\p{L}\p{M}]+)$/u.exec(before);
    if (!tail) continue;
    const words = (tail[1] ?? '').split(/\s+/u);
    // The place may be one word or two («دير الزور»); the words before it belong to the caption.
    const placed = [1, 2, 3].some((n) => n <= words.length && isKnownPlace(words.slice(-n).join(' ')));
    // «… (أرشيف)بنش (أ ف ب) -»: a place the gazetteer does not know, glued straight onto the caption's own bracket.
    const glued = words.length >= 1 && /[)\]]\s*$/u.test(before.slice(0, before.length - (words.at(-1) ?? '').length));
    if (placed || glued) return agency;
  }
  return null;
}
