import { isKnownPlace } from './known-places.ts';
import { outletShaped, sectionShaped } from './outlet-shape.ts';

// «الموصل - الرافدين نيوز - أعلنت…», «حلب/ صوت الشمال: …»: a place, then a name between separators.
const PLACE_FIRST = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*[-–—/]\s*([^-–—/:：|«»"“”()]{3,40}?)\s*[-–—/:：|]/u;
// «الرافدين نيوز/ الموصل», «صوت الشمال - حلب -»: a name, then the place, then the end of the line or a separator.
const NAME_FIRST = /^([^-–—/:：|«»"“”()]{3,40}?)\s*[-–—/]\s*([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*(?:[-–—/:：|]|$)/u;

/**
 * The newsroom an opening dateline names when the outlet list does not know it: a place the gazetteer knows beside a
 * name built like an outlet's («… نيوز», «صوت …», «شبكة …»), either way round, at the start of a line. Person names
 * («الرياض - فهد الشمري -») and sections («أخبار محلية») are not built so. The dateline is the strong position that
 * lets an unknown name count.
 */
export function shapedDatelineOutlet(line: string): string | null {
  const head = line.trim().slice(0, 90);
  const placed = PLACE_FIRST.exec(head);
  if (placed && isKnownPlace(placed[1] ?? '') && isNewsroom(placed[2] ?? '')) return (placed[2] ?? '').trim();
  const named = NAME_FIRST.exec(head);
  if (named && isKnownPlace(named[2] ?? '') && isNewsroom(named[1] ?? '')) return (named[1] ?? '').trim();
  return null;
}

function isNewsroom(name: string): boolean {
  const text = name.trim();
  return !isKnownPlace(text) && outletShaped(text) && !sectionShaped(text);
}
