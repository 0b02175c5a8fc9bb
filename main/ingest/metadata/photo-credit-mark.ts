// «فرقة موسيقية خلال حفل الافتتاح © أ ف ب»: a caption's words, then the mark and the photo's owner. The mark is a
// page's copyright only where a year, a reserved clause or a line of its own makes it one («© 2026 X», «جميع
// الحقوق محفوظة © X», «X ©»); after a caption it credits the picture, and the agency it names is not the page's outlet.
// Only a listed agency's (a wire's) name after the mark makes the words a caption: «كل المواد المنشورة في الموقع ©
// صدى المدينة», a site's footer, has the same shape, and the name there is the page's own outlet.

import { RESERVED_WORDS } from './copyright-words.ts';
import { outletByName } from './known-outlets.ts';

// The words before the mark: at least three, a description, with no digit (a copyright's year) in the line.
const CAPTION_THEN_MARK = /^(?:[^\s©\d]+\s+){2,}[^\s©\d]+\s*©\s*([^\s©\d][^©\d]{0,38})$/u;

// Words only a site's footer says before its mark: the site itself and what it publishes.
const SITE_WORDS = /(?:^|\s)(?:ال)?(?:موقع|مواد|محتوى|منشورة)(?=\s|$)/u;

// The name after the mark of a «words © name» line with no year and no reserved clause, or null.
function markedOwner(text: string): string | null {
  const owner = CAPTION_THEN_MARK.exec(text)?.[1];
  return owner === undefined || RESERVED_WORDS.test(text) ? null : owner.trim();
}

// «تصوير: محمد علي © صدى المدينة», «مشهد من الحفل - تصوير: خالد عمر / © X»: a photographer named by a label before
// the mark. The mark credits the picture to whoever employs the photographer; the line is no copyright of the page.
const PHOTO_LABEL = /(?:^|[\s(\-–—|/])(?:تصوير|عدسة|صورة|الصورة|photo|photography)\s*[:：]/iu;
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/u;

/**
 * Whether a line is a photo's caption closed by «© agency», or a photographer's credit with a mark (no year, no
 * reserved clause in either), not a page's copyright.
 */
export function isPhotoCreditMark(line: string): boolean {
  const text = line.trim();
  const mark = text.indexOf('©');
  if (mark > 0 && PHOTO_LABEL.test(text.slice(0, mark)) && !RESERVED_WORDS.test(text) && !YEAR.test(text)) return true;
  const owner = markedOwner(text);
  return owner !== null && outletByName(owner)?.kind === 'agency';
}

/**
 * The page's own name a «words © name» line gives after its mark, or null: a listed outlet («صورة أرشيفية … © الأيام»,
 * the site's own copyright on its picture), or any name after a footer's words about the site («كل المواد المنشورة
 * في الموقع © صدى المدينة»). The words before the mark are not the holder's name.
 */
export function siteOwnerAfterMark(line: string): string | null {
  const text = line.trim();
  const owner = markedOwner(text);
  if (owner === null) return null;
  const listed = outletByName(owner);
  if (listed !== null) return listed.kind === 'outlet' ? owner : null;
  return SITE_WORDS.test(text.slice(0, text.indexOf('©'))) ? owner : null;
}
