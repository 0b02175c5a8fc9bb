import { outletNamed } from './outlet-cues.ts';
import { isKnownPlace } from './known-places.ts';
import type { KnownOutlet } from './known-outlets.ts';

// «… (أ ف ب) بغداد (رويترز) - أعلن …»: a place of one to three words, the agency in brackets, a dash, then the story.
const GLUED = /(?:^|[\s)\]»"”.،,])((?:[\p{L}\p{M}]+\s+){0,2}[\p{L}\p{M}]+)\s*[(（]\s*([^()（）]{2,30}?)\s*[)）]\s*[-–—:]+\s*(?=[\p{L}"«“])/gu;

/**
 * The wire agency of a dateline that scraping glued to the photo caption before it: «صورة أرشيفية لمبنى البرلمان
 * (أرشيف) بغداد (رويترز) - أعلن…». The dateline counts wherever it stands in the line when its place is one the
 * gazetteer knows and its bracket names an agency; a caption's own credit («… (أ ف ب)» at its end, no dash) and a
 * story's bracketed aside are not datelines.
 */
export function gluedDatelineAgency(line: string): KnownOutlet | null {
  const head = line.slice(0, 260);
  for (const m of head.matchAll(GLUED)) {
    const agency = outletNamed(m[2] ?? '');
    if (agency?.kind !== 'agency') continue;
    const words = (m[1] ?? '').split(/\s+/u);
    // The place may be one word or two («دير الزور»); the words before it belong to the caption.
    const placed = [1, 2, 3].some((n) => n <= words.length && isKnownPlace(words.slice(-n).join(' ')));
    // «… (أرشيف)بنش (أ ف ب) -»: a place the gazetteer does not know, glued straight onto the caption's own bracket.
    const glued = words.length === 1 && /[)\]]$/u.test(head.slice(0, m.index + m[0].search(/\p{L}/u)).trimEnd());
    if (placed || glued) return agency;
  }
  return null;
}
