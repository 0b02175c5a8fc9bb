import { REPORTING_VERBS } from '../words/lexicon.ts';
import { endsHere, nameRunForward } from './runs.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore, isDefinite } from '../words/sentence-tokens.ts';
import { isNisba, readsAsKeepingArticle } from '../words/word-tests.ts';

/** «وقال محمد الحلبوسي إن …»: a reporting verb, then a name of two words or more. */
export function findReported(s: SentenceScan): void {
  const { scan, words } = s;
  if (!s.on('reported')) return;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    // The article is kept: «النقل» is a noun, not the verb «نقل».
    if (w === undefined || readsAsKeepingArticle(w.key, REPORTING_VERBS) === null || breaksBefore(words, i + 1)) continue;
    const q = nameRunForward(scan, i + 1, 2);
    if (q === null || !endsHere(scan, q)) continue;
    // «وذكرت وسائل إعلام عراقية»: a phrase ending in a bare nationality adjective is a description.
    const last = words[q - 1];
    if (last !== undefined && !isDefinite(last.key) && isNisba(last.key, scan.gazetteer)) continue;
    const evidence = s.evidence(i + 1, q);
    if (evidence === 'rejected') continue;
    s.add(i + 1, q, { type: 'person', key: s.key(i + 1, q), surface: s.text(i + 1, q), weak: evidence === 'weak' });
  }
}
