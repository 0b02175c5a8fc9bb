import { isStopword, procliticReadings, tokenise } from '../../text/arabic/index.ts';
import { NEWSROOM_HEADS } from '../words/lexicon.ts';
import { speakerOf } from './attribution-contradictions.ts';
import { claimTerms } from './claim-terms.ts';
import type { CorpusSentence } from './corpus.ts';
import type { CueMatch } from './cue-pattern.ts';
import { denialCues, unnamedCues } from './cues.ts';
import { deniedParts, subjectBefore } from './denied-object.ts';
import { deniedRange, type Denial } from './denials.ts';
import { unnamedMouth } from './unnamed-mouth.ts';

/** How a sentence puts its claim: said by a named mouth, denied, or put in a mouth it leaves unnamed. */
export type ClaimStance = 'asserts' | 'denies' | 'unattributed';

/** The claim one sentence attributes: its stance and who it is put in, as the sentence words them. */
export interface SentenceClaim {
  stance: ClaimStance;
  /** The speaker's words in the sentence («وزارة الداخلية»، «مصدر أمني»), or null when the sentence names none (a denial in the newsroom's voice). */
  speaker: string | null;
}

/**
 * The claim a cited sentence attributes, read by the detectors the open questions use (no detector of its own): a
 * denial cue first (denials.ts, its denier from denied-object.ts), then an unnamed mouth (the unverified questions'
 * cues, unnamed-mouth.ts), then a named speaker after a verb of saying (attribution-contradictions.ts). Null for a
 * sentence told in the newsroom's own voice or credited only to a newsroom («ذكرت الوكالة»): it attributes nothing.
 */
export function sentenceClaim(text: string): SentenceClaim | null {
  const sentence = loneSentence(text);
  const denial = denialCues(sentence.tokens)[0];
  if (denial) return { stance: 'denies', speaker: denier(sentence, denial) };
  const cues = unnamedCues(sentence.tokens);
  for (const cue of cues) {
    // «وفق ما ذكرته الصحيفة»: an outlet passed on, named; no unnamed mouth.
    if (relayed(sentence, cue)) continue;
    const mouth = unnamedMouth(sentence.text, sentence.tokens, cue);
    // unnamedMouth gives the mouth as a slice of the sentence; where it stands is where that slice is found.
    const at = mouth ? sentence.text.indexOf(mouth) : -1;
    return { stance: 'unattributed', speaker: mouth ? beforeWithholding(sentence, { start: at, end: at + mouth.length }, cues) : cueWords(sentence, cue) };
  }
  const named = speakerOf(sentence, []);
  return named ? { stance: 'asserts', speaker: named.phrase } : null;
}

/**
 * The cited sentence read on its own: the claim detectors look only at its text and tokens, never at its place in a
 * corpus, so the corpus fields are left empty.
 */
function loneSentence(text: string): CorpusSentence {
  return { articleIndex: -1, sourceId: '', text, start: 0, tokens: tokenise(text), terms: [], vector: new Map() };
}

/** The denier's words, named before or after the denying verb, or null. */
function denier(sentence: CorpusSentence, cue: CueMatch): string | null {
  const [from, to] = deniedRange(sentence, cue);
  const d: Denial = { sentence, cue, from, to, what: claimTerms(sentence.tokens, from, to), claim: null, claimFrom: 0 };
  // The words between the verb and «أن» are its subject only when they open with a noun: «نفت، في بيان صدر صباح
  // السبت، أن …» holds the denial's time, and the denier then stands before the verb («هيئة المياه نفت …»).
  const after = deniedParts(d).subject;
  const subject = after && !isStopword(sentence.tokens[after[0]]?.key ?? '') ? after : subjectBefore(d);
  if (!subject) return null;
  const first = sentence.tokens[subject[0]];
  const last = sentence.tokens[subject[1] - 1];
  return first && last ? sentence.text.slice(first.start, last.end) : null;
}

/**
 * The mouth's words up to another cue that starts after its noun: «مصدر أمني رفض الكشف عن اسمه» is «مصدر أمني»,
 * the words after it saying how its name was kept back, not who it is.
 */
function beforeWithholding(sentence: CorpusSentence, mouth: { start: number; end: number }, cues: readonly CueMatch[]): string {
  const { tokens, text } = sentence;
  const head = tokens.findIndex((t) => t.start === mouth.start);
  const cut = Math.min(...cues.map((c) => c.from).filter((from) => from > head), tokens.length);
  const last = tokens[cut - 1];
  return text.slice(mouth.start, last && last.end < mouth.end ? last.end : mouth.end);
}

function relayed(sentence: CorpusSentence, cue: CueMatch): boolean {
  const last = sentence.tokens[cue.to - 1]?.key ?? '';
  return procliticReadings(last).some((r) => NEWSROOM_HEADS.has(r));
}

/** A cue that names no mouth noun («شريطة ألا نسميه»): its own words say how the mouth is kept back. */
function cueWords(sentence: CorpusSentence, cue: CueMatch): string | null {
  const first = sentence.tokens[cue.from];
  const last = sentence.tokens[cue.to - 1];
  return first && last ? sentence.text.slice(first.start, last.end) : null;
}
