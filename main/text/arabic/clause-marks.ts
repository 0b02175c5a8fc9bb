/**
 * Whether punctuation stands between two words: the test the question and timeline rules make to keep a phrase, a
 * name or a clause within its bounds. Arabic text mixes Arabic and Latin marks («،» and «,», «؛» and «;», «؟» and «?»),
 * so each set holds both. The rules stop at different marks on purpose, and each set is named for what it bounds:
 *
 * - comma: «،» alone: a report goes on after one («…، مضيفا أن …»), a semicolon closing it instead.
 * - clause: a comma or a semicolon, what ends a clause; a relative clause's head is sought back to one.
 * - clauseOrStop: a clause mark or a full stop, not a colon: before a figure a colon joins a label to its value
 *   («عدد الوفيات: 23»), so the words before the colon still say what the figure counts.
 * - phrase: a clause mark or a colon, what opens a quote or a list: a quote cut or a clause begun at one.
 * - phraseOrStop: a phrase mark or a full stop (an abbreviation's, «د.», «أ.») inside a sentence.
 * - sentence: every mark that ends a clause or a sentence, «!» and «؟» too: where a snippet may end.
 * - opening: a phrase mark or an opening quote or bracket: an office's words go on up to a quoted or bracketed name
 *   («المتحدث باسم الجيش (…)»), a closing one being part of what came before.
 * - quoted: a phrase mark or any quote or bracket, opening or closing: a word set apart from the words beside it.
 * - quotedOrStop: the same with a full stop and curly quotes: the strictest, for a mouth and the body it speaks for.
 */
const MARKS = {
  comma: '،,',
  clause: '،,؛;',
  clauseOrStop: '،,؛;.',
  phrase: '،,؛;:',
  phraseOrStop: '،,؛;:.',
  sentence: '،,؛;:.!؟?',
  opening: '،,؛;:«"(',
  quoted: '،,؛;:«»"()',
  quotedOrStop: '،,؛;:.«»“”"()',
} as const;

export type ClauseMarks = keyof typeof MARKS;

const PATTERNS = new Map<ClauseMarks, RegExp>(Object.entries(MARKS).map(([name, marks]) => [name as ClauseMarks, new RegExp(`[${marks}]`, 'u')]));

/** Whether `text` holds any of the marks named `marks`. */
export function hasMark(text: string, marks: ClauseMarks): boolean {
  return (PATTERNS.get(marks) as RegExp).test(text);
}

/** Where the first of the marks named `marks` stands in `text`, or -1. */
export function firstMark(text: string, marks: ClauseMarks): number {
  return text.search(PATTERNS.get(marks) as RegExp);
}

/** Whether any of the marks named `marks` stands between words `a` and `b` of `text`; false when either is missing. */
export function markBetween(text: string, a: { end: number } | undefined, b: { start: number } | undefined, marks: ClauseMarks): boolean {
  return a !== undefined && b !== undefined && hasMark(text.slice(a.end, b.start), marks);
}
