import { isStopword, type Token } from '../../text/arabic/index.ts';

/**
 * A stretch of `text` from token `from` on, at most `maxWords` words, cut exactly from the text (so it reads
 * as the source wrote it), closing punctuation dropped, «…» added when shortened.
 */
export function snippet(text: string, tokens: readonly Token[], from: number, maxWords = 18): string {
  const first = tokens[from];
  if (!first) return '';
  let lastIndex = Math.min(tokens.length, from + maxWords) - 1;
  const cut = lastIndex < tokens.length - 1;
  if (cut) lastIndex = cleanEnd(text, tokens, from, lastIndex);
  const last = tokens[lastIndex];
  if (!last) return '';
  let out = text.slice(first.start, cut ? last.end : text.length).trim();
  out = out.replace(/[\s.!؟?…؛:,،"»”'’)(\]]+$/u, '');
  // Keep quotation marks balanced once the end is cut away.
  const opens = (out.match(/[«“]/g) ?? []).length;
  const closes = (out.match(/[»”]/g) ?? []).length;
  if (opens > closes) out = out.replace(/[«“](?!.*[«“])/u, '');
  return cut ? `${out}…` : out;
}

// How far back a shortened quote may go to end at a clause boundary rather than mid-phrase.
const BACK_TO_CLAUSE = 6;

/**
 * Where a shortened quote ends: at a clause boundary («،» «؛») among its last words if there is one, else
 * not on a particle or preposition («… في») that would leave the phrase hanging.
 */
function cleanEnd(text: string, tokens: readonly Token[], from: number, lastIndex: number): number {
  for (let i = lastIndex; i > lastIndex - BACK_TO_CLAUSE && i > from + 2; i--) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    if (tok && next && /[،,;؛:]/.test(text.slice(tok.end, next.start))) return i;
  }
  let i = lastIndex;
  while (i > from + 2 && isStopword(tokens[i]?.key ?? '')) i--;
  return i;
}

// «أن» and its forms with a pronoun of the subject («أنه لا وجود …»، «بأنها»): the clause follows either way.
const THAT = new Set(['ان', 'بان', 'وان', 'فان', 'انه', 'انها', 'انهم', 'بانه', 'بانها', 'بانهم']);

/** Index of the first token after `from` that opens a «أن/إن» clause (the content of a report), or -1. */
export function thatClause(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const k = tokens[i]?.key;
    if (k !== undefined && THAT.has(k)) return i + 1 < tokens.length ? i + 1 : -1;
  }
  return -1;
}

// A quoted phrase longer than this is shortened as a snippet is.
const MAX_PHRASE = 20;

/**
 * The words tokens[from, to) exactly as the text has them (closing punctuation dropped): a phrase of a sentence
 * quoted as its own («وجود أنشطة عسكرية …»); shortened as a snippet when longer than MAX_PHRASE words.
 */
export function phrase(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (to - from > MAX_PHRASE) return snippet(text, tokens, from, MAX_PHRASE);
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || to <= from) return '';
  const out = text.slice(first.start, last.end).replace(/[\s.!؟?…؛:,،"»”'’)(\]]+$/u, '');
  const opens = (out.match(/[«“]/g) ?? []).length;
  const closes = (out.match(/[»”]/g) ?? []).length;
  return opens > closes ? out.replace(/[«“](?!.*[«“])/u, '') : out;
}

// A clause shorter than this is a phrase of its sentence («السلطات السورية، …» is a subject), not a claim of its own.
const MIN_CLAUSE = 6;

/**
 * The clause from token `from` on: up to the first clause boundary («،» «؛» «:») past its first MIN_CLAUSE words,
 * when that comes within `maxWords` words (it reads whole, so nothing marks it cut); else the snippet of `maxWords`.
 */
export function clauseFrom(text: string, tokens: readonly Token[], from: number, maxWords = 16): string {
  for (let i = from + MIN_CLAUSE - 1; i < Math.min(tokens.length - 1, from + maxWords); i++) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    if (tok && next && /[،,;؛:]/.test(text.slice(tok.end, next.start))) {
      // A straight quote closing the clause went with its punctuation: put it back («… "الحشد الشعبي"»).
      const out = phrase(text, tokens, from, i + 1);
      return (out.match(/"/g) ?? []).length % 2 === 1 ? `${out}"` : out;
    }
  }
  return snippet(text, tokens, from, maxWords);
}
