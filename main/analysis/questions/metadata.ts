import type { ArticleRecord } from '../../model/article.ts';
import type { OpenQuestion } from '../../model/brief.ts';
import { splitSentences } from '../../text/arabic/index.ts';
import { sourceLabel } from './source-label.ts';
import { arabicDatePhrase } from './date-phrase.ts';

type MetadataDraft = { kind: 'metadata'; text: string; articleIndex: number; evidence: OpenQuestion['evidence'] };

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
        ? `في أي سنة نُشر المقال ${name}، وهل نُشر فعلًا في ${arabicDatePhrase(published).replace(/، السنة غير معروفة$/, '')}؟ (تاريخ مستنتج لا منشور، والسنة غير معروفة)`
        : `هل نُشر المقال ${name} فعلًا في ${arabicDatePhrase(published)}؟ (تاريخ مستنتج لا منشور)`;
    }
    case 'no-outlet':
      return `من الجهة الناشرة للمقال ${sourceLabel({ ...a, outlet: null }, i)}؟`;
  }
}

/** A list of sources for a shared question: the first ones named, the rest counted. */
function listed(names: readonly string[], total: number): string {
  const rest = total - names.length;
  return `${names.join('، ')}${rest > 0 ? ` و${rest} غيرها` : ''}`;
}

/**
 * The question shared by several sources without a known outlet. «N من المصادر» reads right for any N, so no
 * number agreement is needed.
 */
function sharedOutletQuestion(members: { a: ArticleRecord; i: number }[]): string {
  const names = members.slice(0, NAMED).map(({ a, i }) => sourceLabel({ ...a, outlet: null }, i));
  return `من الجهة الناشرة لـ${members.length} من المصادر التي لم يُعرف ناشرها؟ (${listed(names, members.length)})`;
}

/** Date gaps (no date, or a date only inferred) are asked about together: both ask "when was it published?". */
type Topic = 'date' | 'outlet';
const topicOf = (gap: Gap): Topic => (gap === 'no-outlet' ? 'outlet' : 'date');

/** The one question shared by sources whose date is missing or only inferred: each kind listed apart. */
function sharedDateQuestion(members: { gap: Gap; a: ArticleRecord; i: number }[]): string {
  const parts: string[] = [];
  for (const gap of ['undated', 'inferred-date'] as const) {
    const of = members.filter((m) => m.gap === gap);
    if (of.length === 0) continue;
    const names = listed(of.slice(0, NAMED).map(({ a, i }) => fullName(a, i)), of.length);
    parts.push(gap === 'undated' ? `بلا تاريخ نشر: ${names}` : `بتاريخ مستنتج لا منشور: ${names}`);
  }
  return `متى نُشرت ${members.length} من المصادر التي لم يثبت تاريخ نشرها؟ (${parts.join('؛ ')})`;
}

/** The one question left when a brief has room for only one: the date gaps' question and the outlets' joined. */
function joinedQuestion(date: readonly { gap: Gap; a: ArticleRecord; i: number }[], outlet: readonly { a: ArticleRecord; i: number }[]): string {
  const dateText = date.length === 1 && date[0] ? oneQuestion(date[0].gap, date[0].a, date[0].i) : sharedDateQuestion([...date]);
  const outletText = outlet.length === 1 && outlet[0] ? oneQuestion('no-outlet', outlet[0].a, outlet[0].i) : sharedOutletQuestion([...outlet]);
  // One question: the dates' part loses its question mark (its parenthesis stays with it), the outlets' part keeps its own.
  // The mark is the one before the closing parenthesis's « (», the last such, not a title's own («هل تصمد الهدنة؟»).
  return `${dateText.replace(/؟(?= \()(?!.*؟ \()/su, '')}، و${outletText}`;
}

/**
 * How many questions about the sources' gaps a list of `others` other questions has room for (issue 14: metadata
 * gaps gathered into one or two questions, never more than a fifth of the list): m questions are at most a fifth of
 * others + m when 4m ≤ others. A gap the list has no room for is still shown where the source is listed (the
 * sources' table prints a missing date or outlet as missing).
 */
export function metadataRoom(others: number): number {
  return Math.min(2, Math.floor(others / 4));
}

/**
 * Sources whose date or outlet could not be established: the analyst must weigh an undated or unattributed
 * report differently. A date that was only inferred (not printed with the article) is asked about too. Evidence
 * is the article's first sentence, so the source can be recognised. A gap of one source is asked about that
 * source; a gap shared by several is asked once (issue 14: metadata never buries the analyst's questions), so
 * a brief has at most one question about dates and one about outlets, joined into one when `room` (metadataRoom)
 * is one, and none when it is nought.
 */
export function metadataQuestions(articles: readonly ArticleRecord[], room = 2): MetadataDraft[] {
  const byTopic = new Map<Topic, { gap: Gap; a: ArticleRecord; i: number }[]>();
  articles.forEach((a, i) => {
    for (const gap of gapsOf(a)) byTopic.set(topicOf(gap), [...(byTopic.get(topicOf(gap)) ?? []), { gap, a, i }]);
  });
  const evidenceOf = ({ a }: { a: ArticleRecord }): OpenQuestion['evidence'] => {
    const first = splitSentences(a.body)[0];
    return first ? [{ sourceId: a.id, quote: first.text }] : [];
  };
  if (room <= 0) return [];
  const date = byTopic.get('date');
  const outlet = byTopic.get('outlet');
  if (room === 1 && date && outlet) {
    const first = [...date, ...outlet].sort((x, y) => x.i - y.i)[0] as { i: number };
    return [{ kind: 'metadata', text: joinedQuestion(date, outlet), articleIndex: first.i, evidence: [...date.slice(0, NAMED), ...outlet.slice(0, NAMED)].filter((m, k, all) => all.findIndex((o) => o.i === m.i) === k).slice(0, NAMED).flatMap(evidenceOf) }];
  }
  const out: MetadataDraft[] = [];
  for (const [topic, members] of byTopic) {
    const first = members[0];
    if (!first) continue;
    const text =
      members.length === 1 ? oneQuestion(first.gap, first.a, first.i) : topic === 'date' ? sharedDateQuestion(members) : sharedOutletQuestion(members);
    out.push({ kind: 'metadata', text, articleIndex: first.i, evidence: members.slice(0, NAMED).flatMap(evidenceOf) });
  }
  return out;
}
