import { claimTerms, type ClaimTerms } from './claim-terms.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import { postings } from '../summary/postings.ts';

/** What looking for claims needs of every sentence: its terms, their idf, its per-token terms and a term index. */
export interface ClaimIndex {
  /** A sentence's content terms and entities: one object for every sentence of the same text. */
  termsOf(s: CorpusSentence): ClaimTerms | undefined;
  /** Inverse sentence frequency of a term or entity, smoothed: rare words say more than «وجود». */
  idf(x: string): number;
  /** Each token's terms on its own (for the negation test), made once per sentence when first asked. */
  tokenTerms(s: CorpusSentence): ClaimTerms[];
  /** Sentences sharing at least `atLeast` of `terms`: [corpus index, terms shared], in corpus order. */
  sharing(terms: ReadonlySet<string>, atLeast: number): Array<[number, number]>;
}

/** Sentences by content term: corpus indices, ascending, each sentence once per term. */
function termPostings(corpus: Corpus, termsOf: ReadonlyMap<CorpusSentence, ClaimTerms>): Map<string, number[]> {
  return postings(corpus.sentences, (s) => termsOf.get(s)?.terms ?? []);
}

/**
 * The sentences found at least `atLeast` times in the posting lists of `terms`, with how many of them they share,
 * in corpus order; `counts` is scratch space, all zero before and after.
 */
function sentencesSharing(
  byTerm: ReadonlyMap<string, number[]>, counts: Int32Array, terms: ReadonlySet<string>, atLeast: number,
): Array<[number, number]> {
  const touched: number[] = [];
  for (const x of terms) {
    for (const i of byTerm.get(x) ?? []) {
      if (counts[i] === 0) touched.push(i);
      counts[i] = (counts[i] ?? 0) + 1;
    }
  }
  const out: Array<[number, number]> = [];
  for (const i of touched) {
    const n = counts[i] ?? 0;
    counts[i] = 0;
    if (n >= atLeast) out.push([i, n]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Indexes a corpus's sentences for the claim search. */
export function claimIndex(corpus: Corpus): ClaimIndex {
  const termsOf = new Map<CorpusSentence, ClaimTerms>();
  // A sentence's tokens are tokenise(text) (corpus.ts): one text has one ClaimTerms, shared by its copies (wire copy,
  // a story's repeated lines), which also lets a search tell a copy it has weighed already (deniedClaim).
  const byText = new Map<string, ClaimTerms>();
  const df = new Map<string, number>();
  for (const s of corpus.sentences) {
    let t = byText.get(s.text);
    if (t === undefined) {
      t = claimTerms(s.tokens);
      byText.set(s.text, t);
    }
    termsOf.set(s, t);
    for (const x of [...t.terms, ...t.entities]) df.set(x, (df.get(x) ?? 0) + 1);
  }
  const tokenTerms = new Map<string, ClaimTerms[]>();
  const byTerm = termPostings(corpus, termsOf);
  // Shared-term counts in a typed array reused across searches: the posting lists grow with the selection and
  // every denial walks them, so a Map here dominated large selections.
  const counts = new Int32Array(corpus.sentences.length);
  // Each word's idf computed once: every denial's search sums the idf of its words over many candidates.
  const idfs = new Map<string, number>();
  return {
    termsOf: (s) => termsOf.get(s),
    idf(x) {
      let v = idfs.get(x);
      if (v === undefined) {
        v = Math.log((1 + corpus.sentences.length) / (1 + (df.get(x) ?? 0))) + 1;
        idfs.set(x, v);
      }
      return v;
    },
    tokenTerms(s) {
      let t = tokenTerms.get(s.text);
      if (!t) {
        t = s.tokens.map((_, i) => claimTerms(s.tokens, i, i + 1));
        tokenTerms.set(s.text, t);
      }
      return t;
    },
    sharing: (terms, atLeast) => sentencesSharing(byTerm, counts, terms, atLeast),
  };
}
