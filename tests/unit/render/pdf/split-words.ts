// Words an extractor splits in two: how a reader's copy or search of the PDF goes wrong inside a word.
import { arabicWords } from '../docx/lo-text.ts';

const TATWEEL = /\u0640/gu;

/** The Arabic words of the given texts (a brief's JSON, a template's labels), tatweel removed. */
export function vocabulary(...texts: string[]): Set<string> {
  return new Set(texts.flatMap((t) => arabicWords(t.replace(TATWEEL, ''))));
}

/**
 * Consecutive extracted words that together make a word of the vocabulary while one of them is not a word of it
 * («سور يا» for «سوريا»): an extractor inferred a space inside a word. Tatweel is left out first (it is not of the
 * Arabic script, so it would split a word by itself).
 */
export function splitWords(extracted: string, words: ReadonlySet<string>): string[] {
  const stream = arabicWords(extracted.replace(TATWEEL, ''));
  const found: string[] = [];
  for (let i = 0; i + 1 < stream.length; i++) {
    const a = stream[i] ?? '';
    const b = stream[i + 1] ?? '';
    if (words.has(a + b) && !(words.has(a) && words.has(b))) {
      found.push(`${a} ${b}`);
      i++;
    }
  }
  return found;
}
