/**
 * A sentence that tells two events (issue 14): a lead often states its own development and dates it by another
 * one, told in passing as a relative clause — «نصبت القوات مستشفى ميدانيا غداة الزلزال الذي هز الإقليم،
 * وبدأ الأطباء …». The clause «غداة الزلزال الذي هز الإقليم» reports the earthquake, the rest the hospital;
 * as one unit the sentence joins neither event (it shares half its words with each).
 */
import { conjunctionReading, isStopword, normalise, particleReadings, type Token } from '../../text/arabic/index.ts';

// Words that date one development by another: «بعد/غداة/إثر/عقب الزلزال الذي …».
const BY_ANOTHER = new Set(['بعد', 'غداة', 'إثر', 'اثر', 'عقب', 'قبيل', 'إبان'].map(normalise));
const RELATIVE = new Set(['الذي', 'التي', 'اللذين', 'اللتين', 'الذين'].map(normalise));
// Each part must say something on its own: a verb, its subject or object and more.
const MIN_PART_WORDS = 4;

/** The two parts of such a sentence, as token ranges: the clause that tells the other event, and the rest. */
export interface EventClauses {
  /** The relative clause that tells another event, from its dating word to the next comma (or the end, when what follows the comma still tells it). */
  reference: [number, number];
  /** The sentence's own development: the words before the reference clause, and those after its comma. */
  main: [number, number][];
}

const definiteNoun = (t: Token | undefined): boolean =>
  t !== undefined && !isStopword(t.key) && particleReadings(t.key).some((r) => r.startsWith('ال') && r.length > 3);

/** Whether a clause boundary («،» or «؛») stands between token `i` and the next. */
function clauseBreakAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a !== undefined && b !== undefined && /[،,;؛]/u.test(text.slice(a.end, b.start));
}

/**
 * The parts of a sentence that tells another event in a relative clause after a dating word («غداة الزلزال
 * الذي هز …»), or null: the dating word must follow the sentence's own verb and subject (MIN_PART_WORDS words at
 * least), and the clause must say enough to be an event of its own.
 */
export function eventClauses(text: string, tokens: readonly Token[]): EventClauses | null {
  for (let i = MIN_PART_WORDS; i < tokens.length - MIN_PART_WORDS; i++) {
    if (!BY_ANOTHER.has(tokens[i]?.key ?? '') || !definiteNoun(tokens[i + 1]) || !RELATIVE.has(tokens[i + 2]?.key ?? '')) continue;
    let end = i + 3;
    while (end < tokens.length && !clauseBreakAfter(text, tokens, end - 1)) end++;
    if (end - i < MIN_PART_WORDS + 1) return null;
    // What follows the comma is the sentence's own only as a clause of its own («، وبدأ الأطباء …»); otherwise it
    // still tells the other event («، في ثالث هزة تضرب الإقليم»).
    // Any reading of a conjunction will do: a wrong cut here only moves a clause between the two parts.
    const ownAfter = tokens.length - end >= MIN_PART_WORDS && conjunctionReading(tokens[end]?.key ?? '') !== null;
    return { reference: [i, ownAfter ? end : tokens.length], main: ownAfter ? [[0, i], [end, tokens.length]] : [[0, i]] };
  }
  return null;
}

/**
 * The relative clauses that describe a definite noun by what is known of it («عن الهجوم الذي تعرضت له الهيئة»، «بعد
 * الزلزال الذي هز الإقليم»): token ranges [from, to), from the relative pronoun to the next clause break or the end.
 * They tell the thing the sentence speaks of, already told, not the sentence's own development.
 */
export function backReferences(text: string, tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!RELATIVE.has(tokens[i]?.key ?? '') || !definiteNoun(tokens[i - 1])) continue;
    let end = i + 1;
    while (end < tokens.length && !clauseBreakAfter(text, tokens, end - 1)) end++;
    out.push([i, end]);
    i = end - 1;
  }
  return out;
}

/** The words of token ranges exactly as the text has them, joined by «، » where a range was left out between them. */
export function clauseText(text: string, tokens: readonly Token[], ranges: readonly [number, number][]): string {
  const parts = ranges
    .map(([from, to]) => {
      const first = tokens[from];
      const last = tokens[to - 1];
      return first && last ? text.slice(first.start, last.end).replace(/[\s،,;؛:]+$/u, '') : '';
    })
    .filter((p) => p !== '');
  const joined = parts.join('، ');
  // The sentence's own closing punctuation, when its last word is kept.
  const lastRange = ranges[ranges.length - 1];
  const closing = lastRange && lastRange[1] === tokens.length ? /[.!…]+["»”'’)\]]*$/u.exec(text)?.[0] ?? '' : '.';
  return `${joined}${closing === '' ? '.' : closing}`;
}

/** A summary candidate's share of its sentence: the whole of it, its own development, or the other event it tells. */
export type ClauseRole = 'main' | 'reference';
