import { particleReadings, type Token } from '../../text/arabic/index.ts';
import type { EstimativeLexicon, EstimativeTerm } from '../../text/estimative/estimative-lexicon.ts';

/** A lexicon term found in a sentence: tokens `from` to `to` (exclusive). */
export interface TermMatch {
  term: EstimativeTerm;
  from: number;
  to: number;
}

/**
 * Whether a token is the term's word: as written, or with what Arabic writes onto it — a conjunction, a preposition,
 * the article («من المرجّح», «بثقة عالية») — and the endings an adjective takes in agreement: the feminine «ة» («نتيجة
 * مرجّحة») and the accusative «ـاً» («يبدو مرجّحاً»);
 * an English adverb in «-ly» («almost certainly»). Keys are matching keys, so diacritics, hamza seats and ة/ه never
 * matter.
 */
function wordMatches(token: Token, word: string, language: EstimativeTerm['language']): boolean {
  if (language === 'en') return token.key === word || token.key === `${word}ly`;
  return particleReadings(token.key, true).some((r) => r === word || r === `${word}ه` || r === `${word}ا`);
}

function matchAt(tokens: readonly Token[], i: number, term: EstimativeTerm): boolean {
  return term.words.every((w, j) => {
    const token = tokens[i + j];
    return token !== undefined && wordMatches(token, w, term.language);
  });
}

/** The lexicon's terms in a sentence's tokens, in order, the longest term winning where two start together. */
export function findEstimativeTerms(tokens: readonly Token[], lexicon: EstimativeLexicon): TermMatch[] {
  const out: TermMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const term = lexicon.terms.find((t) => matchAt(tokens, i, t));
    if (term === undefined) continue;
    out.push({ term, from: i, to: i + term.words.length });
    i += term.words.length - 1;
  }
  return out;
}
