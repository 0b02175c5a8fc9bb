// «فرقة موسيقية خلال حفل الافتتاح © أ ف ب»: a caption's words, then the mark and the photo's owner. The mark is a
// page's copyright only where a year, a reserved clause or a line of its own makes it one («© 2026 X», «جميع
// الحقوق محفوظة © X», «X ©»); after a caption it credits the picture, and the agency it names is not the page's outlet.

import { RESERVED_WORDS } from './copyright-words.ts';

// The words before the mark: at least three, a description, with no digit (a copyright's year) in the line.
const CAPTION_THEN_MARK = /^(?:[^\s©\d]+\s+){2,}[^\s©\d]+\s*©\s*[^\s©\d][^©\d]{0,38}$/u;

/** Whether a line is a photo's caption closed by «© owner» (no year, no reserved clause), not a page's copyright. */
export function isPhotoCreditMark(line: string): boolean {
  const text = line.trim();
  return CAPTION_THEN_MARK.test(text) && !RESERVED_WORDS.test(text);
}
