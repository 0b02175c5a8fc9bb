import type { Actor } from '../../../../main/briefing/brief.ts';
import type { ArticleRecord } from '../../../../main/ingest/article.ts';

export function article(id: string, body: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id, file: `${id}.txt`, title: null, titleBasis: 'unknown', outlet: null, outletBasis: 'unknown', author: null, authorBasis: 'unknown',
    published: null, publishedBasis: 'unknown', language: 'ar', languageBasis: 'unknown', body, removed: [], format: 'txt',
    encoding: 'utf-8', url: null, ...extra,
  };
}

export function named(actors: readonly Actor[], name: string): Actor | undefined {
  return actors.find((a) => a.name === name);
}

export function names(actors: readonly Actor[]): string[] {
  return actors.map((a) => a.name);
}
