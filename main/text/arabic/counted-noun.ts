import { normalise } from './normalise.ts';
import { nounClass } from './noun-classes.ts';
import { onlySpace } from './number-phrase.ts';
import type { Token } from './tokenise.ts';

export interface CountedNoun {
  /** The noun as written and its offsets in the text. */
  text: string;
  start: number;
  end: number;
  key: string;
  /**
   * A class key shared by the singular, the sound plurals and the common broken plurals of the noun
   * («قتيلا»، «قتلى»، «القتلى» → one class), for comparing figures about the same thing.
   */
  cls: string;
}

// Words that cannot be a counted noun. Not the stopword list: stopwords-iso also lists nouns such as «شخصا».
const PARTICLES = new Set(
  ['في', 'على', 'إلى', 'عن', 'مع', 'أو', 'ثم', 'قد', 'لم', 'لن', 'إن', 'أن', 'الذي', 'التي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'منذ', 'خلال', 'بعد', 'قبل', 'حتى', 'عند', 'لدى', 'بين', 'كما', 'فقط', 'أيضا', 'حيث', 'بل', 'لا', 'ما', 'هو', 'هي', 'هم'].map(normalise),
);

/** The noun a number counts: the word right after it (after a partitive «من»), unless it is a particle or a figure. */
export function countedNoun(text: string, tokens: Token[], j: number): CountedNoun | null {
  let tok = tokens[j];
  let prev = tokens[j - 1];
  if (!tok || !prev || !onlySpace(text, prev.end, tok.start)) return null;
  // «عشرات من المقاتلين»، «250 من عناصره»: the partitive «من» comes before the noun.
  if (tok.key === 'من') {
    prev = tok;
    tok = tokens[j + 1];
    if (!tok || !onlySpace(text, prev.end, tok.start)) return null;
  }
  if (/\d/.test(tok.key) || PARTICLES.has(tok.key) || tok.key.length < 2) return null;
  return { text: tok.text, start: tok.start, end: tok.end, key: tok.key, cls: nounClass(tok.key) };
}
