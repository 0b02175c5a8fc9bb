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
const WORD = new RegExp(String.raw`(?:\p{N}+(?:[.,\u066B\u066C]\p{N}+)*|[${LETTER}])+`, 'gu');
const WORD_CHAR = new RegExp(String.raw`[${LETTER}\p{N}]`, 'u');

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

function computeTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const key = normalise(m[0]);
    if (key.length === 0) continue;
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, key });
  }
  return tokens;
}

/** The matching keys of the words of `text`, in order. */
export function wordKeys(text: string): string[] {
  return tokenise(text).map((t) => t.key);
}
