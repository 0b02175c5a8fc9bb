import { checkStoryDates, type StoryDate } from '../../text/dates/story-checks.ts';
import { urlSpans } from '../../text/dates/story-dates.ts';
import type { DateMention } from '../../text/dates/index.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import { arabicDatePhrase } from './date-phrase.ts';
import type { Draft } from './draft.ts';
import { sourceLabel } from './source-label.ts';

const WEEKDAY_NAMES = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

// Dates in words (date-phrase.ts), never ISO, whose digits the bidi algorithm reorders after Arabic letters.
function question(d: StoryDate, label: string): string | null {
  const c = d.check;
  if (c === undefined) return null;
  if (c.kind === 'weekday') {
    return `أي اليومين هو الصحيح: يكتب ${label} «${d.text}»، لكن ${arabicDatePhrase(d.value)} يوافق يوم ${WEEKDAY_NAMES[c.actual] ?? ''} لا يوم ${WEEKDAY_NAMES[c.written] ?? ''}؟`;
  }
  if (c.said === 'unstated') {
    return `متى يقع ذلك: يذكر ${label} تاريخ «${d.text}»، وهو بعد تاريخ نشره (${arabicDatePhrase(c.reference)})، ولا يقول إنه موعد مقرر؛ أهو موعد قادم أم خطأ في التاريخ؟`;
  }
  return `متى وقع ذلك: يروي ${label} حدثاً ماضياً بتاريخ «${d.text}»، وهو بعد تاريخ نشره (${arabicDatePhrase(c.reference)})؛ أخطأ التاريخ أم تاريخ النشر؟`;
}

/**
 * Dates that contradict themselves within one source (see dates/story-checks.ts): a written weekday
 * that is not the weekday of its date, and a date after the article that reports it that no cue makes a plan.
 * One question per checked date, citing its sentence.
 */
export function dateCheckQuestions(corpus: Corpus, dates: (s: CorpusSentence) => DateMention[]): Draft[] {
  const out: Draft[] = [];
  for (const s of corpus.sentences) {
    const mentions = dates(s);
    if (mentions.length === 0) continue;
    const article = corpus.articles[s.articleIndex];
    if (article === undefined) continue;
    const urls = urlSpans(s.text);
    const story = mentions.filter((m) => !urls.some(([a, b]) => m.start < b && m.end > a));
    for (const d of checkStoryDates(s.text, story, article.published)) {
      const text = question(d, sourceLabel(article, s.articleIndex));
      if (text !== null) out.push({ kind: 'contradiction', text, evidence: [s] });
    }
  }
  return out;
}
