import type { ArticleRecord } from '../../model/article.ts';
import type { OpenQuestion } from '../../model/brief.ts';
import { splitSentences } from '../../text/arabic/index.ts';
import { sourceLabel } from './source-label.ts';
import { arabicDatePhrase } from './date-phrase.ts';

type MetadataDraft = { kind: 'metadata'; text: string; articleIndex: number; evidence: OpenQuestion['evidence'] };

/** Up to this many sources with the same gap get a question each; more share one question that lists them. */
const ONE_BY_ONE = 3;
/** A shared question names this many sources and counts the rest. */
const NAMED = 5;

type Gap = 'undated' | 'inferred-date' | 'no-outlet';

function gapsOf(a: ArticleRecord): Gap[] {
  const gaps: Gap[] = [];
  if (a.published === null || a.publishedBasis === 'unknown') gaps.push('undated');
  else if (a.publishedBasis === 'inferred') gaps.push('inferred-date');
  if (a.outlet === null || a.outlet.trim() === '' || a.outletBasis === 'unknown') gaps.push('no-outlet');
  return gaps;
}

/** A source named by title and outlet when it has both (an outlet alone does not tell its articles apart). */
function fullName(a: ArticleRecord, i: number): string {
  return a.outlet !== null && a.title ? `«${sourceLabel({ ...a, outlet: null }, i).replace(/^«|»$/g, '')}» (${a.outlet})` : sourceLabel(a, i);
}

/** The question about one source's gap: the source named, its date spelled out in Arabic (never as ISO). */
function oneQuestion(gap: Gap, a: ArticleRecord, i: number): string {
  const name = fullName(a, i);
  switch (gap) {
    case 'undated':
      return `متى نُشر المقال ${name}؟ (لم يُعثر على تاريخ نشره)`;
    case 'inferred-date': {
      const published = a.published ?? '';
      // A year-less date asks for the year too.
      return published.startsWith('--')
        ? `في أي سنة نُشر المقال ${name}، وهل نُشر فعلًا في ${arabicDatePhrase(published).replace(/، والسنة غير معروفة$/, '')}؟ (تاريخ مستنتج لا منشور، والسنة غير معروفة)`
        : `هل نُشر المقال ${name} فعلًا في ${arabicDatePhrase(published)}؟ (تاريخ مستنتج لا منشور)`;
    }
    case 'no-outlet':
      return `من الجهة الناشرة للمقال ${sourceLabel({ ...a, outlet: null }, i)}؟`;
  }
}

/**
 * The question shared by many sources with the same gap. «N من المصادر» reads right for any N, so no number
 * agreement is needed; the first sources are named, the rest counted.
 */
function sharedQuestion(gap: Gap, members: { a: ArticleRecord; i: number }[]): string {
  const names = members.slice(0, NAMED).map(({ a, i }) => (gap === 'no-outlet' ? sourceLabel({ ...a, outlet: null }, i) : fullName(a, i)));
  const rest = members.length - names.length;
  const listed = `${names.join('، ')}${rest > 0 ? ` و${rest} غيرها` : ''}`;
  const n = members.length;
  switch (gap) {
    case 'undated':
      return `متى نُشرت ${n} من المصادر التي لم يُعثر على تاريخ نشرها؟ (${listed})`;
    case 'inferred-date':
      return `هل صحّت التواريخ المستنتجة لـ${n} من المصادر التي لم يُنشر تاريخها معها؟ (${listed})`;
    case 'no-outlet':
      return `من الجهة الناشرة لـ${n} من المصادر التي لم يُعرف ناشرها؟ (${listed})`;
  }
}

/**
 * Sources whose date or outlet could not be established: the analyst must weigh an undated or unattributed
 * report differently. A date that was only inferred (not printed with the article) is asked about too. Evidence
 * is the article's first sentence, so the source can be recognised. A gap shared by many sources is asked once,
 * so a brief over hundreds of articles is not buried under one question per article.
 */
export function metadataQuestions(articles: readonly ArticleRecord[]): MetadataDraft[] {
  const byGap = new Map<Gap, { a: ArticleRecord; i: number }[]>();
  articles.forEach((a, i) => {
    for (const gap of gapsOf(a)) byGap.set(gap, [...(byGap.get(gap) ?? []), { a, i }]);
  });
  const evidenceOf = ({ a }: { a: ArticleRecord }): OpenQuestion['evidence'] => {
    const first = splitSentences(a.body)[0];
    return first ? [{ sourceId: a.id, quote: first.text }] : [];
  };
  const out: MetadataDraft[] = [];
  for (const [gap, members] of byGap) {
    if (members.length <= ONE_BY_ONE) {
      for (const m of members) out.push({ kind: 'metadata', text: oneQuestion(gap, m.a, m.i), articleIndex: m.i, evidence: evidenceOf(m) });
    } else {
      const first = members[0]!;
      out.push({ kind: 'metadata', text: sharedQuestion(gap, members), articleIndex: first.i, evidence: members.slice(0, NAMED).flatMap(evidenceOf) });
    }
  }
  return out;
}
