import { findOpenQuestions } from '../../main/analysis/questions/index.ts';
import type { ArticleRecord } from '../../main/model/article.ts';
import { articleRecord } from './article-record.ts';

/** An article with an explicit outlet and publication day, for the date-contradiction questions' tests. */
export const datedArticle = (id: string, outlet: string, body: string, published: string): ArticleRecord =>
  articleRecord(id, body, { outlet, outletBasis: 'explicit', published, publishedBasis: 'explicit', title: `عنوان ${id}` });

const cite = (a: ArticleRecord): { sourceId: string; quote: string } => ({ sourceId: a.id, quote: a.body });

/** The «متى وقع» questions asked of articles the summary grouped into one event (every article's body cited). */
export const whenQuestions = (articles: ArticleRecord[]): string[] =>
  findOpenQuestions(articles, { now: '2026-01-15', events: [articles.map(cite)] })
    .filter((q) => q.kind === 'contradiction' && q.text.startsWith('متى وقع'))
    .map((q) => q.text);
