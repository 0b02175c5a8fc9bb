/**
 * Dated events of one article: every date mention of a sentence becomes an event whose line is the
 * clause the date belongs to and whose citation is the whole sentence exactly as in the body.
 */
import type { ArticleRecord } from '../../model/article.ts';
import { normalise, splitSentences } from '../../text/arabic/index.ts';
import { findDates, resolveStoryDates, type DateMention } from '../../text/dates/index.ts';
import { clausesFor, eventLine } from './clauses.ts';
import { isHeaderLine } from './story-lines.ts';
import { eventDatesFirst } from './since-dates.ts';
import { ledeDatelineEnd } from './lede-dateline.ts';
import { relativeClauseSpan } from './relative-clause.ts';

export interface DatedEvent {
  date: string;
  range?: { start: string; end: string };
  approximate: boolean;
  text: string;
  sourceId: string;
  /** The sentence exactly as it stands in the body. */
  quote: string;
  /** Where the event comes from, for deterministic ordering: article index, then offset in the body. */
  order: [number, number];
  /** The clause without its date expression, for comparing events across sources. */
  content: string;
  /** Dated after the article that reports it: announced, not yet done (past reports dated so are left out). */
  planned: boolean;
  /** The sentence wrote the day and month and no year; the year is the reporting article's date's («9 مارس»). */
  yearFromArticle: boolean;
  /**
   * A yearless day of an undated article, resolved as its clause reads («الجاري», a future verb, a past one) against
   * the selection's reference day: the year the selection rule takes for it (infer-years.ts).
   */
  yearGuess?: string;
}

/**
 * True when a mention's year came from its article's date only: resolved with it, a day and month without year read
 * alone («9 مارس»). «أمس» or «الشهر الماضي» alone is no date at all: the article dates the whole of it, not its year.
 * Nor is the article's own day («اليوم، الاثنين 17 شباط» in an article of that day): the article dates it whole, as it
 * does «اليوم», so two entries of that day from one article are marked alike.
 */
function yearFromArticle(m: DateMention, published: string | null): boolean {
  if (m.yearBasis !== 'inferred' || m.value.startsWith('--') || m.value === published) return false;
  return findDates(m.text).some((alone) => alone.yearBasis === 'unknown' && alone.value.startsWith('--'));
}

/** True when a date's first day comes after the last day the article's date may stand for. */
function afterArticle(m: DateMention, published: string | null): boolean {
  // A yearless article («--08-26») or date says nothing of which comes first.
  if (published === null || published.startsWith('--')) return false;
  const first = m.range?.start ?? m.value;
  if (first.startsWith('--')) return false;
  // ISO strings compare as dates once cut to the article's precision («2026-10» covers the whole month).
  return first.slice(0, published.length) > published;
}

// What a dateline holds besides its date: times, era and clock marks, and publication words.
const DATELINE_WORDS = new Set(
  ['ص', 'م', 'صباحا', 'مساء', 'ظهرا', 'gmt', 'utc', 'بتوقيت', 'غرينتش', 'مكه', 'القدس', 'بغداد', 'دمشق', 'القاهره', 'نشر', 'نشرت', 'النشر',
    'تاريخ', 'بتاريخ', 'اخر', 'تحديث', 'التحديث', 'تم', 'في', 'الساعه', 'الموافق', 'منذ', 'قبل', 'دقيقه', 'دقائق', 'ساعه', 'ساعات', 'am', 'pm',
    'هـ', 'ه', 'محدث', 'updated', 'published'].map(normalise),
);

/** A sentence that is only a date line (the article's own publication stamp), not an event. */
export function isDateline(sentence: string, mentions: readonly DateMention[]): boolean {
  let rest = '';
  let at = 0;
  for (const m of mentions) {
    rest += sentence.slice(at, m.start) + ' ';
    at = m.end;
  }
  rest += sentence.slice(at);
  const words = [...normalise(rest).matchAll(/[\p{L}]+/gu)].map((m) => m[0]);
  return words.every((w) => DATELINE_WORDS.has(w));
}

/** True when offset `at` of the body opens its line (paragraph), spaces aside. */
function opensParagraph(body: string, at: number): boolean {
  return body.slice(body.lastIndexOf('\n', at - 1) + 1, at).trim().length === 0;
}

/** The body line (paragraph) that holds offset `at`. */
function paragraphAt(body: string, at: number): string {
  const start = body.lastIndexOf('\n', at - 1) + 1;
  const end = body.indexOf('\n', at);
  return body.slice(start, end < 0 ? body.length : end);
}

/**
 * For an undated article, the full day each yearless day-month mention (by offset) would take were the article written
 * on `reference`: the resolver then reads its clause (relation word, tense) as it does in a dated article. Relative
 * days («أمس») are not taken from it: the article's own day stays unknown, only a written day's year is guessed.
 */
function yearGuesses(article: ArticleRecord, reference: string | undefined, now: string | undefined): Map<number, string> {
  const out = new Map<number, string>();
  if (reference === undefined || article.published !== null) return out;
  for (const m of resolveStoryDates(article.body, { reference, ...(now === undefined ? {} : { now }) })) {
    // A past report the reading puts after that day («وعقدت القمة في 27 …» read on the 20th) guesses nothing: the
    // latest-day rule places it not after the day instead. A clause silent on its time may be either side of a day
    // that is only a guess at the article's («قبل يوم 26 يناير»): its nearest year stands.
    const pastAfter = m.check?.kind === 'after-article' && m.check.said === 'past';
    if (m.yearBasis === 'inferred' && m.value.length === 10 && !pastAfter) out.set(m.start, m.value);
  }
  return out;
}

export function articleEvents(article: ArticleRecord, articleIndex: number, now: string | undefined, undatedReference?: string): DatedEvent[] {
  const events: DatedEvent[] = [];
  const context = { reference: article.published, ...(now === undefined ? {} : { now }) };
  // One pass over the body (cheaper than one per sentence), then each mention goes to its sentence. A past
  // report dated after its article is left out (an open question asks about it), never put in the future.
  const all = resolveStoryDates(article.body, context).filter((m) => m.check?.kind !== 'after-article');
  const guesses = yearGuesses(article, undatedReference, now);
  let next = 0;
  for (const whole of splitSentences(article.body)) {
    let found: DateMention[] = [];
    while (next < all.length && (all[next]?.start ?? 0) < whole.start) next++;
    for (let i = next; i < all.length; i++) {
      const m = all[i] as DateMention;
      if (m.start >= whole.end) break;
      if (m.end <= whole.end) found.push({ ...m, start: m.start - whole.start, end: m.end - whole.start });
    }
    // «القاهرة في 10 مارس 2025 /أ ش أ/ - أعلنت …»: a paragraph's opening dateline is cut off before its dates are read.
    const cut = opensParagraph(article.body, whole.start) ? ledeDatelineEnd(whole.text, found, article.published) : 0;
    const sentence = cut === 0 ? whole : { ...whole, text: whole.text.slice(cut), start: whole.start + cut };
    if (cut > 0) found = found.filter((m) => m.start >= cut).map((m) => ({ ...m, start: m.start - cut, end: m.end - cut }));
    // «التي عقدت الأربعاء … بعد أزمة بدأت منذ ثلاثة أيام»: the weekday dates the event; the «منذ» date, another
    // event's start, dates it only when the sentence has nothing else.
    const mentions = eventDatesFirst(sentence.text, found);
    if (mentions.length === 0 || isDateline(sentence.text, mentions) || isHeaderLine(paragraphAt(article.body, sentence.start), article.title)) continue;
    const clauses = clausesFor(sentence.text, mentions);
    mentions.forEach((m, i) => {
      // The guess stands only for the same day and month the undated reading found («--01-15» → «2026-01-15»).
      const guess = m.value.startsWith('--') ? guesses.get(sentence.start + m.start) : undefined;
      const clause = relativeClauseSpan(sentence.text, clauses[i] ?? { start: 0, end: sentence.text.length }, m.start);
      const text = eventLine(sentence.text.slice(clause.start, clause.end));
      if (text.length === 0) return;
      const content = sentence.text.slice(clause.start, m.start) + ' ' + sentence.text.slice(m.end, clause.end);
      events.push({
        date: m.value,
        ...(m.range === undefined ? {} : { range: m.range }),
        approximate: m.approximate,
        text,
        sourceId: article.id,
        quote: whole.text,
        order: [articleIndex, sentence.start + m.start],
        content,
        planned: afterArticle(m, article.published),
        yearFromArticle: yearFromArticle(m, article.published),
        ...(guess !== undefined && guess.slice(4) === m.value.slice(1) ? { yearGuess: guess } : {}),
      });
    });
  }
  return events;
}
