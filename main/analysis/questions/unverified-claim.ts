import { markBetween, particleReadings, type Token } from '../../text/arabic/index.ts';
import type { CueMatch } from './cue-pattern.ts';
import { SAYING_KEYS } from './cues.ts';
import { clauseFrom, thatCarriesPronoun, thatClause } from './snippet.ts';
import { unnamedMouthRange } from './unnamed-mouth.ts';


// The plural persons of the verbs of saying, which a group of mouths takes («ناشطون … قالوا إنها»).
const SAYING_PLURAL = new Set(['قالوا', 'يقولون', 'ذكروا', 'اكدوا', 'افادوا', 'اشاروا']);

const saying = (key: string): boolean => particleReadings(key).some((r) => SAYING_KEYS.has(r) || SAYING_PLURAL.has(r));

/**
 * The start of the clause holding token `at`: past the last clause mark before it, or the sentence's start.
 */
function clauseStart(text: string, tokens: readonly Token[], at: number): number {
  for (let i = at; i > 0; i--) if (markBetween(text, tokens[i - 1], tokens[i], 'phrase')) return i;
  return 0;
}

/**
 * What an unnamed mouth is said to claim, worded for its question: «أن …» from the clause of report after the cue; the
 * mouth's own words after its verb of saying when it has no such clause («مصدر في الميناء تحدث عن نحو ٤١٠ ركاب»:
 * «تحدث عن نحو ٤١٠ ركاب», not the newsroom's sentence about a contradiction that quotes it); the sentence quoted
 * otherwise. A «أن» carrying a pronoun keeps it («أنه شاهد …»); when that pronoun stands for a noun told before the
 * verb of saying («تداولوا صورا قالوا إنها تظهر …»), the clause is quoted whole from its start, so the claim keeps
 * what it is about (rev25 leftovers, mendV 1).
 */
export function unverifiedClaim(text: string, tokens: readonly Token[], cue: CueMatch, hedge: boolean): string {
  const clause = thatClause(tokens, cue.to);
  const that = tokens[clause - 1];
  if (clause >= 0 && that && thatCarriesPronoun(tokens, clause)) {
    const verb = tokens[clause - 2];
    const noun = tokens[clause - 3];
    // A noun, then the verb of saying: the pronoun is the noun's, told after the mouth («صورا قالوا إنها»).
    if (verb && noun && clause - 3 >= cue.to && saying(verb.key) && !markBetween(text, noun, verb, 'phrase')) {
      const from = clauseStart(text, tokens, clause - 3);
      return `«${clauseFrom(text, tokens, from, 20).replace(/^[وف](?=\S\S)/u, '')}»`;
    }
    const written = text.slice(that.start, that.end).replace(/^[وفب]?[إأا]/u, 'أ');
    return `${written} ${clauseFrom(text, tokens, clause)}`;
  }
  if (clause >= 0) return `أن ${clauseFrom(text, tokens, clause)}`;
  const range = hedge ? null : unnamedMouthRange(text, tokens, cue);
  const next = range ? tokens[range[1]] : undefined;
  const last = range ? tokens[range[1] - 1] : undefined;
  if (range && next && last && saying(next.key) && !markBetween(text, last, next, 'phrase') && range[1] + 1 < tokens.length) {
    return `«${clauseFrom(text, tokens, range[1])}»`;
  }
  return `«${clauseFrom(text, tokens, 0)}»`;
}
