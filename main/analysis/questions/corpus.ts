import { splitSentences, tokenise, type Token } from '../../text/arabic/index.ts';
import type { ArticleRecord } from '../../model/article.ts';
import { contentTerms } from '../summary/bag-of-words.ts';
import { tfidfModel, type SparseVector } from '../summary/tfidf.ts';
import { similarityIndex, type SimilarityIndex } from '../summary/similarity-index.ts';
import { publishedDay } from '../summary/published-day.ts';
import { citationKey } from '../../model/citation-key.ts';

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
  /** The sentences' vectors indexed by term: which sentences may be similar to a vector (indices into `sentences`). */
  similar: SimilarityIndex;
  /** A sentence's index in `sentences`. */
  indexOf: ReadonlyMap<CorpusSentence, number>;
}

/** Every sentence of every article, with tokens and TF-IDF vectors, in article then text order. */
export function buildCorpus(articles: readonly ArticleRecord[]): Corpus {
  const raw = articles.flatMap((a, articleIndex) =>
    splitSentences(a.body).map((s) => ({ articleIndex, sourceId: a.id, text: s.text, start: s.start, tokens: tokenise(s.text), terms: contentTerms(s.text) })),
  );
  const vectorise = tfidfModel(raw.map((s) => s.terms));
  const sentences = raw.map((s) => ({ ...s, vector: vectorise(s.terms) }));
  return {
    articles,
    sentences,
    vectorise,
    similar: similarityIndex(sentences.map((s) => s.vector)),
    indexOf: new Map(sentences.map((s, i) => [s, i])),
  };
}

/** The day the corpus's article `articleIndex` was published ('YYYY-MM-DD'), or null (summary/published-day.ts). */
export function articleDay(corpus: Corpus, articleIndex: number): string | null {
  return publishedDay(corpus.articles[articleIndex]);
}

/** Finds a cited sentence (a source's id and its exact text) among the corpus's sentences; built once per call. */
export function sentenceFinder(corpus: Corpus): (sourceId: string, quote: string) => CorpusSentence | undefined {
  const byQuote = new Map(corpus.sentences.map((s) => [citationKey({ sourceId: s.sourceId, quote: s.text }), s]));
  return (sourceId, quote) => byQuote.get(citationKey({ sourceId, quote }));
}

/** Each event's citations (a summary point's sources) as the corpus sentences they quote, in citation order. */
export function eventSentences(corpus: Corpus, events: readonly (readonly { sourceId: string; quote: string }[])[]): CorpusSentence[][] {
  const find = sentenceFinder(corpus);
  return events.map((cites) => cites.map((c) => find(c.sourceId, c.quote)).filter((s): s is CorpusSentence => s !== undefined));
}
