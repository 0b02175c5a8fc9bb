/**
 * Off-topic articles of a selection (issue 14): an article that shares no central term — the words and event
 * senses most of the other articles have in common, names, titles and time words aside (topic-terms.ts) — and little
 * vocabulary with any other article is flagged
 * (a football result among reports of one diplomatic visit), kept out of the summary and the timeline, and
 * named in a metadata question, so it never feeds the brief silently.
 */
import type { ArticleRecord } from '../../model/article.ts';
import { splitSentences } from '../../text/arabic/index.ts';
import { topicTerms } from './topic-terms.ts';
import { cosine, tfidfModel, type SparseVector } from '../summary/tfidf.ts';
import { sourceLabel } from './source-label.ts';

// The title and lead name a story's actors and action; reading the whole body would cost more than it tells.
const LEAD_CHARS = 400;
// A central term occurs in at least this share of the other articles (and in two of them).
const CENTRAL_SHARE = 0.3;
// An article with at most this many of the central terms shares no central actor or action with the rest...
const MAX_CENTRAL_SHARED = 1;
// ... and its vocabulary is this far from every other article's (TF-IDF cosine of the leads).
const MAX_SIMILARITY = 0.12;
// A selection with fewer articles has no "rest" to stand apart from.
const MIN_ARTICLES = 3;
// When more than this share of a selection looks off-topic, the selection has no one story: nothing is flagged.
const MAX_FLAGGED_SHARE = 0.25;

/**
 * Whether the lead of article i has a cosine above MAX_SIMILARITY with another's (or one that is not a number, which
 * the largest of them all would be too): the first such article answers, where the closest needed all of them.
 */
function closeToAnother(vectors: readonly SparseVector[], i: number): boolean {
  const v = vectors[i];
  if (!v) return false;
  for (let j = 0; j < vectors.length; j++) {
    const w = vectors[j];
    if (j === i || !w) continue;
    const c = cosine(v, w);
    if (!(c <= MAX_SIMILARITY)) return true;
  }
  return false;
}

/** Indices of the articles that stand apart from the selection's story, in selection order. */
export function offTopicArticles(articles: readonly ArticleRecord[]): number[] {
  if (articles.length < MIN_ARTICLES) return [];
  // Central terms and vocabulary are counted among the words that can tell a topic: a shared country, «العام» or
  // «المدير» is none.
  const terms = articles.map((a) => topicTerms(`${a.title ?? ''}\n${a.body.slice(0, LEAD_CHARS)}`));
  const sets = terms.map((t) => new Set(t));
  const df = new Map<string, number>();
  for (const set of sets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const vectorise = tfidfModel(terms);
  const vectors = terms.map(vectorise);
  const others = articles.length - 1;
  const flagged: number[] = [];
  sets.forEach((set, i) => {
    let central = 0;
    for (const t of set) {
      // The other articles holding the term: its df without this article.
      const inOthers = (df.get(t) ?? 0) - 1;
      if (inOthers >= 2 && inOthers >= CENTRAL_SHARE * others) central++;
    }
    if (central > MAX_CENTRAL_SHARED) return;
    if (!closeToAnother(vectors, i)) flagged.push(i);
  });
  return flagged.length <= MAX_FLAGGED_SHARE * articles.length ? flagged : [];
}

/**
 * The metadata question naming an off-topic article, with its first sentence as evidence so the analyst
 * recognises it.
 */
export function offTopicQuestions(articles: readonly ArticleRecord[], flagged: readonly number[]): { kind: 'metadata'; text: string; articleIndex: number; evidence: { sourceId: string; quote: string }[] }[] {
  return flagged.flatMap((i) => {
    const a = articles[i];
    if (!a) return [];
    const first = splitSentences(a.body)[0];
    return [
      {
        kind: 'metadata' as const,
        text: `هل يخص المقال ${sourceLabel(a, i)} موضوع هذا الموجز؟ لا يشترك مع بقية المصادر في أطرافها ولا في مفرداتها، فأُبعد عن الملخص والخط الزمني حتى يُدرج.`,
        articleIndex: i,
        evidence: first ? [{ sourceId: a.id, quote: first.text }] : [],
      },
    ];
  });
}
