import { arabicIndicDigits } from '../../text/arabic/index.ts';
import { arabicNumberSigns } from './arabic-number-signs.ts';

// The digit and direction decisions of every exporter (PDF and Word), in one place so both print a brief alike.
//
// A brief is Arabic text that carries Latin islands: outlet names (Reuters), identifiers (a file name such as
// 738c4e5b00d9a6d1.txt_004), URLs, e-mail addresses, and sometimes a whole English item. The rules:
// - Digits take the template's shape everywhere in the Arabic text: the brief's own numbers and quoted text alike
//   (a digit's shape is a choice of typography, not of content, as a typesetter sets a quotation in the house style).
//   Inside a Latin island digits stay Western: "A320", "COVID-19", a URL or a file name keeps its own digits.
// - With Arabic-Indic digits, the Arabic text's numbers take Arabic signs too: «٣٫٥», «٣٬٥٠٠», «٤٥٪»
//   (arabic-number-signs.ts); a Latin island keeps its «3.5%».
// - A Latin island that holds anything but letters and spaces is isolated (UAX #9 FSI…PDI), so its digits,
//   underscores, dots and final punctuation stay inside it instead of reordering with the Arabic around it.
// - Brackets and quotation marks around an island stay outside it and pair with the Arabic text; a sentence mark
//   after an island belongs to the Arabic sentence, except in an item with no Arabic at all (an English item), which
//   is one island whose period stays at its own end.

export type Digits = 'western' | 'arabic-indic';

/** A stretch of text in one direction: a Latin island (left to right) or the Arabic text around it. */
export interface DirectionSegment {
  text: string;
  latin: boolean;
}

/** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (UAX #9), which wrap an isolated island. */
export const FSI = '\u2068';
export const PDI = '\u2069';
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const URL_OR_EMAIL = /^(?:https?:\/\/|www\.)\S+$|^[^\s@]+@[^\s@]+\.[^\s@]+$/iu;
const OPENERS = '([{«"\'“‘';
const CLOSERS = ')]}»"\'”’';
const SENTENCE_MARKS = '.,;:!?،؛؟';

/** A token of the Latin stream: one with a Latin letter (and no Arabic one), or a URL or an e-mail address. */
function isLatinToken(token: string): boolean {
  return URL_OR_EMAIL.test(token) || (LATIN_LETTER.test(token) && !ARABIC_LETTER.test(token));
}

/** A token that may sit between two Latin tokens of one island: a number or punctuation ("Boeing 737 MAX"). */
function isNeutralToken(token: string): boolean {
  return !ARABIC_LETTER.test(token) && !LATIN_LETTER.test(token);
}

function count(text: string, chars: string): number {
  let n = 0;
  for (const ch of text) if (chars.includes(ch)) n++;
  return n;
}

/** Narrows an island [start, end) of Arabic text so brackets, quotes and sentence marks around it stay Arabic. */
function trimIsland(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && OPENERS.includes(text[s] ?? '')) s++;
  for (;;) {
    const last = text[e - 1] ?? '';
    if (e <= s) break;
    const island = text.slice(s, e);
    if (CLOSERS.includes(last) && count(island, OPENERS) < count(island, CLOSERS)) e--;
    else if (SENTENCE_MARKS.includes(last)) e--;
    else break;
  }
  return [s, e];
}

// Arabic letters written onto a Latin word: a proclitic such as «و», «ب», «لـ» before «OPEC» or «COVID-19».
const GLUED_ARABIC = /^[\p{Script=Arabic}\u0640]+(?=\p{Script=Latin})/u;

interface Token {
  start: number;
  end: number;
  text: string;
}

/**
 * A whitespace token, or two when Arabic proclitics are written onto a Latin word («وOPEC+»): the Latin word is
 * then a token of its own, so it is an island like any other (Western digits, isolated, a Latin run in Word, where
 * a right-to-left run holding it let LibreOffice break the line inside «OPEC»).
 */
function splitGluedLatin(word: string, start: number): Token[] {
  const glued = GLUED_ARABIC.exec(word)?.[0];
  if (glued === undefined || !isLatinToken(word.slice(glued.length))) return [{ start, end: start + word.length, text: word }];
  const cut = start + glued.length;
  return [{ start, end: cut, text: glued }, { start: cut, end: start + word.length, text: word.slice(glued.length) }];
}

/**
 * Splits text into Latin islands and the Arabic text around them. An island runs from a Latin token (a word with a
 * Latin letter, a URL or an e-mail address) to the last Latin token before the next Arabic word, taking the numbers
 * and punctuation between (so "Boeing 737 MAX" is one island); text without any Arabic letter is a single island.
 */
export function directionSegments(text: string): DirectionSegment[] {
  // Quoted text is a unit of its own: «…» around an English sentence quotes it whole, its period included.
  const quoted = /«([^«»]*)»/gu;
  if (/«[^«»]*»/u.test(text)) {
    const segments: DirectionSegment[] = [];
    const push = (parts: DirectionSegment[]): void => {
      for (const part of parts) {
        const last = segments[segments.length - 1];
        if (last !== undefined && last.latin === part.latin) last.text += part.text;
        else segments.push({ ...part });
      }
    };
    let at = 0;
    for (const m of text.matchAll(quoted)) {
      push(unquotedSegments(text.slice(at, m.index)));
      push([{ text: '«', latin: false }, ...directionSegments(m[1] ?? ''), { text: '»', latin: false }]);
      at = m.index + m[0].length;
    }
    push(unquotedSegments(text.slice(at)));
    return segments;
  }
  return unquotedSegments(text);
}

function unquotedSegments(text: string): DirectionSegment[] {
  if (text === '') return [];
  // An item without Arabic (an English item, a bare identifier) is one island, numbers and final period included.
  if (!ARABIC_LETTER.test(text)) return LATIN_LETTER.test(text) ? [{ text, latin: true }] : [{ text, latin: false }];
  const islands: Array<[number, number]> = [];
  const tokens = [...text.matchAll(/\S+/gu)].flatMap((m) => splitGluedLatin(m[0], m.index));
  let open: [number, number] | undefined;
  let pendingEnd = -1;
  for (const token of tokens) {
    if (isLatinToken(token.text)) {
      if (open === undefined) open = [token.start, token.end];
      else open[1] = token.end;
      pendingEnd = token.end;
    } else if (open !== undefined && !isNeutralToken(token.text)) {
      islands.push([open[0], pendingEnd]);
      open = undefined;
    }
  }
  if (open !== undefined) islands.push([open[0], pendingEnd]);
  const segments: DirectionSegment[] = [];
  const push = (part: string, latin: boolean): void => {
    if (part === '') return;
    const last = segments[segments.length - 1];
    if (last !== undefined && last.latin === latin) last.text += part;
    else segments.push({ text: part, latin });
  };
  let at = 0;
  for (const [start, end] of islands) {
    const [s, e] = trimIsland(text, start, end);
    if (e <= s) continue;
    push(text.slice(at, s), false);
    push(text.slice(s, e), true);
    at = e;
  }
  push(text.slice(at), false);
  return segments;
}

/** Wraps left-to-right text in a first-strong isolate (UAX #9 FSI…PDI), so it does not reorder its neighbours. */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/** Whether an island needs isolating: it holds more than letters, marks and the spaces between words. */
function needsIsolate(island: string): boolean {
  return /[^\p{L}\p{M} ]/u.test(island);
}

/** Arabic text (never a Latin island) in Arabic-Indic digits, with the Arabic decimal, thousands and per cent signs. */
function arabicIndicNumbers(text: string): string {
  return arabicNumberSigns(arabicIndicDigits(text));
}

/** The Arabic text's digits in the template's shape; Latin islands keep Western digits. */
export function shapeDigits(text: string, digits: Digits): string {
  if (digits === 'western' || !/[0-9\u0660-\u0669]/u.test(text)) return text;
  return directionSegments(text).map((s) => (s.latin ? s.text : arabicIndicNumbers(s.text))).join('');
}

/**
 * Text as an exporter prints it: segments by direction, digits in the template's shape outside Latin islands, and
 * every island that holds digits or punctuation isolated.
 */
export function displaySegments(text: string, digits: Digits): DirectionSegment[] {
  return directionSegments(text).map((segment) => {
    if (segment.latin) return { text: needsIsolate(segment.text) ? isolate(segment.text) : segment.text, latin: true };
    return { text: digits === 'arabic-indic' ? arabicIndicNumbers(segment.text) : segment.text, latin: false };
  });
}
