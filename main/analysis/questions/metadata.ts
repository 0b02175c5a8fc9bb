import type { ArticleRecord } from '../../ingest/article.ts';
import type { OpenQuestion } from '../../briefing/brief.ts';
import { splitSentences } from '../arabic/index.ts';
import { sourceLabel } from './source-label.ts';

type MetadataDraft = { kind: 'metadata'; text: string; articleIndex: number; evidence: OpenQuestion['evidence'] };

/**
 * Sources whose date or outlet could not be established: the analyst must weigh an undated or
 * unattributed report differently. A date that was only inferred (not printed with the article) is asked
 * about too. Evidence is the article's first sentence, so the source can be recognised.
 */
export function metadataQuestions(articles: readonly ArticleRecord[]): MetadataDraft[] {
  const out: MetadataDraft[] = [];
  articles.forEach((a, i) => {
    const first = splitSentences(a.body)[0];
    const evidence = first ? [{ sourceId: a.id, quote: first.text }] : [];
    const name = a.outlet !== null && a.title ? `«${sourceLabel({ ...a, outlet: null }, i).replace(/^«|»$/g, '')}» (${a.outlet})` : sourceLabel(a, i);
    if (a.published === null || a.publishedBasis === 'unknown') {
      out.push({ kind: 'metadata', text: `متى نُشر المقال ${name}؟ (لم يُعثر على تاريخ نشره)`, articleIndex: i, evidence });
    } else if (a.publishedBasis === 'inferred') {
      out.push({ kind: 'metadata', text: `هل نُشر المقال ${name} فعلًا في ${a.published}؟ (تاريخ مستنتج لا منشور)`, articleIndex: i, evidence });
    }
    if (a.outlet === null || a.outlet.trim() === '' || a.outletBasis === 'unknown') {
      out.push({ kind: 'metadata', text: `من الجهة الناشرة للمقال ${sourceLabel({ ...a, outlet: null }, i)}؟`, articleIndex: i, evidence });
    }
  });
  return out;
}
