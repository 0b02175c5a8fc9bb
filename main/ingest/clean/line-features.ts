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

export function lineFeatures(text: string): LineFeatures {
  const trimmed = text.trim();
  const tokens = tokenise(trimmed);
  const wordTokens = tokens.filter((t) => /\p{L}/u.test(t.text));
  const stop = wordTokens.filter((t) => isStopword(t.key) || ENGLISH_STOPWORDS.has(t.key)).length;
  // Counted with global matches: one regex pass per class is far cheaper than several tests per character.
  const count = (re: RegExp): number => trimmed.match(re)?.length ?? 0;
  const letters = count(/\p{L}/gu);
  const arabic = count(/(?=\p{L})\p{Script=Arabic}/gu);
  const digits = count(/\p{N}/gu);
  const punct = count(/[\p{P}\p{S}]/gu);
  const visible = count(/\S/gu);
  const tail = trimmed.replace(CLOSERS, '');
  const ellipsis = /\.\.+$|…$/u.test(tail);
  const endsWithQuestion = /[؟?]$/u.test(tail);
  return {
    chars: trimmed.length,
    words: tokens.length,
    stopwordDensity: wordTokens.length === 0 ? 0 : stop / wordTokens.length,
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
