import type { ArticleRecord } from '../../model/article.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';

const TITLE_WORDS = 8;

/**
 * How a question names a source: its outlet; else its title in quotation marks (shortened); else its
 * place in the selection. Questions must let the analyst tell the sources apart at a glance.
 */
export function sourceLabel(article: ArticleRecord, index: number): string {
  if (article.outlet !== null && article.outlet.trim() !== '') return article.outlet.trim();
  const title = article.title?.trim() ?? '';
  if (title !== '') {
    const words = title.split(/\s+/);
    if (words.length <= TITLE_WORDS) return `«${title}»`;
    // Headlines join two parts with «..», «:» or «|»: the first part alone names the article.
    const head = words.slice(0, TITLE_WORDS).join(' ');
    const part = /^(.{12,}?)\s*(?:\.{2,}|…|[:|–—]\s)/u.exec(head)?.[1];
    return `«${(part ?? head).replace(/[\s.,،:;؛|–—-]+$/u, '')}…»`;
  }
  return `المصدر رقم ${index + 1}`;
}

/** How a question names the source of a corpus sentence (sourceLabel of its article). */
export function sentenceLabel(corpus: Corpus, s: CorpusSentence): string {
  const a = corpus.articles[s.articleIndex];
  return a ? sourceLabel(a, s.articleIndex) : '';
}
