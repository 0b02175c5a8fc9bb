import { createRequire } from 'node:module';
import { normalise } from './normalise.ts';

const require = createRequire(import.meta.url);

// Function words of news prose that stopwords-iso lacks: reporting fillers and connectives.
const NEWS_FILLERS = ['وقال', 'وأضاف', 'وأشار', 'وأوضح', 'وتابع', 'من جهته', 'في حين', 'كما', 'إن', 'أن', 'الذي', 'التي', 'خلال', 'بعد', 'قبل', 'حيث', 'وذلك', 'فيما'];

// Built on first use and kept for the process: stopwords-iso is one JSON file of every language, which a process
// that never weighs words (listing, searching) need not read.
let stopwords: ReadonlySet<string> | null = null;

/** Arabic stopwords as matching keys (stopwords-iso's 480 plus news fillers). */
function arabicStopwords(): ReadonlySet<string> {
  if (stopwords === null) {
    const lists = require('stopwords-iso') as Record<string, string[]>;
    stopwords = new Set([...(lists.ar ?? []), ...NEWS_FILLERS].flatMap((w) => w.split(/\s+/)).map(normalise));
  }
  return stopwords;
}

/** The stopword keys, sorted: what the entity model's fingerprint records of them (ner/training-inputs.ts). */
export function stopwordKeys(): string[] {
  return [...arabicStopwords()].sort();
}

export function isStopword(key: string): boolean {
  return arabicStopwords().has(key);
}
