import { conjunctionReading } from '../../text/arabic/index.ts';
import { BYLINE_CUES, ORG_HEADS } from '../words/lexicon.ts';
import { nameRunForward } from './runs.ts';
import { claim } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore } from '../words/sentence-tokens.ts';
import { readsAsKeepingArticle } from '../words/word-tests.ts';

/**
 * Whether word i is a byline cue. A cue with «و» written onto it is the verb inside prose, not a byline's opening
 * word («وكتب غروسي على منصة X»: he wrote; a byline opens its line, «كتب - فلان»), so the writer after it is an actor,
 * the verb's subject as after any reporting verb. A cue is never definite: «التحرير» is liberation, not «تحرير» (edited by), and
 * read through its article it took «منظمة التحرير محمود عباس» as a byline, the organisation and the person lost. Nor
 * is a cue in construct after an organisation's head («هيئة تحرير الشام»).
 */
function isBylineCue(s: SentenceScan, i: number): boolean {
  const key = s.words[i]?.key ?? '';
  if (readsAsKeepingArticle(key, BYLINE_CUES) === null) return false;
  const conj = conjunctionReading(key);
  if (conj !== null && !BYLINE_CUES.has(key) && BYLINE_CUES.has(conj.rest)) return false;
  return i === 0 || breaksBefore(s.words, i) || readsAsKeepingArticle(s.words[i - 1]?.key ?? '', ORG_HEADS) === null;
}

/** Byline cues («بقلم فلان»): the writer's name is claimed so no rule reads it as an actor. */
export function skipBylines(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isBylineCue(s, i)) continue;
    const q = nameRunForward(scan, i + 1);
    if (q !== null) claim(scan, i, q);
  }
}
