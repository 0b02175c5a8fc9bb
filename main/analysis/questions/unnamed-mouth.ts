import { isStopword, opensSubjectClause, particleReadings, type Token, markBetween } from '../../text/arabic/index.ts';
import { UNNAMED_MOUTHS } from '../words/lexicon.ts';
import type { CueMatch } from './cue-pattern.ts';

// How far before its cue a mouth may stand («المصدر الذي لم تسمّه»), and how many words describe it after its noun.
const BEFORE_CUE = 3;
const DESCRIBING = 4;
// Words of time that follow a mouth without describing it («وذكر مصدر أمني حينها»).
const WHEN = new Set(['حينها', 'حينه', 'وقتها', 'انذاك', 'امس', 'مساء', 'صباح', 'ايضا']);
// The accusative's alef of an indefinite word («وسما»): not after «ي», whose «يا» ends nouns in every case («عليا»).
const ACCUSATIVE = /[^ياى]ا$/u;
// Prepositions that tie a mouth to a body («مسؤول في الوزارة»، «مصدر قريب من الحكومة»).
const TIES = new Set(['في', 'من', 'داخل']);

/** Whether the word is a noun an unnamed mouth is told by («مصدر»، «لمسؤول»), a particle written onto it or not. */
export function isMouthNoun(key: string): boolean {
  return mouthNounReading(key) !== null;
}

function joined(text: string, a: Token, b: Token): boolean {
  return !markBetween(text, a, b, 'quotedOrStop');
}

/** The reading of `key` that is a mouth noun without the particle written onto it («لمصدر» → «مصدر»), or null. */
export function mouthNounReading(key: string): string | null {
  return particleReadings(key, true).find((r) => UNNAMED_MOUTHS.has(r)) ?? null;
}

/**
 * The unnamed mouth a claim is put in, as the text describes it: its noun and the words that describe it
 * («مصادر سورية خاصة»، «مصدر أمني عراقي»، «مسؤول في الوزارة»), or, when the name is kept back after it, the noun
 * through the cue («المصدر الذي لم تسمّه»). Null when the cue names no such noun (a newsroom's own sources).
 */
export function unnamedMouth(text: string, tokens: readonly Token[], cue: CueMatch): string | null {
  const range = unnamedMouthRange(text, tokens, cue);
  const head = range ? tokens[range[0]] : undefined;
  const last = range ? tokens[range[1] - 1] : undefined;
  return head && last ? text.slice(head.start, last.end) : null;
}

/** Where unnamedMouth's words stand, as a token range [head, end), or null: a caller need not find them again. */
export function unnamedMouthRange(text: string, tokens: readonly Token[], cue: CueMatch): [number, number] | null {
  let at = -1;
  for (let i = Math.max(0, cue.from - BEFORE_CUE); i < Math.min(tokens.length, cue.to + 1); i++) {
    if (isMouthNoun(tokens[i]?.key ?? '')) {
      at = i;
      break;
    }
  }
  const head = tokens[at];
  if (!head) return null;
  // The name kept back after the noun: the mouth is told through the cue.
  let end = at < cue.from ? cue.to - 1 : at;
  for (let i = end + 1; i < tokens.length && i <= at + DESCRIBING; i++) {
    const prev = tokens[i - 1];
    const tok = tokens[i];
    if (!prev || !tok || !joined(text, prev, tok)) break;
    const key = tok.key;
    // The body a tie names, with the word that names it fully («في وزارة المالية»): the tie is taken with one word at least.
    if (TIES.has(key)) {
      const body = tokens[i + 1];
      if (!body || !joined(text, tok, body) || isStopword(body.key) || body.key.length < 2) break;
      end = i + 1;
      const of = tokens[i + 2];
      if (of && joined(text, body, of) && !isStopword(of.key) && !opensSubjectClause(of.key) && !WHEN.has(of.key) && of.key.length > 1) end = i + 2;
      break;
    }
    if (opensSubjectClause(key) || isStopword(key) || WHEN.has(key) || key.length < 2) break;
    // A word in the accusative («وسما»، «بيانا») after a mouth that is not: no description of it (a description
    // agrees in case) but the object of the verb the mouth is subject of («دشن ناشطون وسما على …»).
    if (ACCUSATIVE.test(key) && !ACCUSATIVE.test(head.key) && !/ين$/u.test(head.key)) break;
    end = i;
  }
  return [at, end + 1];
}
