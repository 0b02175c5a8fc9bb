/**
 * Text whose levels in a right-to-left paragraph follow from a few of UAX #9's rules: Arabic letters and marks,
 * ASCII digits, Arabic and ASCII punctuation, spaces and no-break spaces, «», dashes and the ellipsis. Left out:
 * Latin letters, the Arabic-Indic digits and number signs (AN: U+0600–0605, U+0660–066C, U+06DD, U+06F0–06F9),
 * bidi controls, joiners, line and segment separators; bidi-js resolves those.
 */
const ARABIC_OR_DIGITS = /^[\u0020-\u0040\u005B-\u0060\u007B-\u007E\u00A0\u00AB\u00BB\u0606-\u065F\u066A\u066D-\u06DC\u06DE-\u06EF\u06FA-\u06FF\u2013\u2014\u2026]*$/;
/** Bidi class AL among them (Arabic letters, tatweel, Arabic semicolon and question mark). */
const LETTER = /[\u0608\u060B\u060D\u061B-\u064A\u066D-\u066F\u0671-\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FF]/;
/** Bidi class NSM (harakat, Quranic marks). */
const MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]/;
const COMMON_SEPARATOR = /[,./:\u00A0\u060C]/;
const EUROPEAN_SEPARATOR = /[+-]/;
const EUROPEAN_TERMINATOR = /[#$%\u0609\u060A\u066A]/;

/** A character's bidi class as these rules need it: R (AL), E (EN), A (EN after a letter, W2), C (CS), S (ES), T (ET), O (the rest). */
type Kind = 'R' | 'E' | 'A' | 'C' | 'S' | 'T' | 'O';

function kinds(text: string): Kind[] | null {
  const out: Kind[] = [];
  let afterLetter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (LETTER.test(c)) {
      out.push('R');
      afterLetter = true;
    } else if (MARK.test(c)) {
      // W1: a mark takes its letter's class; one after a digit or punctuation is left to bidi-js.
      if (i > 0 && out[i - 1] !== 'R') return null;
      out.push('R');
    } else if (c >= '0' && c <= '9') out.push(afterLetter ? 'A' : 'E');
    else if (COMMON_SEPARATOR.test(c)) out.push('C');
    else if (EUROPEAN_SEPARATOR.test(c)) out.push('S');
    else if (EUROPEAN_TERMINATOR.test(c)) out.push('T');
    else out.push('O');
  }
  return out;
}

/**
 * The embedding levels UAX #9 resolves for a right-to-left paragraph of ARABIC_OR_DIGITS text, or null for any
 * other text. The only strong class is AL, so: digits after a letter are AN and before the first letter EN (W2); a
 * single CS between two numbers of one class, or ES between two EN, joins them (W4); ETs next to EN join it (W5);
 * numbers are then level 2 (I2) and everything else, neutrals included (N1, N2: AN and EN count as R), level 1.
 */
export function arabicParagraphLevels(text: string): Uint8Array | null {
  if (!ARABIC_OR_DIGITS.test(text)) return null;
  const k = kinds(text);
  if (k === null) return null;
  const n = k.length;
  const levels = new Uint8Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    const x = k[i];
    const joins = i > 0 && k[i - 1] === k[i + 1] && ((x === 'C' && (k[i - 1] === 'E' || k[i - 1] === 'A')) || (x === 'S' && k[i - 1] === 'E'));
    if (x === 'E' || x === 'A' || joins) levels[i] = 2;
  }
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && k[j] === 'T') j++;
    if (j > i && (k[i - 1] === 'E' || k[j] === 'E')) levels.fill(2, i, j);
    i = Math.max(j, i + 1);
  }
  return levels;
}
