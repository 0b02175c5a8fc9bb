// «تحرير: عرب ٤٨ | تاريخ النشر: …», «إعداد: الجزيرة نت»: the writer's slot under a headline, signed by the site
// itself instead of a person. The byline readers already refuse such a name as a writer (detect-author.ts:
// namesNewsroom); the slot says the name is the newsroom whose copy this is, so it names the page's outlet.
import { SIGNING_CUES } from './byline.ts';
import { outletInSlot, type KnownOutlet } from './known-outlets.ts';

// The cues of a writer's slot at the line's start (byline.ts's, and the slot labels «التحرير:», «الإعداد:»), a colon
// after them; then the name, up to a bar, a dash between spaces or the line's end (a meta row goes on with the date:
// «| تاريخ النشر: …»).
const SIGNED_SLOT = new RegExp(String.raw`^(?:${SIGNING_CUES}|التحرير|الإعداد)\s*[:：]\s*([^|:：]{2,40}?)\s*(?:\||\s[-–—]\s|$)`, 'iu');

/** The listed outlet (never an agency: a wire's name there credits the copy it filed) a writer's slot is signed by, or null. */
export function signedSlotOutlet(line: string): KnownOutlet | null {
  const m = SIGNED_SLOT.exec(line.trim());
  if (m === null) return null;
  const named = outletInSlot(m[1] ?? '');
  return named?.kind === 'outlet' ? named : null;
}
