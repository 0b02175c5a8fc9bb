import { outletInSlot, type KnownOutlet } from './known-outlets.ts';

// A bulletin's name says whose bulletin it is: «مقدمة نشرة أخبار المنار الرئيسية», «موجز الأخبار على نشرة (كونا)»,
// «نشرة الجزيرة المسائية». The owner follows «نشرة» (with «أخبار» or not), bracketed, quoted or bare, and a bulletin's
// qualifier, a day or the end of the line closes it.
const BULLETIN = /(?<![\p{L}])نشر[ةه]\s+(?:(?:أخبار|اخبار)\s+)?[(«"“]?\s*([^()«»"“”\d\-–—|:،,]{2,30}?)\s*[)»"”]?(?=\s+(?:الرئيسية|الرئيسيه|المسائية|المسائيه|الصباحية|الصباحيه|الظهيرة|الليلية|اليوم|ليوم|في|على|الساعة)(?![\p{L}])|\s*$)/u;

/**
 * The outlet whose bulletin a line of the page's head names (see BULLETIN): only an outlet the list knows, in full or
 * by its bare name or stem, since «نشرة أخبار الصباح» names a time of day, not a newsroom.
 */
export function bulletinOwner(line: string): KnownOutlet | null {
  const m = BULLETIN.exec(line);
  if (m === null) return null;
  const words = (m[1] ?? '').trim().split(/\s+/u);
  // «نشرة أخبار المنار الرئيسية»: the owner is the name, or the name without a word the lookahead did not take.
  for (let n = words.length; n >= 1; n--) {
    const known = outletInSlot(words.slice(0, n).join(' '));
    if (known !== null) return known;
  }
  return null;
}

// «مقدمات نشرات الأخبار المسائية»: a digest of several channels' bulletins, each under «مقدمة نشرة أخبار X».
const DIGEST = /(?<![\p{L}])(?:مقدمات|ملخص|موجز)?\s*نشرات(?![\p{L}])/u;

/**
 * The outlet whose bulletin the page is: the owner a line of its head names (see bulletinOwner), when the page is no
 * digest of several bulletins — it says «نشرات», or names the bulletins of two owners — and so speaks for one.
 */
export function bulletinOwnerOfPage(lines: readonly string[]): KnownOutlet | null {
  const owner = lines.slice(0, 5).map(bulletinOwner).find((o) => o !== null) ?? null;
  if (owner === null || lines.some((l) => DIGEST.test(l))) return null;
  return lines.some((l) => { const other = bulletinOwner(l); return other !== null && other !== owner; }) ? null : owner;
}
