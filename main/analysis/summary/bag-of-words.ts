import { afterConjunction, isStopword, lightStem, tokenise } from '../../text/arabic/index.ts';

/**
 * The content terms of a sentence for similarity (§4 step 4): Light10 stems of its words, without
 * stopwords, news fillers and bare numbers. A word counts as a stopword also with a leading «و»/«ف»
 * («وقال»، «فيما»), which stopwords-iso lists only in part.
 */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenise(text)) {
    if (/^[\d.,]+$/.test(t.key) || t.key.length < 2) continue;
    if (isStopword(t.key)) continue;
    const bare = afterConjunction(t.key);
    if (bare !== null && isStopword(bare)) continue;
    const stem = lightStem(t.key);
    if (stem.length >= 2) out.push(stem);
  }
  return out;
}
