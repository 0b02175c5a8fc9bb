import { encliticReadings, particleReadings, qadSense, type Token } from '../../text/arabic/index.ts';

/** A vague hedge found in a sentence: tokens `from` to `to` (exclusive). */
export interface HedgeMatch {
  from: number;
  to: number;
}

const key = (t: Token | undefined): string => t?.key ?? '';
const reads = (t: Token | undefined, word: string): boolean => particleReadings(key(t)).includes(word);

// English modals and adverbs of possibility. «could not» is past inability («officials could not confirm»), not a
// hedge; "May" the month is told from the modal by its capital.
const ENGLISH = new Set(['may', 'might', 'could', 'possibly', 'perhaps', 'maybe']);
function isMonth(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.text !== 'May') return false;
  // The modal takes a capital only at the start of a sentence, and «May 2025» opens one with the month.
  return i > 0 || /^\d/u.test(tokens[i + 1]?.text ?? '');
}

function englishHedge(tokens: readonly Token[], i: number): HedgeMatch | null {
  const k = key(tokens[i]);
  if (!ENGLISH.has(k) || isMonth(tokens, i)) return null;
  const next = key(tokens[i + 1]);
  if (k === 'could' && (next === 'not' || next === 'never')) return null;
  return { from: i, to: i + 1 };
}

function arabicHedge(tokens: readonly Token[], i: number): HedgeMatch | null {
  const tok = tokens[i];
  if (qadSense(tokens, i) === 'possibility') return { from: i, to: i + 2 };
  if (reads(tok, 'ربما')) return { from: i, to: i + 1 };
  // «لعل», «ولعل», «لعله», «لعلها».
  if (particleReadings(key(tok)).some((r) => encliticReadings(r).includes('لعل'))) return { from: i, to: i + 1 };
  // «من الممكن», «ومن المحتمل».
  if (reads(tok, 'من') && ['الممكن', 'المحتمل'].includes(key(tokens[i + 1]))) return { from: i, to: i + 2 };
  // «يُحتمل أن» (it is possible that): the passive, told by its damma or by «أن» after it; «لا يحتمل التأجيل» (it
  // cannot bear delay) is the active verb.
  if (reads(tok, 'يحتمل') && (/^[وف]?يُ/u.test(tok?.text ?? '') || ['ان', 'بان'].includes(key(tokens[i + 1])))) return { from: i, to: i + 1 };
  return null;
}

/**
 * The vague hedges of a sentence's tokens, in order and not overlapping: «قد» before an imperfect (qadSense), «ربما»,
 * «لعل», «من الممكن», «من المحتمل», «يُحتمل», and the English may, might, could, possibly, perhaps, maybe.
 */
export function findVagueHedges(tokens: readonly Token[]): HedgeMatch[] {
  const out: HedgeMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = arabicHedge(tokens, i) ?? englishHedge(tokens, i);
    if (hit === null) continue;
    out.push(hit);
    i = hit.to - 1;
  }
  return out;
}
