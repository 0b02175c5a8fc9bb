import { splitSentences, tokenise, type Token } from '../arabic/index.ts';
import type { ArticleRecord } from '../../ingest/article.ts';
import { contentTerms } from '../summary/bag-of-words.ts';
import { tfidfModel, type SparseVector } from '../summary/tfidf.ts';

export interface CorpusSentence {
  articleIndex: number;
  sourceId: string;
  /** Exactly body.slice(start, end). */
  text: string;
  start: number;
  tokens: Token[];
  terms: string[];
  vector: SparseVector;
}

export interface Corpus {
  articles: readonly ArticleRecord[];
  sentences: CorpusSentence[];
  /** TF-IDF vector of any terms under the idf of all sentences. */
  vectorise: (terms: readonly string[]) => SparseVector;
}

/** Every sentence of every article, with tokens and TF-IDF vectors, in article then text order. */
export function buildCorpus(articles: readonly ArticleRecord[]): Corpus {
  const raw = articles.flatMap((a, articleIndex) =>
    splitSentences(a.body).map((s) => ({ articleIndex, sourceId: a.id, text: s.text, start: s.start, tokens: tokenise(s.text), terms: contentTerms(s.text) })),
  );
  const vectorise = tfidfModel(raw.map((s) => s.terms));
  return { articles, sentences: raw.map((s) => ({ ...s, vector: vectorise(s.terms) })), vectorise };
}
