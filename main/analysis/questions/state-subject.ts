/**
 * What a source says is still unknown when it says so with «لا يزال / ما زال / يبقى / يظل» and a state (issue 14):
 * «وما زال سبب اندلاع الحريق غير معروف» asks «ما سبب اندلاع الحريق؟», «ويبقى غامضا حجم الكميات …» (the predicate
 * first) asks «ما حجم الكميات …؟», instead of quoting the passage under a fixed template.
 */
import { matchKey, type Token, markBetween } from '../../text/arabic/index.ts';
import type { CueMatch } from './cue-pattern.ts';
import { phrase } from './snippet.ts';
import { unknownObject } from './unknown-object.ts';

// The verbs of still being («لا يزال»، «ما زال») and of remaining («يبقى»، «يظل») in the persons news uses.
const STILL = new Set(
  ['يزال', 'تزال', 'زال', 'زالت', 'زالوا', 'يزالون', 'يظل', 'تظل', 'يظلان', 'تظلان', 'يظلون', 'يبقى', 'تبقى', 'يبقيان', 'تبقيان', 'يبقون'].map(matchKey),
);
// The words a state of being unknown or open opens with: a negated participle, «قيد/رهن/طور/طي …», or the adjective.
const STATE_OPENING = new Set(
  [
    'غير', 'قيد', 'رهن', 'طور', 'طي',
    ...['مجهول', 'غامض', 'مبهم', 'معلق', 'عالق', 'مفتوح', 'ضبابي', 'ملتبس'].flatMap((s) => [s, `${s}ا`, `${s}ة`, `${s}ه`]),
  ].map(matchKey),
);
// How far before the state its verb may stand («ما زال سبب اندلاع الحريق الكبير غير معروف»).
const BACK = 9;
// A subject of one word («ما زال الأمر غامضا») names too little to ask for.
const MIN_SUBJECT_WORDS = 2;

function bare(key: string): string {
  return key.replace(/^[وف](?=[يت]?\p{L}{3})/u, '');
}

function breakBetween(text: string, tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return markBetween(text, a, b, 'phraseOrStop');
}

/** The index of the still-verb of the state cue `cue`, in its clause and at most BACK words before it, or -1. */
function stillVerb(text: string, tokens: readonly Token[], cue: CueMatch): number {
  const last = Math.min(cue.to - 1, tokens.length - 1);
  for (let i = last; i >= Math.max(0, cue.from - BACK); i--) {
    if (STILL.has(bare(tokens[i]?.key ?? ''))) return i;
    if (i < cue.from && breakBetween(text, tokens, i)) return -1;
  }
  return -1;
}

/**
 * The subject of a state of being unknown told with a still-verb, as the question's object: the words between the
 * verb and the state, or after the state when it comes first («يبقى غامضا …»); undefined when there is none of
 * MIN_SUBJECT_WORDS words.
 */
export function stateSubject(text: string, tokens: readonly Token[], cue: CueMatch): string | undefined {
  const v = stillVerb(text, tokens, cue);
  if (v < 0) return undefined;
  if (STATE_OPENING.has(tokens[v + 1]?.key ?? '')) {
    const after = unknownObject(text, tokens, v + 2);
    return after.split(/\s+/u).length >= MIN_SUBJECT_WORDS ? after : undefined;
  }
  let end = v + 1;
  while (end < tokens.length && !STATE_OPENING.has(tokens[end]?.key ?? '') && !breakBetween(text, tokens, end - 1)) end++;
  if (end - v - 1 < MIN_SUBJECT_WORDS || !STATE_OPENING.has(tokens[end]?.key ?? '')) return undefined;
  return phrase(text, tokens, v + 1, end);
}
