/**
 * Where a text names its day against its article's own date («اليوم الخميس»، «مساء أمس»، «يوم الجمعة المقبل»): the
 * spans the date finder reads as a relative day or a weekday, whatever the article's date. Composing a point from
 * several sources (analysis/summary/compose-point.ts) drops them when another source's date takes their place. Only
 * what the finder reads is a span, so words that merely look like a day word stay («باليوم العالمي», «اليوم الأول من
 * المؤتمر»), and so does a day in a «منذ/حتى» frame, which says how long, not when.
 */
import { normalise } from '../arabic/index.ts';
import { findDates } from './find-dates.ts';
import { DAY_PARTS } from './lexicon.ts';
import { sinceBefore } from './since-frame.ts';

export interface TextSpan {
  start: number;
  end: number;
}

// Any date resolves the spans; their values are not read. A fixed one keeps the result the same for every text.
const ANY_REFERENCE = '2000-01-05';
// Words the day-word rule reads before «أمس/غدا» without taking them into its span («مساء أمس»، «يوم أمس الأول»).
const LEADING = new Set(['يوم', ...DAY_PARTS.filter((w) => !w.includes(' ') && w !== 'حتى' && w !== 'منذ')].map(normalise));
const UNTIL = normalise('حتى');

const lastWord = (text: string, end: number): { word: string; start: number } => {
  const m = /(\S+)\s*$/u.exec(text.slice(0, end));
  return { word: m?.[1] ?? '', start: m ? m.index : end };
};

/** The spans of `text` that name a day relative to its article, each widened over a part of the day before it. */
export function relativeDaySpans(text: string): TextSpan[] {
  return findDates(text, { reference: ANY_REFERENCE, now: ANY_REFERENCE })
    .filter((m) => m.kind === 'relative' || m.kind === 'weekday')
    .filter((m) => !sinceBefore(text, m.start) && normalise(lastWord(text, m.start).word) !== UNTIL)
    .map((m) => {
      const before = lastWord(text, m.start);
      return { start: LEADING.has(normalise(before.word)) ? before.start : m.start, end: m.end };
    });
}

/**
 * Whether `text` is wholly a day said against its article's date, parts of the day included («أمس», «مساء أمس», «أول
 * أمس»): a stamp's words, never a name. Words that hold a day word and go on («الغد», «عدن الغد») are not.
 */
export function isRelativeDayOnly(text: string): boolean {
  const spans = relativeDaySpans(text);
  const first = spans[0];
  const last = spans.at(-1);
  return first !== undefined && last !== undefined && text.slice(0, first.start).trim() === '' && text.slice(last.end).trim() === '';
}
