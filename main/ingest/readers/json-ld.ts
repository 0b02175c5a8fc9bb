import type { DeclaredMetadata } from '../../model/raw-document.ts';
import { declaredMetadata } from './declared-metadata.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// schema.org types that describe the article itself (NewsArticle and its subtypes, Article, BlogPosting, Report…).
const ARTICLE_TYPE = /(Article|BlogPosting|Report|LiveBlogPosting)$/;

/**
 * Declared metadata from JSON-LD blocks (schema.org): the first Article-like node, looking inside arrays
 * and @graph containers. Blocks that do not parse are skipped, as browsers and search engines do.
 */
export function jsonLdMetadata(blocks: readonly string[]): DeclaredMetadata {
  for (const block of blocks) {
    let data: Json;
    try {
      data = JSON.parse(block.trim().replace(/^<!--|-->$/g, '')) as Json;
    } catch {
      continue;
    }
    const article = findArticle(data, 0);
    if (article) return fromArticle(article);
  }
  return {};
}

function findArticle(node: Json, depth: number): JsonObject | undefined {
  if (depth > 6 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const types = node['@type'];
  const typeList = Array.isArray(types) ? types : [types];
  if (typeList.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return node;
  const graph = node['@graph'];
  return graph === undefined ? undefined : findArticle(graph, depth + 1);
}

function fromArticle(article: JsonObject): DeclaredMetadata {
  return declaredMetadata({
    title: text(article['headline']) ?? text(article['name']),
    published: text(article['datePublished']) ?? text(article['dateCreated']),
    author: names(article['author']),
    outlet: names(article['publisher']),
    url: text(article['url']) ?? idOf(article['mainEntityOfPage']),
    language: text(article['inLanguage']),
  });
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

/** author / publisher: a string, a Person or Organization object, or a list of either. */
function names(value: Json | undefined): string | undefined {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const found = list
    .map((item) => (typeof item === 'string' ? item.trim() : item !== null && typeof item === 'object' && !Array.isArray(item) ? text(item['name']) : undefined))
    .filter((name): name is string => name !== undefined && name !== '' && !/^https?:\/\//i.test(name));
  return found.length > 0 ? [...new Set(found)].join(', ') : undefined;
}

function idOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return text(value['@id']) ?? text(value['url']);
  return undefined;
}
