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

/** Whether a line is a photo's caption closed by «© agency» (no year, no reserved clause), not a page's copyright. */
export function isPhotoCreditMark(line: string): boolean {
  const owner = markedOwner(line.trim());
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
