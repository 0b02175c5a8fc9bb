import { afterConjunction, isStopword, lightStem, tokenise } from '../../text/arabic/index.ts';

/**
 * The content terms of a sentence for similarity (§4 step 4): Light10 stems of its words, without
 * stopwords, news fillers and bare numbers. A word counts as a stopword also with a leading «و»/«ف»
 * («وقال»، «فيما»), which stopwords-iso lists only in part.
 */
export function contentTerms(text: string): string[] {
  return contentTermWords(text).map((w) => w.term);
}

/** contentTerms with the matching key of the word each term stems, and its place among the sentence's tokens. */
export function contentTermWords(text: string): { key: string; term: string; at: number }[] {
  const out: { key: string; term: string; at: number }[] = [];
  for (const [at, t] of tokenise(text).entries()) {
    if (/^[\d.,]+$/.test(t.key) || t.key.length < 2) continue;
    if (isStopword(t.key)) continue;
    const bare = afterConjunction(t.key);
    if (bare !== null && isStopword(bare)) continue;
    const stem = lightStem(t.key);
    if (stem.length >= 2) out.push({ key: t.key, term: stem, at });
  }
  return out;
}

/** How many members of `a` `b` holds: the terms, persons or figures two sets share. */
export function countShared<T>(a: Iterable<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
