/**
 * Dates in a story that check themselves against what surrounds them: a written weekday that is not
 * the weekday of its date (the date becomes approximate: one of the two is wrong, and the text does
 * not say which), and a date after the article that reports it. Such a date is a plan only when its clause
 * says so (a future cue, an appointment, a present newswire verb, an effective date «اعتبارا من»); a past
 * report or a «منذ» frame is flagged 'past', a clause that says nothing of its time 'unstated'. Either way
 * it is never put in the article's future.
 */
import { normalise, tokenise } from '../arabic/index.ts';
import { startsFrom } from './context-cues.ts';
import { daysInMonth, parsePartialDate, toDayNumber, weekdayOf, type Ymd } from './calendar.ts';
import { APPOINTMENT_NOUNS, CONDITIONAL_PARTICLES, SCHEDULE_ADJECTIVES } from './lexicon.ts';
import { WEEKDAY_BY_KEY } from './patterns.ts';
import { opensWithSince, sinceBefore } from './since-frame.ts';
import { clauseTiming, clauseTense } from './tense-cues.ts';
import type { DateMention } from './types.ts';

export type StoryDateCheck =
  | { kind: 'weekday'; written: number; actual: number }
  /** A date after its article that no cue makes a plan: a past report («قتل»، «منذ»), or a clause silent on its time. */
  | { kind: 'after-article'; reference: string; said: 'past' | 'unstated' };

/** A date mention of a story, with what its checks found. */
export type StoryDate = DateMention & { check?: StoryDateCheck };

const CLAUSE_END = /[.!?؟,،;؛:\n"«»“”()]/u;
const SENTENCE_END = /[.!?؟;؛\n]/u;

function timingAt(text: string, start: number, end: number): ReturnType<typeof clauseTiming> {
  return clauseTiming(...around(text, start, end, CLAUSE_END)) ?? clauseTiming(...around(text, start, end, SENTENCE_END));
}

function around(text: string, start: number, end: number, stop: RegExp): [string, string] {
  let from = start;
  while (from > 0 && !stop.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !stop.test(text[to] ?? '')) to++;
  return [text.slice(from, start), text.slice(end, to)];
}

/** The tense of a date's clause; when the clause says nothing, its sentence's. */
export function tenseAt(text: string, start: number, end: number): 'past' | 'future' | null {
  return clauseTense(...around(text, start, end, CLAUSE_END)) ?? clauseTense(...around(text, start, end, SENTENCE_END));
}

/** The weekday written in a date expression («الأحد 5 مارس»), or null. */
function writtenWeekday(mention: DateMention): number | null {
  for (const t of tokenise(mention.text)) {
    // «الأحد», or with a conjunction or preposition written onto it («والأحد»).
    const wd = WEEKDAY_BY_KEY.get(t.key) ?? WEEKDAY_BY_KEY.get(t.key.replace(/^[وفب]/u, ''));
    if (wd !== undefined) return wd;
  }
  return null;
}

function firstDay(m: DateMention): number | null {
  const p = parsePartialDate(m.range?.start ?? m.value);
  if (p === null || p.year === null) return null;
  return toDayNumber({ year: p.year, month: p.month ?? 1, day: p.day ?? 1 });
}

/** The last day the article's date may stand for («published in March 2024» may be any day of it). */
function referenceEnd(reference: string | null | undefined): number | null {
  const p = parsePartialDate(reference);
  if (p === null || p.year === null) return null;
  const month = p.month ?? 12;
  return toDayNumber({ year: p.year, month, day: p.day ?? daysInMonth(p.year, month) });
}

function startsFromAt(text: string, start: number): boolean {
  const before = normalise(text.slice(Math.max(0, start - 40), start));
  return startsFrom(before, before.length);
}

/**
 * A written weekday checked against its day: null when it is the day's weekday, else the check naming both. Read for a
 * date that carries its own day («الأحد 5 مارس», below) and for a relative day with the weekday written after it
 * («أمس الجمعة», rules/day-word-rules.ts). That one is checked where the day word is read: its day comes from the
 * article's date, so every reader of findDates gets it confirmed or approximate, not only the story's checks.
 */
export function weekdayMismatch(day: Ymd, written: number): StoryDateCheck | null {
  const actual = weekdayOf(day);
  return actual === written ? null : { kind: 'weekday', written, actual };
}

function weekdayCheck(m: DateMention): StoryDateCheck | null {
  if (m.kind !== 'date' || !/^\d{4}-\d{2}-\d{2}$/.test(m.value)) return null;
  const written = writtenWeekday(m);
  if (written === null) return null;
  const [year, month, day] = m.value.split('-').map(Number) as [number, number, number];
  return weekdayMismatch({ year, month, day }, written);
}

// A date in a clause a conditional particle opens is a supposition, neither a plan nor a report.
const CONDITIONALS = new Set(CONDITIONAL_PARTICLES.map(normalise));
const SCHEDULE_WORDS = new Set([...SCHEDULE_ADJECTIVES, ...APPOINTMENT_NOUNS].map(normalise));

/** Whether a word of `words` stands before the date in its clause. */
function clauseOpensWith(words: ReadonlySet<string>, text: string, start: number, end: number): boolean {
  const [before] = around(text, start, end, CLAUSE_END);
  return tokenise(before).some((t) => words.has(t.key));
}

/** What the text says of a date after its article: null when it is a plan or a supposition, else how the flag reads. */
function afterArticleSaid(text: string, m: DateMention): 'past' | 'unstated' | null {
  // «ويبلغ عدد القتلى منذ 20 مارس»: what began then is already so when the article is written.
  if (sinceBefore(text, m.start) || opensWithSince(m.text)) return 'past';
  // «قررت الحكومة … بداية من السبت»: a past decision that takes effect on a later day reports no past event on it.
  if (startsFromAt(text, m.start)) return null;
  // «الزيارة التي كانت مقررة يوم الأربعاء المقبل»: a schedule word before an expression carrying its own future cue
  // names a plan's day, even in a past clause (the plan was made, or moved, before the article); no past event is dated
  // on it. Without the schedule word («قتل … في 4 من الشهر المقبل») the past report is still flagged.
  if ((clauseTiming(m.text, '') === 'future' && clauseOpensWith(SCHEDULE_WORDS, text, m.start, m.end)) || clauseOpensWith(CONDITIONALS, text, m.start, m.end)) return null;
  const timing = timingAt(text, m.start, m.end);
  if (timing === 'future' || timing === 'scheduled') return null;
  if (timing === 'past') return 'past';
  // «الاجتماع في 20 مارس المقبل»: the expression carries its own future cue.
  return clauseTiming(m.text, '') === 'future' ? null : 'unstated';
}

/**
 * Checks the date mentions of `text` (as findDates gives them, offsets into `text`) against their own
 * weekday and against the article's date `reference`. A weekday that disagrees makes the date approximate;
 * a date after the article in a clause that reports the past is marked 'after-article'. Pure; never throws
 * on mentions findDates produced.
 */
export function checkStoryDates(text: string, mentions: readonly DateMention[], reference: string | null | undefined): StoryDate[] {
  const end = referenceEnd(reference);
  return mentions.map((m) => {
    const weekday = weekdayCheck(m);
    const first = firstDay(m);
    if (end !== null && first !== null && first > end) {
      const said = afterArticleSaid(text, m);
      if (said !== null) return { ...m, check: { kind: 'after-article', reference: reference as string, said } };
    }
    return weekday === null ? m : { ...m, approximate: true, check: weekday };
  });
}
