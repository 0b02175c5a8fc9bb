import type { ArticleRecord } from '../model/article.ts';
import type { Store } from '../library/store.ts';
import { NotFoundError } from '../library/workspace-error.ts';
import type { Selection, TopicFocus } from '../model/selection.ts';

/** A selection that holds no article (nothing picked, or only empty topics): there is nothing to brief. */
export class EmptySelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmptySelectionError';
  }
}

/**
 * Resolves what the analyst picked into the articles to analyse (topic articles plus single ones, each once)
 * and the topics that steer the summary. Unknown topics or ids are refused by name rather than skipped, and a
 * selection that comes to no article at all is refused rather than answered with an empty brief.
 */
export async function selectArticles(store: Store, selection: Selection): Promise<{ articles: ArticleRecord[]; topics: TopicFocus[] }> {
  const ids = new Set<string>();
  const topics: TopicFocus[] = [];
  for (const name of selection.topics) {
    const topic = await store.findTopic(name);
    if (!topic) throw new NotFoundError(`no topic named «${name}»`);
    topics.push({ name: topic.name, keywords: topic.keywords });
    for (const a of await store.listArticles({ topic: topic.id })) ids.add(a.id);
  }
  for (const id of selection.articleIds) ids.add(id);
  const articles: ArticleRecord[] = [];
  for (const id of ids) {
    const a = await store.getArticle(id);
    if (!a) throw new NotFoundError(`no article with id ${id}`);
    const { importedAt: _i, contentHash: _c, corrected: _k, nearDuplicateOf: _n, ...record } = a;
    articles.push(record);
  }
  if (articles.length === 0) {
    const named = topics.map((t) => `«${t.name}»`).join(', ');
    throw new EmptySelectionError(named === '' ? 'nothing is selected: pick articles or topics to brief' : `the selected topics hold no article: ${named}`);
  }
  return { articles, topics };
}
