import { createRequire } from 'node:module';
import { normalise } from './normalise.ts';

const require = createRequire(import.meta.url);
const lists = require('stopwords-iso') as Record<string, string[]>;

// Function words of news prose that stopwords-iso lacks: reporting fillers and connectives.
const NEWS_FILLERS = ['وقال', 'وأضاف', 'وأشار', 'وأوضح', 'وتابع', 'من جهته', 'في حين', 'كما', 'إن', 'أن', 'الذي', 'التي', 'خلال', 'بعد', 'قبل', 'حيث', 'وذلك', 'فيما'];

/** Arabic stopwords as matching keys (stopwords-iso's 480 plus news fillers). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [...(lists.ar ?? []), ...NEWS_FILLERS].flatMap((w) => w.split(/\s+/)).map(normalise),
);

export function isStopword(key: string): boolean {
  return STOPWORDS.has(key);
}
