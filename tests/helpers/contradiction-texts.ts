import { findOpenQuestions } from '../../main/analysis/questions/index.ts';
import type { ArticleRecord } from '../../main/model/article.ts';

/** An event as the summary gives it to the questions: its citations. */
export type EventCites = { sourceId: string; quote: string }[];

/** An article's whole body cited as one event's sentence. */
export function citeWhole(a: ArticleRecord): { sourceId: string; quote: string } {
  return { sourceId: a.id, quote: a.body };
}

/** The texts of the contradiction questions asked of `articles` with `events` as the summary's, no dates read. */
export function contradictionTexts(articles: ArticleRecord[], events: EventCites[]): string[] {
  return findOpenQuestions(articles, { findDates: () => [], events }).filter((q) => q.kind === 'contradiction').map((q) => q.text);
}
