import { BYLINE_CUES } from '../words/lexicon.ts';
import { nameRunForward } from './runs.ts';
import { claim } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { readsAs } from '../words/word-tests.ts';

/** Byline cues («بقلم فلان»): the writer's name is claimed so no rule reads it as an actor. */
export function skipBylines(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i + 1 < words.length; i++) {
    if (readsAs(words[i]?.key ?? '', BYLINE_CUES) === null) continue;
    const q = nameRunForward(scan, i + 1);
    if (q !== null) claim(scan, i, q);
  }
}
