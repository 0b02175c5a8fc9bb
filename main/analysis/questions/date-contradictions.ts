import type { DateMention } from '../../text/dates/index.ts';
import { articleDay, eventSentences, type Corpus, type CorpusSentence } from './corpus.ts';
import { contentTerms } from '../summary/bag-of-words.ts';
import { cosine } from '../summary/tfidf.ts';
import type { Draft } from './draft.ts';
import { groupSharingMembers } from './greedy-groups.ts';
import { sourceLabel } from './source-label.ts';
import { datesAgree, type EventDateValue } from '../summary/event-dates.ts';
import { sinceBefore } from '../../text/dates/since-frame.ts';
import { sayDate } from '../../text/dates/say-date.ts';
import { isRelativePronoun, normalise, procliticReadings, markBetween } from '../../text/arabic/index.ts';

// The same event: this many shared content words besides the date, and this cosine.
const SHARED_TERMS = 3;
const SAME_EVENT = 0.35;

interface Dated {
  sentence: CorpusSentence;
  date: DateMention;
  terms: Set<string>;
}

/**
 * Two reports' dates that cannot name one day. A year the tagger inferred (not written) is no ground for a
 * contradiction: «الأول من نيسان» in a past-tense clause resolves to last year while «نيسان المقبل» resolves to
 * this one, though both sources say April 1st (summary/event-dates, the rule events are grouped by).
 */
function conflicting(a: DateMention, b: DateMention): boolean {
  const value = (d: DateMention): EventDateValue => ({ date: d.value, ...(d.range === undefined ? {} : { range: d.range }), approximate: d.approximate, yearKnown: d.yearBasis === 'explicit' });
  return !datesAgree(value(a), value(b));
}

/**
 * Whether a relative day or a weekday is a day to compare across the sources of one event. It resolves against its
 * article's own date: compared when that date is a whole day and the text leaves the day in no doubt — a weekday
 * resolved to one exact day («مساء الخميس», «يوم الأحد الماضي»), or a relative day its written weekday confirms («أمس
 * الجمعة»). A bare «أمس» is left out: a story written the evening before it is published reads one day off.
 */
// Its one caller (ownDay) has already found the value a day of the month.
function comparable(corpus: Corpus, s: CorpusSentence, d: DateMention): boolean {
  if (d.approximate || d.range !== undefined || (d.kind === 'relative' && d.confirmed !== true)) return false;
  // A day the article's own date fixes: a whole day, as published.
  return articleDay(corpus, s.articleIndex) !== null;
}

function dated(corpus: Corpus, dates: (s: CorpusSentence) => DateMention[]): Dated[] {
  const out: Dated[] = [];
  for (const s of corpus.sentences) {
    // Relative and weekday dates resolve against each article's own date: compared only between sentences the summary
    // grouped into one event (eventPairs), where the words need not say it again; sharing a few words (the story's
    // actors) is no ground for reading two sources' «أمس» as one event. A sentence with several dates is ambiguous.
    const mentions = dates(s).filter((d) => d.kind !== 'relative' && d.kind !== 'weekday');
    const only = mentions[0];
    if (mentions.length !== 1 || !only) continue;
    const terms = new Set(contentTerms(s.text.slice(0, only.start) + ' ' + s.text.slice(only.end)));
    out.push({ sentence: s, date: only, terms });
  }
  return out;
}

// A date that names a day of the month («الخميس 15 أكتوبر»، «16 أكتوبر»), with its year written or not.
const DAY_OF_MONTH = /^(?:\d{4}|-)-\d{2}-\d{2}$/;

const SINCE = normalise('منذ');

/**
 * Whether a date stands in a side frame of its clause, after a relative pronoun or «منذ» with no punctuation between:
 * «وهو الرقم الذي أعلنته مصادر طبية الجمعة الماضي», «تراجعت الأسهم منذ غرق العبارة الأربعاء الماضي». It dates the
 * frame's event (the earlier announcement, the sinking), not the development the sentence reports.
 */
function inSideFrame(s: CorpusSentence, m: DateMention): boolean {
  for (let i = s.tokens.findIndex((t) => t.end > m.start) - 1; i >= 0; i--) {
    const t = s.tokens[i];
    if (!t || markBetween(s.text, t, s.tokens[i + 1], 'phraseOrStop')) return false;
    if (isRelativePronoun(t.key) || procliticReadings(t.key).includes(SINCE)) return true;
  }
  return false;
}

/**
 * The day a sentence of an event puts that event on: its first date, when that date names a day of the month, or is
 * a relative day or weekday that names one beyond doubt (comparable). News states its own development first and
 * dates it beside the verb («وقعت الوزارة مساء الخميس 15 أكتوبر اتفاقا … ابتداء من صباح الجمعة»); a later date in the
 * sentence is what follows from it. Dates with «منذ» are starts of something else.
 */
function ownDay(corpus: Corpus, s: CorpusSentence, dates: (s: CorpusSentence) => DateMention[]): DateMention | null {
  const first = dates(s).filter((m) => !sinceBefore(s.text, m.start) && !inSideFrame(s, m))[0];
  if (first === undefined || !DAY_OF_MONTH.test(first.value)) return null;
  if (first.kind === 'date') return first;
  return (first.kind === 'relative' || first.kind === 'weekday') && comparable(corpus, s, first) ? first : null;
}

/**
 * Whether a sentence dates its event after its own article's day: a forecast («يُتوقع أن تعقد اللجنة جلستها الأحد
 * المقبل»), which a later source's report of what happened («أجّلت اللجنة أمس الثلاثاء …») does not contradict — plans
 * move, and the later report tells where they went. Two forecasts, or two reports, that disagree still do.
 */
function forecast(corpus: Corpus, d: Dated): boolean {
  const day = articleDay(corpus, d.sentence.articleIndex);
  return day !== null && /^\d{4}-\d{2}-\d{2}$/u.test(d.date.value) && d.date.value > day;
}

/**
 * Pairs of sentences of different sources that the summary grouped into one event (`events`, each as its
 * citations) and that put it on different days once both dates resolve: the grouping already says they tell one
 * event (it joins sentences whose dates agree anywhere, «صباح الجمعة» beside «الجمعة 16 أكتوبر»), so their own
 * days are compared whatever words they share.
 */
function eventPairs(corpus: Corpus, dates: (s: CorpusSentence) => DateMention[], events: readonly (readonly { sourceId: string; quote: string }[])[]): [Dated, Dated][] {
  if (events.length === 0) return [];
  const pairs: [Dated, Dated][] = [];
  for (const cited of eventSentences(corpus, events)) {
    const own = cited
      .map((sentence) => ({ sentence, date: ownDay(corpus, sentence, dates) }))
      .filter((d): d is { sentence: CorpusSentence; date: DateMention } => d.date !== null)
      .sort((a, b) => a.sentence.articleIndex - b.sentence.articleIndex || a.sentence.start - b.sentence.start)
      .map((d) => ({ ...d, terms: new Set(contentTerms(d.sentence.text.slice(0, d.date.start) + ' ' + d.sentence.text.slice(d.date.end))) }));
    own.forEach((a, i) => {
      for (const b of own.slice(i + 1)) if (a.sentence.articleIndex !== b.sentence.articleIndex && conflicting(a.date, b.date)) pairs.push([a, b]);
    });
  }
  return pairs;
}

/**
 * A number per dated sentence, equal for two that hold the same text and the same date mention (what the same-event test
 * reads of them: the words besides the date, the sentence's vector, the date's value, range, approximation and basis).
 */
function kindsOf(all: readonly Dated[]): number[] {
  const ids = new Map<string, number>();
  return all.map((d) => {
    const m = d.date;
    const key = JSON.stringify([d.sentence.text, m.start, m.end, m.value, m.range?.start, m.range?.end, m.approximate, m.yearBasis]);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  });
}

/**
 * The same event dated differently by different sources: sentences that share their event words
 * (content words besides the date, and TF-IDF cosine) but whose dates cover disjoint days; and sentences the
 * summary grouped into one event (`events`) whose own days differ (eventPairs).
 */
export function dateContradictions(
  corpus: Corpus, dates: (s: CorpusSentence) => DateMention[], events: readonly (readonly { sourceId: string; quote: string }[])[] = [],
): Draft[] {
  const all = dated(corpus, dates);
  // Dated sentences by corpus index: the similarity index names the only ones that can reach SAME_EVENT.
  const at = new Map<number, number>();
  all.forEach((d, i) => at.set(corpus.indexOf.get(d.sentence) ?? -1, i));
  const pairs: [Dated, Dated][] = [];
  // Copies of one sentence with one date (wire copy, a story's repeated lines) have the same terms, vector and date: two
  // kinds' verdict is weighed once and remembered, since large selections compare them many times over.
  const kind = kindsOf(all);
  const verdicts = new Map<number, boolean>();
  for (let i = 0; i < all.length; i++) {
    const a = all[i];
    if (!a) continue;
    const later = corpus.similar
      .candidates(a.sentence.vector, SAME_EVENT)
      .map((k) => at.get(k) ?? -1)
      .filter((j) => j > i)
      .sort((x, y) => x - y);
    for (const j of later) {
      const b = all[j];
      if (!b || a.sentence.articleIndex === b.sentence.articleIndex) continue;
      const pair = (kind[i] ?? 0) * all.length + (kind[j] ?? 0);
      let contradicts = verdicts.get(pair);
      if (contradicts === undefined) {
        const shared = [...a.terms].filter((t) => b.terms.has(t)).length;
        contradicts = shared >= SHARED_TERMS && cosine(a.sentence.vector, b.sentence.vector) >= SAME_EVENT && conflicting(a.date, b.date);
        verdicts.set(pair, contradicts);
      }
      if (contradicts) pairs.push([a, b]);
    }
  }
  // A sentence met by both routes is one member: the same sentence and date.
  const one = new Map<string, Dated>();
  const member = (d: Dated): Dated => {
    const k = `${corpus.indexOf.get(d.sentence) ?? -1}:${d.date.start}`;
    const known = one.get(k);
    if (known) return known;
    one.set(k, d);
    return d;
  };
  const every = [...pairs, ...eventPairs(corpus, dates, events)]
    .filter(([a, b]) => forecast(corpus, a) === forecast(corpus, b))
    .map(([a, b]): [Dated, Dated] => [member(a), member(b)]);
  return groupSharingMembers(every, (p) => p).map((group) => {
    const members = [...new Set(group.flat())].sort((a, b) => a.sentence.articleIndex - b.sentence.articleIndex || a.sentence.start - b.sentence.start);
    const label = (d: Dated): string => {
      const a = corpus.articles[d.sentence.articleIndex];
      return a ? sourceLabel(a, d.sentence.articleIndex) : '';
    };
    // One side per day, with every source that names it («اليوم الأربعاء» and another's «أمس الأربعاء» are one side),
    // each wording quoted with the sources that wrote it: a source is never quoted in another's words.
    const say = (side: Dated[]): string => {
      let named = false;
      return [...new Set(side.map((d) => d.date.text))].map((wording) => {
        const d = side.find((m) => m.date.text === wording) as Dated;
        // A day said against the article's date is named as the day it resolves to, once a side (every wording of a
        // side resolves to its day): «أمس الجمعة» (24 أبريل 2026).
        const resolved = !named && (d.date.kind === 'relative' || d.date.kind === 'weekday') ? sayDate(d.date.value)?.ar : undefined;
        named ||= resolved !== undefined;
        const sources = [...new Set(side.filter((m) => m.date.text === wording).map(label))];
        return `«${wording}»${resolved === undefined ? '' : ` (${resolved})`} بحسب ${sources.join(' و')}`;
      }).join(' و');
    };
    const sides = [...new Set(members.map((d) => d.date.value))].map((day) => members.filter((d) => d.date.value === day));
    const first = members[0];
    const second = members[1];
    // Name the event by the words the reports share, as the first one writes them.
    const event = first && second
      ? first.sentence.tokens.filter((t) => {
          const stem = [...second.terms].find((x) => first.terms.has(x) && t.key.includes(x));
          return stem !== undefined && !(t.start >= first.date.start && t.end <= first.date.end);
        }).slice(0, 4).map((t) => t.text).join(' ')
      : '';
    const text = `متى وقع ذلك${event ? ` (${event})` : ''}: ${sides.map(say).join(' أم ')}؟`;
    const evidence: CorpusSentence[] = [];
    for (const d of members) if (!evidence.includes(d.sentence)) evidence.push(d.sentence);
    return { kind: 'contradiction' as const, text, evidence };
  });
}
