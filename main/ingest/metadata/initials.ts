import { matchKey } from '../../text/arabic/index.ts';

// Agencies sign with their initials, and pages write them every way: «أ ف ب», «أ.ف.ب», «ا ف ب», «أ،ف،ب», «A,F,P», «(أ ش أ)».
const SEPARATOR = /[\s.,،·/\-–—]+/u;

/**
 * The key of a name written as initials (two to five single letters, spaced, dotted or comma-separated), or null
 * when the text is not initials: «أ.ف.ب», «ا ف ب» and «أ،ف،ب» share the key «افب»; «AFP» written as «A.F.P» gives
 * «afp». A word of two letters or more is not initials, so a name never turns into one.
 */
export function initialsKey(text: string): string | null {
  // Initials are short: «أ . ف . ب» is at most a dozen or so characters; names are ruled out at once.
  if (text.length > 16 || text.length < 3) return null;
  const letters = text.replace(/^[\s("«“]+|[\s)"»”]+$/gu, '').split(SEPARATOR).filter((p) => p.length > 0);
  if (letters.length < 2 || letters.length > 5) return null;
  if (!letters.every((l) => /^\p{L}$/u.test(l))) return null;
  return matchKey(letters.join('')).toLowerCase();
}
