import { isStopword, normalise } from '../../analysis/arabic/index.ts';

const BYLINE = /^(?:بقلم|كتب|كتبت|كتبه|كتبته|إعداد|اعداد|تحرير|إعداد وتحرير|حرره|المحرر|الكاتب|الكاتبة|تقرير|by|written by|reporting by|words by)\s*[:：\-–—]?\s*(.+)$/iu;
const TRAILING = /[\s:：\-–—,،.|/]+$/u;

function asName(text: string): string | null {
  const name = text.replace(TRAILING, '').replace(/^[\s:：\-–—]+/u, '').trim();
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 5) return null;
  if (!words.every((w) => /^[\p{L}\p{M}.'\u2019-]+$/u.test(w))) return null;
  return name;
}

/**
 * The author a byline line names: «بقلم: …», «كتب - …», «إعداد: …», «By …». Only short lines count,
 * because prose also opens with «كتب» («كتب الرئيس على منصة X أن…»).
 */
export function parseByline(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.split(/\s+/u).length > 8) return null;
  const m = BYLINE.exec(trimmed);
  return m ? asName(m[1] ?? '') : null;
}

const PROFESSION = /^(?:هو\s+|هي\s+)?(?:صحفي|صحفية|صحافي|صحافية|كاتب|كاتبة|باحث|باحثة|مراسل|مراسلة|محلل|محللة|أكاديمي|أكاديمية|محرر|محررة|مصور|مصورة|is a journalist|is a writer|is a reporter|is an analyst|is a researcher|is a correspondent|is an? [\p{L}-]+ (?:journalist|writer|reporter|analyst|researcher|correspondent))(?![\p{L}])/iu;

/**
 * The author an end-of-article biography names: «فلانة الفلانية صحافية متخصصة في…», «Jane Doe is a journalist…»:
 * two or three name words that are not function words, then a profession.
 */
export function parseAuthorBio(text: string): string | null {
  const words = text.trim().split(/\s+/u);
  for (const n of [2, 3]) {
    const nameWords = words.slice(0, n);
    if (nameWords.length < n) continue;
    if (!nameWords.every((w) => /^[\p{L}\p{M}'\u2019-]+$/u.test(w) && !isStopword(normalise(w)))) continue;
    if (PROFESSION.test(words.slice(n).join(' '))) return nameWords.join(' ');
  }
  return null;
}
