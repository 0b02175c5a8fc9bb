import { createRequire } from 'node:module';
import { isStopword, normalise, tokenise } from '../../text/arabic/index.ts';

const require = createRequire(import.meta.url);
const lists = require('stopwords-iso') as Record<string, string[]>;
// English boilerplate («Share this article», «Read more») is judged by the same density, so English counts too.
const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set((lists.en ?? []).map((w) => normalise(w)));

/** The jusText features of one line (Pomikálek 2011, §3.2), measured on its trimmed text. */
export interface LineFeatures {
  chars: number;
  words: number;
  /** Share of words that are Arabic or English stopwords: prose has many, menus and headlines few. */
  stopwordDensity: number;
  /** Share of letters that are Arabic script. */
  arabicShare: number;
  /** Share of non-space characters that are digits, and that are punctuation or symbols. */
  digitRatio: number;
  punctRatio: number;
  /** The line ends a sentence: «.», «!», «:» or «؟» (closing quotes and brackets ignored; «..» is a headline ellipsis). */
  finalPunct: boolean;
  /** It ends with a question mark (headlines often do, so it weighs less than a period). */
  endsWithQuestion: boolean;
}

const CLOSERS = /["'”’»)\]\s]+$/u;

// The character classes the features count, as bits: a letter, an Arabic-script letter, a digit, punctuation or a
// symbol, and anything but white space (each as the same-named regex class matches one code point).
const LETTER = 1;
const ARABIC = 2;
const DIGIT = 4;
const PUNCT = 8;
const VISIBLE = 16;
const KNOWN = 128;

function classify(ch: string): number {
  return (
    KNOWN |
    (/^\p{L}$/u.test(ch) ? LETTER : 0) |
    (/^(?=\p{L})\p{Script=Arabic}$/u.test(ch) ? ARABIC : 0) |
    (/^\p{N}$/u.test(ch) ? DIGIT : 0) |
    (/^[\p{P}\p{S}]$/u.test(ch) ? PUNCT : 0) |
    (/^\S$/u.test(ch) ? VISIBLE : 0)
  );
}

// A code point's classes never change: each is worked out once per process, the Basic Multilingual Plane in a table.
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

function classesOf(code: number): number {
  if (code <= 0xffff) {
    const known = BMP_CLASSES[code] ?? 0;
    if (known !== 0) return known;
    return (BMP_CLASSES[code] = classify(String.fromCharCode(code)));
  }
  let known = ASTRAL_CLASSES.get(code);
  if (known === undefined) ASTRAL_CLASSES.set(code, (known = classify(String.fromCodePoint(code))));
  return known;
}

/**
 * How many code points of `text` fall in each class, in one pass (a lone surrogate counts as one, as in a /u regex).
 * A code unit below the surrogates is a whole code point: its classes come straight from the table.
 */
function countClasses(text: string): { letters: number; arabic: number; digits: number; punct: number; visible: number } {
  let letters = 0;
  let arabic = 0;
  let digits = 0;
  let punct = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let classes = code < 0xd800 ? (BMP_CLASSES[code] ?? 0) : 0;
    if (classes === 0) {
      code = text.codePointAt(i) ?? 0;
      if (code > 0xffff) i++;
      classes = classesOf(code);
    }
    letters += classes & LETTER;
    arabic += (classes & ARABIC) >> 1;
    digits += (classes & DIGIT) >> 2;
    punct += (classes & PUNCT) >> 3;
    visible += (classes & VISIBLE) >> 4;
  }
  return { letters, arabic, digits, punct, visible };
}

/** Whether `text` holds a letter, as `/\p{L}/u.test(text)` tells, from the class table (a regex per token cost more). */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    if (classesOf(code) & LETTER) return true;
  }
  return false;
}

export function lineFeatures(text: string): LineFeatures {
  const trimmed = text.trim();
  const tokens = tokenise(trimmed);
  // The words (tokens with a letter) and how many of them are stopwords, in one pass.
  let words = 0;
  let stop = 0;
  for (const t of tokens) {
    if (!hasLetter(t.text)) continue;
    words++;
    if (isStopword(t.key) || ENGLISH_STOPWORDS.has(t.key)) stop++;
  }
  const { letters, arabic, digits, punct, visible } = countClasses(trimmed);
  const tail = trimmed.replace(CLOSERS, '');
  const ellipsis = /\.\.+$|…$/u.test(tail);
  const endsWithQuestion = /[؟?]$/u.test(tail);
  return {
    chars: trimmed.length,
    words: tokens.length,
    stopwordDensity: words === 0 ? 0 : stop / words,
    arabicShare: letters === 0 ? 0 : arabic / letters,
    digitRatio: visible === 0 ? 0 : digits / visible,
    punctRatio: visible === 0 ? 0 : punct / visible,
    finalPunct: !ellipsis && /[.!:؟?]$/u.test(tail),
    endsWithQuestion,
  };
}

/**
 * A content paragraph: long enough, sentence-shaped and with the function words of prose.
 * Thresholds follow jusText's (≥ ~8 words, stopword density ≥ ~0.2), loosened for news Arabic whose
 * clitics hide many function words, and tightened for questions, which is how headlines often end.
 */
export function isContentLine(f: LineFeatures): boolean {
  if (f.words >= 25) return true;
  if (f.punctRatio > 0.25 || f.digitRatio > 0.4) return false;
  if (!f.finalPunct) return false;
  if (f.endsWithQuestion) return f.words >= 15;
  return f.words >= 8 && f.stopwordDensity >= 0.08;
}

/** A line that reads like a headline: 15–160 characters, a few words, no sentence-final period. */
export function isHeadlineLike(f: LineFeatures): boolean {
  if (f.chars < 15 || f.chars > 160 || f.words < 3) return false;
  if (f.digitRatio > 0.3 || f.punctRatio > 0.2) return false;
  return !f.finalPunct || f.endsWithQuestion;
}
