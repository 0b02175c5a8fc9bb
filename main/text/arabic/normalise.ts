/**
 * Normalisation for matching, never for display.
 *
 * The key folds what Arabic spelling lets vary without changing the word: diacritics and Quranic marks,
 * tatweel, hamza seats on alef (and on waw and yeh), alef wasla, alef maqsura, ta marbuta, Persian
 * letter forms, Arabic-Indic and Persian digits, presentation forms (NFKD), Latin case and accents,
 * and it drops zero-width and bidi control characters that scraping leaves behind.
 *
 * Every step works on one code point at a time, so a key character always maps back to the
 * code point it came from: `normaliseWithMap` keeps that map for highlighting and citations.
 */

const DROPPED = /[\u00AD\u061C\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const MARK = /\p{Mn}/gu;

const FOLD: Readonly<Record<string, string>> = {
  '\u0671': '\u0627', // alef wasla → alef (the seated hamzas decompose under NFKD)
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  '\u0675': '\u0627',
  '\u0649': '\u064A', // alef maqsura → yeh
  '\u06CC': '\u064A', // Farsi yeh
  '\u06D2': '\u064A',
  '\u0629': '\u0647', // ta marbuta → heh
  '\u06C0': '\u0647',
  '\u06C1': '\u0647',
  '\u06D5': '\u0647',
  '\u06A9': '\u0643', // keheh → kaf
  '\u0621': '', // a lone hamza carries no letter of its own in matching
  '\u060C': ',',
  '\u061B': ';',
  '\u066B': '.',
  '\u066C': '',
  '\u066A': '%',
};

// Folding a code point is pure, and news text uses few distinct ones: memoise (bounded, in case of hostile input).
const folded = new Map<string, string>();
const MEMO_LIMIT = 65536;
const arabicBlock: (string | undefined)[] = new Array<string | undefined>(256);

function foldCodePoint(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x80) return ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
  // The Arabic block is most of what news text holds: an array beats the map there.
  if (code >= 0x0600 && code <= 0x06ff) {
    const hit = arabicBlock[code - 0x0600];
    if (hit !== undefined) return hit;
    return (arabicBlock[code - 0x0600] = computeFold(ch, code));
  }
  const known = folded.get(ch);
  if (known !== undefined) return known;
  const out = computeFold(ch, code);
  if (folded.size < MEMO_LIMIT) folded.set(ch, out);
  return out;
}

function computeFold(ch: string, code: number): string {
  if (DROPPED.test(ch)) return '';
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  let out = ch;
  // NFKD, lower case and mark removal can expose further foldable characters; repeat until stable.
  for (let i = 0; i < 4; i++) {
    let next = '';
    for (const c of out.normalize('NFKD').toLowerCase().replace(MARK, '')) {
      next += FOLD[c] ?? (DROPPED.test(c) ? '' : c);
    }
    if (next === out) break;
    out = next;
  }
  return out;
}

// Whether a code point of the Basic Multilingual Plane folds to itself (1), to something else (2), or is not yet
// known (0). Most of a text's characters keep themselves: runs of them are copied whole, not one by one.
const KEEPS_ITSELF = new Uint8Array(0x10000);

function keepsItself(code: number): boolean {
  const known = KEEPS_ITSELF[code] ?? 0;
  if (known !== 0) return known === 1;
  const ch = String.fromCharCode(code);
  const keeps = foldCodePoint(ch) === ch;
  KEEPS_ITSELF[code] = keeps ? 1 : 2;
  return keeps;
}

/** The matching key of `text`. Idempotent: normalise(normalise(x)) === normalise(x). */
export function normalise(text: string): string {
  let out = '';
  // The start of the run of characters, not yet copied, that fold to themselves.
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code <= 0xffff && keepsItself(code)) continue;
    const ch = code > 0xffff ? text.slice(i, i + 2) : (text[i] ?? '');
    out += text.slice(kept, i) + foldCodePoint(ch);
    i += ch.length - 1;
    kept = i + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/**
 * The key under which whole names, lines and texts are compared: the matching key (see normalise) with runs
 * of whitespace folded to one space and the ends trimmed, so line layout and scraping noise never matter.
 */
export function matchKey(text: string): string {
  return foldSpaces(normalise(text));
}

/** Whether code unit `c` is one `\s` matches and trim() removes: ECMAScript's WhiteSpace and LineTerminator. */
export function isSpace(c: number): boolean {
  // Letters between the space and U+1680 (Latin, Arabic) are ruled out in two comparisons: most units asked are.
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `text.replace(/\s+/gu, ' ').trim()` in one pass that copies the runs between spaces whole, and returns `text`
 * itself when nothing changes (a line's key is taken for every line of every article).
 */
export function foldSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let out = '';
  let copied = start;
  for (let i = start; i < end; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    // Between start and end a run of spaces always ends before `end`.
    let next = i + 1;
    while (isSpace(text.charCodeAt(next))) next++;
    if (next === i + 1 && text.charCodeAt(i) === 0x20) continue;
    out += text.slice(copied, i) + ' ';
    copied = next;
    i = next - 1;
  }
  if (copied === 0 && end === text.length) return text;
  return out + text.slice(copied, end);
}

export interface NormalisedText {
  key: string;
  /** For each UTF-16 index of `key`, the UTF-16 index in the original text it came from. */
  map: number[];
}

/**
 * The matching key of `text` with a map from key offsets back to original offsets. As normalise, the runs of code
 * units that fold to themselves are copied whole (each maps to itself); only the others are folded one by one.
 */
export function normaliseWithMap(text: string): NormalisedText {
  let key = '';
  const map: number[] = [];
  // The start of the run of characters, not yet copied, that fold to themselves.
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code <= 0xffff && keepsItself(code)) {
      map.push(i);
      continue;
    }
    const ch = code > 0xffff ? text.slice(i, i + 2) : (text[i] ?? '');
    const folded = foldCodePoint(ch);
    key += text.slice(kept, i) + folded;
    // Every unit of what a code point folds to maps back to where the code point starts.
    for (let j = 0; j < folded.length; j++) map.push(i);
    i += ch.length - 1;
    kept = i + 1;
  }
  return { key: kept === 0 ? text : key + text.slice(kept), map };
}

/** Arabic-Indic and Persian digits to ASCII, keeping every other character: for parsing numbers in display text. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * The text without its marks (harakat, shadda, Quranic marks) and tatweel, every letter as written: for tests on a
 * word's letters that must not see a final mark («عليّ», «هناءُ») nor fold the letters normalise folds («ى», «ی»).
 */
export function withoutMarks(text: string): string {
  return text.replace(/[\p{Mn}\u0640]/gu, '');
}

/** Strips zero-width and bidi control characters only: for display text that must stay as written otherwise. */
export function stripControls(text: string): string {
  return text.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C]/g, '');
}
