import { lineKey } from '../lines/line-key.ts';
import { outletByName } from '../metadata/known-outlets.ts';

// Scrapers turn the icons of photo and share widgets into words glued to the caption: «camera iconمعبر…».
const ICON_PREFIX = /^\s*(?:(camera|image|photo|picture|video|play|gallery|tag|share)[\s_-]*)?icon(?![\p{Ll}])\s*/iu;

/** The line without a leading icon word, and which icon it was («camera», «tag», … or '' for a bare «icon»). */
export function stripIconPrefix(text: string): { rest: string; icon: string | null } {
  const m = ICON_PREFIX.exec(text);
  if (!m) return { rest: text.trim(), icon: null };
  return { rest: text.slice(m[0].length).trim(), icon: (m[1] ?? '').toLowerCase() };
}

const PHOTO_WORDS = [
  'لقطة شاشة', 'صورة أرشيفية', 'أرشيفية', 'أرشيف', 'صورة', 'تصوير', 'مواقع التواصل', 'مواقع التواصل الاجتماعي',
  'وسائل التواصل', 'إنترنت', 'الإنترنت', 'غيتي', 'غيتي إيميجز', 'جيتي', 'إيه بي إيه', 'الأوروبية', 'getty', 'getty images',
  'reuters', 'afp', 'ap', 'epa', 'file photo', 'screenshot', 'social media', 'handout',
].map(lineKey);

const CREDIT_START = ['صورة:', 'الصورة:', 'صورة :', 'الصورة :', 'صورة أرشيفية', 'صورة ارشيفية', 'تصوير:', 'تصوير :', 'بعدسة', 'مصدر الصورة', 'photo:', 'image:', 'photo credit', 'picture:', '(صورة', '(الصورة'].map(lineKey);

// «بعدسة وقلم: فلان», «تصوير وتحرير: فلانة»: the photographer credited as the writer too is a byline (byline.ts).
const WRITER_TOO = /^(?:ب?عدس[ةه]|تصوير)\s*و\s*(?:ب?قلم|تحرير|كتاب[ةه]|اعداد|نص|تقرير)(?![\p{L}])/u;

/** Is the parenthesised tail of a line a photo credit: a photo word, a known outlet or agency, or «X/ Y»? */
function isCredit(inner: string): boolean {
  const key = lineKey(inner).replace(/[:：]/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (key.length === 0 || key.length > 60) return false;
  if (key.includes('/')) return true;
  if (PHOTO_WORDS.some((w) => key === w || key.startsWith(w + ' ') || key.endsWith(' ' + w))) return true;
  return outletByName(inner) !== null;
}

/**
 * A photo caption or credit line: an icon-prefixed caption, a line that opens with «صورة:»/«تصوير»,
 * a short line with a glued «المصدر:» credit, or a sentence-less line that ends with a parenthesised credit
 * «(الجزيرة/ لقطة شاشة)», «(رويترز)», «(غيتي)». A paragraph that ends with a period before its credit is prose.
 */
export function isCaption(text: string, words: number): boolean {
  const { rest, icon } = stripIconPrefix(text);
  if (icon !== null && icon !== 'tag' && icon !== 'share' && rest.length > 0) return true;
  if (words > 45) return false;
  const key = lineKey(rest);
  if (CREDIT_START.some((p) => key.startsWith(p)) && !WRITER_TOO.test(key)) return true;
  if (/\S\s*المصدر\s*[:：]/u.test(key) && words <= 30 && !/[.!؟?]\s*$/u.test(rest)) return true;
  const tail = /\(([^()]{1,60})\)\s*$/u.exec(rest);
  if (tail) {
    const before = rest.slice(0, tail.index).trim();
    if (before.length > 0 && !/[.!؟?:]["'”’»]*$/u.test(before) && isCredit(tail[1] ?? '')) return true;
  }
  return isDashCredited(rest, words) || isCaptionBeforeHeading(rest, words);
}

/** «جانب من الاجتماع - أرشيفية», «… | Getty Images»: a sentence-less line that closes with a photo word after a dash. */
function isDashCredited(rest: string, words: number): boolean {
  if (words > 30) return false;
  const m = /\s[-–—|]\s*([^-–—|]{2,40})$/u.exec(rest);
  if (!m) return false;
  const before = rest.slice(0, m.index).trim();
  const key = lineKey(m[1] ?? '').replace(/[()]/gu, '').trim();
  return before.length > 0 && !/[.!؟?:]["'”’»]*$/u.test(before) && PHOTO_WORDS.some((w) => key === w);
}

/**
 * A caption run together with the sub-heading that follows it on the page: «وزير التجارة في الميناء (صورة/ واج)إجراءات
 * لضبط السوق». The credit sits inside the line and only a few heading words, no sentence, come after it.
 */
function isCaptionBeforeHeading(rest: string, words: number): boolean {
  if (words > 35) return false;
  for (const m of rest.matchAll(/\(([^()]{1,60})\)/gu)) {
    const before = rest.slice(0, m.index).trim();
    const after = rest.slice(m.index + m[0].length).trim();
    const afterWords = after.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
    if (before.length === 0 || afterWords === 0 || afterWords > 6) continue;
    if (/[.!؟?:]["'”’»]*$/u.test(before) || /[.!؟?]["'”’»]*$/u.test(after)) continue;
    if (isCredit(m[1] ?? '')) return true;
  }
  return false;
}

/**
 * A bare source credit closing a scraped page: «المصدر», «المصدر: وكالات», «Source: Reuters», and a known
 * outlet standing alone after a dash or in brackets: «— رويترز», «(أ ف ب)».
 */
export function isSourceCredit(text: string, words: number): boolean {
  if (words > 8) return false;
  if (/^(?:المصدر|المصادر|مصدر الخبر|source|sources)\s*(?:[:：\-–]|$)/iu.test(lineKey(text))) return true;
  const named = /^(?:[-–—]+\s*(.+)|\(([^()]+)\))$/u.exec(text.trim());
  return named !== null && outletByName(named[1] ?? named[2] ?? '') !== null;
}
