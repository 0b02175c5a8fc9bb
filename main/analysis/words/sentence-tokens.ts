import { normaliseWithMap, procliticReadings, splitSentences, tokenise } from '../../text/arabic/index.ts';
import type { Sentence } from '../../text/arabic/index.ts';

/** A word of a sentence with what separates it from the previous word. */
export interface Word {
  text: string;
  key: string;
  /** Offsets in the article body. */
  start: number;
  end: number;
  /** The text between the previous word (or the sentence start) and this one. */
  gap: string;
}

export interface SentenceWords {
  sentence: Sentence;
  words: Word[];
}

const BREAK = /[.,،;؛:!?؟()[\]{}«»"“”„'‘’\-–—/\\|…*•]/u;
// Scraped text uses ” and " both ways: a quote glued to the next word opens, one glued to the previous closes.
const OPEN_QUOTE = /«|[“”"„]\s*$/u;
const CLOSE_QUOTE = /»|^\s*[”“"]/u;
const OPEN_PAREN = /[(]/u;

/** The body split into sentences, each with its words (offsets into the body). */
export function sentenceWords(body: string): SentenceWords[] {
  return splitSentences(body).map((sentence) => {
    let previous = 0;
    const words = tokenise(sentence.text).map((t) => {
      const word: Word = { text: t.text, key: t.key, start: sentence.start + t.start, end: sentence.start + t.end, gap: sentence.text.slice(previous, t.start) };
      previous = t.end;
      return word;
    });
    return { sentence, words };
  });
}

/** Punctuation (or a quote) between word i-1 and word i. */
export function breaksBefore(words: readonly Word[], i: number): boolean {
  const w = words[i];
  return w === undefined || BREAK.test(w.gap);
}

export function commaBefore(words: readonly Word[], i: number): boolean {
  return /[,،]/u.test(words[i]?.gap ?? '');
}

export function parenBefore(words: readonly Word[], i: number): boolean {
  return OPEN_PAREN.test(words[i]?.gap ?? '');
}

export function quoteOpensBefore(words: readonly Word[], i: number): boolean {
  return OPEN_QUOTE.test(words[i]?.gap ?? '');
}

/**
 * The end (exclusive) of a quoted span whose first word is i: the first later word preceded by a closing
 * quote, within `max` words and without other punctuation. Null if i does not open a short quotation.
 */
export function quotedSpanEnd(words: readonly Word[], i: number, max = 6): number | null {
  if (!quoteOpensBefore(words, i)) return null;
  for (let j = i + 1; j <= Math.min(words.length, i + max); j++) {
    const gap = j < words.length ? (words[j]?.gap ?? '') : '';
    if (j === words.length) return null;
    if (CLOSE_QUOTE.test(gap)) return j;
    if (BREAK.test(gap)) return null;
  }
  return null;
}

/** Whether a quote closes right after word i (the last word of a quoted name at sentence end counts too). */
export function quoteClosesAfter(words: readonly Word[], i: number, sentenceText: string, sentenceStart: number): boolean {
  const next = words[i + 1];
  const w = words[i];
  if (w === undefined) return false;
  const after = next ? next.gap : sentenceText.slice(w.end - sentenceStart);
  return CLOSE_QUOTE.test(after);
}

/**
 * Definite: written with the article, on its own or after proclitics («الشرع», «والعراق», «للأمم»).
 * The rest must keep three letters, so «فالح» (a name) is not ف + ال + ح.
 */
export function isDefinite(key: string): boolean {
  if (/^ال../u.test(key)) return true;
  return /^(?:[وف]?[بكل]?ال|[وف]?لل)(.{3,})$/u.test(key) || /^[وف]ال.{3,}$/u.test(key);
}

/** A single proclitic written apart with tatweel («لـ»): it belongs to the next word. */
export function isDetachedClitic(key: string): boolean {
  return key === 'ل' || key === 'ب' || key === 'و' || key === 'ف' || key === 'ك';
}

// Memoised like procliticReadings itself: every rule asks for them at every word. Bounded.
const KEEPING_ARTICLE = new Map<string, readonly string[]>();
const MEMO_LIMIT = 100_000;

/** The readings of a word without its proclitics but keeping the article: «وللرئيس» → …, الرئيس. Read-only, shared. */
export function readingsKeepingArticle(key: string): readonly string[] {
  const known = KEEPING_ARTICLE.get(key);
  if (known !== undefined) return known;
  if (KEEPING_ARTICLE.size >= MEMO_LIMIT) KEEPING_ARTICLE.clear();
  const all = procliticReadings(key);
  const out = Object.freeze(all.filter((r) => r.startsWith('ال') || !all.includes('ال' + r) || r === key));
  KEEPING_ARTICLE.set(key, out);
  return out;
}

/**
 * The word as written without the proclitics that `reading` drops: «والعراق» read as «العراق» → «العراق»,
 * «للرئيس» read as «الرئيس» → «الرئيس» (the alef that «لل» swallowed is written back).
 */
export function displayWithout(text: string, key: string, reading: string): string {
  if (reading === key) return text;
  const { map } = normaliseWithMap(text);
  if (key.endsWith(reading)) {
    const at = map[key.length - reading.length];
    return at === undefined ? text : text.slice(at);
  }
  if (reading.startsWith('ال') && key.endsWith(reading.slice(1))) {
    const at = map[key.length - reading.length + 1];
    return at === undefined ? text : 'ا' + text.slice(at);
  }
  return text;
}
