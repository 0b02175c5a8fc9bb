import { normalise } from './normalise.ts';
import { textMemo } from './text-memo.ts';

export interface Token {
  /** The token as written. */
  text: string;
  /** UTF-16 offsets in the text it came from. */
  start: number;
  end: number;
  /** Its matching key (see normalise). */
  key: string;
}

// Letters, marks and digits, with tatweel and the joiners scraping leaves inside words.
// A decimal point or thousands separator between digits stays inside the number.
const LETTER = String.raw`\p{L}\p{M}\u0640\u200C\u200D`;
const WORD_CHAR = new RegExp(String.raw`[${LETTER}\p{N}]`, 'u');

// What a character is to the tokeniser. A token is a run of letters and digits, taking in a separator that stands
// between two digits: the language of `(?:\p{N}+(?:[.,\u066B\u066C]\p{N}+)*|[LETTER])+`, scanned by hand in one
// pass over the text instead of matched (no match objects, no backtracking).
const UNKNOWN = 0;
const IN_WORD = 1;
const DIGIT = 2;
const SEPARATOR = 3;
const OTHER = 4;
const LETTER_CHAR = new RegExp(String.raw`^[${LETTER}]$`, 'u');
const DIGIT_CHAR = /^\p{N}$/u;
const SEPARATOR_CHAR = /^[.,\u066B\u066C]$/u;

function classify(ch: string): number {
  if (LETTER_CHAR.test(ch)) return IN_WORD;
  if (DIGIT_CHAR.test(ch)) return DIGIT;
  return SEPARATOR_CHAR.test(ch) ? SEPARATOR : OTHER;
}

// Each code unit of the Basic Multilingual Plane classified once, on first sight; a lone surrogate is OTHER.
const BMP_CLASS = new Uint8Array(0x10000);
// Characters beyond it (a pair of surrogates), classified once each.
const ASTRAL_CLASS = new Map<number, number>();

/** The class of the character at `i` of `text` (see IN_WORD…OTHER); it is two code units long when above 0xFFFF. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      const point = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      let known = ASTRAL_CLASS.get(point);
      if (known === undefined) {
        known = classify(String.fromCodePoint(point));
        ASTRAL_CLASS.set(point, known);
      }
      return known;
    }
  }
  let known = BMP_CLASS[code] ?? UNKNOWN;
  if (known === UNKNOWN) {
    known = code >= 0xd800 && code <= 0xdfff ? OTHER : classify(String.fromCharCode(code));
    BMP_CLASS[code] = known;
  }
  return known;
}

/** How many code units the character at `i` takes (two for a surrogate pair). */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Whether `ch` can stand inside a word token (a letter, mark, digit, tatweel or joiner): the tokens' character class. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

// Every analysis stage tokenises the same sentences (summary, actors, questions, figures, context terms):
// remember by text. Tokens take far more room than their text, hence the smaller budget than for dates.
const TOKENISED = textMemo<readonly Token[]>(1_000_000);

/** Splits text into word and number tokens, with offsets into the original text. */
export function tokenise(text: string): Token[] {
  // A copy: callers own the array they get (the tokens themselves are never changed in place).
  return [...TOKENISED.get(text, () => computeTokens(text))];
}

/**
 * tokenise(text), built from the tokens of its lines: no token spans a line break (a line feed is neither a letter, a
 * digit nor a separator between two digits), so the text's tokens are its lines' tokens with their offsets moved.
 * A body made of lines the cleaner has tokenised already (it does every line it keeps) finds them in the memo.
 */
export function tokeniseByLines(text: string): Token[] {
  const out: Token[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.length > 0) {
      for (const t of TOKENISED.get(line, () => computeTokens(line))) {
        out.push(offset === 0 ? t : { text: t.text, start: t.start + offset, end: t.end + offset, key: t.key });
      }
    }
    offset += line.length + 1;
  }
  return out;
}

/**
 * tokenise(text) computed afresh, neither looked up in nor added to the memo: for a text read once (search's
 * highlighter reads a line of each hit once per query), where the memo's lookup, copy and filling cost more than
 * they save.
 */
export function tokeniseOnce(text: string): Token[] {
  return computeTokens(text);
}

function computeTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = classAt(text, i);
    if (first !== IN_WORD && first !== DIGIT) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    let afterDigit = false;
    while (i < length) {
      const c = classAt(text, i);
      if (c === IN_WORD || c === DIGIT) {
        afterDigit = c === DIGIT;
        i += widthAt(text, i);
      } else if (c === SEPARATOR && afterDigit && i + 1 < length && classAt(text, i + 1) === DIGIT) {
        // A separator is one code unit; the digit after it is taken on the next step.
        i++;
        afterDigit = false;
      } else break;
    }
    const word = text.slice(start, i);
    const key = normalise(word);
    if (key.length > 0) tokens.push({ text: word, start, end: i, key });
  }
  return tokens;
}

/** The matching keys of the words of `text`, in order. */
export function wordKeys(text: string): string[] {
  return tokenise(text).map((t) => t.key);
}
