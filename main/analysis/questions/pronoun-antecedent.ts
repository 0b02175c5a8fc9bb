/**
 * Whom an unknown question asks about when the source says it only by a pronoun: «لسنا متأكدين من أين ذهبوا» names
 * no one; the people are the subject of the sentence before (issue 14). The question is then put about them:
 * «الإيرانيون و"مقاتلو الميليشيات": من أين ذهبوا؟», quoted as the source wrote them.
 */
import { isRelativePronoun } from '../../text/arabic/relatives.ts';
import { particleReadings, type Token, markBetween } from '../../text/arabic/index.ts';
import { isPerfectVerb } from '../../text/dates/tense-cues.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';

// Question words a verb follows (the «من» of «من أين» stepped over).
const ASKING = new Set(['من', 'اين', 'متي', 'كيف', 'لماذا']);
// A subject longer than this is a clause, not a name of whom the question asks about.
const MAX_SUBJECT = 6;

/** Whether the question's verb at tokens[i] carries its plural subject as a pronoun and names none after it. */
function pronounSubject(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i]?.key ?? '';
  const next = tokens[i + 1]?.key;
  return /\p{L}{2,}(?:وا|ون)$/u.test(verb) && (next === undefined || !next.startsWith('ال'));
}

/** The noun phrase a sentence opens with, up to a relative pronoun, a verb or clause punctuation; undefined if none. */
function openingSubject(s: CorpusSentence): string | undefined {
  let end = 0;
  while (end < s.tokens.length && end < MAX_SUBJECT) {
    const tok = s.tokens[end];
    const next = s.tokens[end + 1];
    if (!tok || particleReadings(tok.key).some(isRelativePronoun) || isPerfectVerb(tok.key)) break;
    end++;
    if (markBetween(s.text, tok, next, 'phraseOrStop')) break;
  }
  const first = s.tokens[0]?.key ?? '';
  if (end === 0 || end >= MAX_SUBJECT || !first.startsWith('ال')) return undefined;
  // Cut from the text with the quotation marks that close its last word («و”مقاتلو الميليشيات”»).
  const last = s.tokens[end - 1];
  const marks = /^[»”"]*/u.exec(s.text.slice(last?.end ?? 0))?.[0] ?? '';
  return s.text.slice(s.tokens[0]?.start ?? 0, (last?.end ?? 0) + marks.length);
}

/**
 * Whom the question from `s.tokens[from]` (its question word) asks about, when its verb's subject is only a
 * pronoun: the subject the sentence before it in the same article opens with, or undefined.
 */
export function pronounAntecedent(corpus: Corpus, s: CorpusSentence, from: number): string | undefined {
  let i = from;
  while (ASKING.has(s.tokens[i]?.key ?? '')) i++;
  if (i === from || !pronounSubject(s.tokens, i)) return undefined;
  const before = corpus.sentences[(corpus.indexOf.get(s) ?? 0) - 1];
  if (!before || before.articleIndex !== s.articleIndex) return undefined;
  return openingSubject(before);
}
