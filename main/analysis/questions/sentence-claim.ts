import { isComplementiser, isStopword, procliticReadings, tokenise, markBetween } from '../../text/arabic/index.ts';
import { NEWSROOM_HEADS, SAYING_NOUNS, SAYING_VERBS, VERB_NEGATIONS } from '../words/lexicon.ts';
import { speakerOf } from './attribution-contradictions.ts';
import { claimTerms } from './claim-terms.ts';
import type { CorpusSentence } from './corpus.ts';
import type { CueMatch } from './cue-pattern.ts';
import { denialCues, unnamedCues } from './cues.ts';
import { deniedParts, subjectBefore } from './denied-object.ts';
import { deniedRange, type Denial } from './denials.ts';
import { isMouthNoun, mouthNounReading, unnamedMouthRange } from './unnamed-mouth.ts';

/** How a sentence puts its claim: said by a named mouth, denied, or put in a mouth it leaves unnamed. */
export type ClaimStance = 'asserts' | 'denies' | 'unattributed';

/** The claim one sentence attributes: its stance and who it is put in, as the sentence words them. */
export interface SentenceClaim {
  stance: ClaimStance;
  /** The speaker's words in the sentence («وزارة الداخلية»، «مصدر أمني»), or null when the sentence names none (a denial in the newsroom's voice). */
  speaker: string | null;
  /** The speaker's words tell a mouth left unnamed («مصدر في وزارة الداخلية»): no body or person of them is the speaker. */
  unnamed: boolean;
}

type Range = [number, number];

/**
 * The claim a cited sentence attributes, read by the detectors the open questions use (no detector of its own): a
 * denial cue not itself negated («لا ينفي» denies nothing; its denier from denied-object.ts, else the unnamed mouth or
 * the named speaker the sentence puts it in), then an unnamed mouth (the unverified questions' cues,
 * unnamed-mouth.ts), then a named speaker of a verb of saying (attribution-contradictions.ts). Null for a sentence
 * told in the newsroom's own voice or credited only to a newsroom («ذكرت الوكالة»): it attributes nothing.
 */
export function sentenceClaim(text: string): SentenceClaim | null {
  const sentence = loneSentence(text);
  const cues = unnamedCues(sentence.tokens).filter((cue) => !relayed(sentence, cue));
  const denial = denialCues(sentence.tokens).find((cue) => !negated(sentence, cue));
  if (denial) return deniedBy(sentence, denial, cues);
  const cue = cues[0];
  if (cue) return { stance: 'unattributed', speaker: mouthOf(sentence, cue, cues) ?? words(sentence, [cue.from, cue.to]), unnamed: true };
  const named = speakerOf(sentence, []);
  return named ? { stance: 'asserts', speaker: named.phrase, unnamed: false } : null;
}

/**
 * Who a denial is put in: its own denier («قالت الشرطة إن المتظاهرين نفوا»: the protesters, as the police report
 * them; «ونفى مصدر في الوزارة»: an unnamed mouth); when it names none, the unnamed mouth the sentence quotes («نقلت
 * عن مصدر … نفيه»), else the speaker of its verb of saying («قال الجيش إنه ينفي»: the army), else the newsroom's voice.
 */
function deniedBy(sentence: CorpusSentence, denial: CueMatch, cues: readonly CueMatch[]): SentenceClaim {
  const own = denier(sentence, denial);
  if (own) return { stance: 'denies', speaker: words(sentence, own), unnamed: sentence.tokens.slice(own[0], own[1]).some((t) => isMouthNoun(t.key)) };
  const mouth = cues[0] ? (mouthOf(sentence, cues[0], cues) ?? words(sentence, [cues[0].from, cues[0].to])) : null;
  if (mouth) return { stance: 'denies', speaker: mouth, unnamed: true };
  const named = speakerOf(sentence, []);
  return { stance: 'denies', speaker: named?.phrase ?? null, unnamed: false };
}

/**
 * The cited sentence read on its own: the claim detectors look only at its text and tokens, never at its place in a
 * corpus, so the corpus fields are left empty.
 */
function loneSentence(text: string): CorpusSentence {
  return { articleIndex: -1, sourceId: '', text, start: 0, tokens: tokenise(text), terms: [], vector: new Map() };
}

const readsIn = (key: string, set: ReadonlySet<string>): boolean => procliticReadings(key).some((r) => set.has(r));

/** A denying word negated by the particle before it («لا ينفي»، «لم تنف»): the sentence denies nothing. */
function negated(sentence: CorpusSentence, cue: CueMatch): boolean {
  return readsIn(sentence.tokens[cue.from - 1]?.key ?? '', VERB_NEGATIONS);
}

/** A clause mark between two words: an apposition or a new clause starts. */
function markBefore(sentence: CorpusSentence, k: number): boolean {
  const a = sentence.tokens[k - 1];
  const b = sentence.tokens[k];
  return markBetween(sentence.text, a, b, 'quoted');
}

/**
 * The denier's words, named before or after the denying verb, as a token range, or null. Before the verb they start
 * after a verb of saying or a complementiser («قالت الشرطة إن المتظاهرين نفوا»: the protesters), and they end at a
 * clause mark («المتحدث باسم الجيش، العقيد …»: the office, the apposition after it is not its words).
 */
function denier(sentence: CorpusSentence, cue: CueMatch): Range | null {
  const [from, to] = deniedRange(sentence, cue);
  const d: Denial = { sentence, cue, from, to, what: claimTerms(sentence.tokens, from, to), claim: null, claimFrom: 0 };
  // The words between the verb and «أن» are its subject only when they open with a noun: «نفت، في بيان صدر صباح
  // السبت، أن …» holds the denial's time, and the denier then stands before the verb («هيئة المياه نفت …»).
  const after = deniedParts(d).subject;
  const subject = after && !isStopword(sentence.tokens[after[0]]?.key ?? '') ? after : subjectBefore(d);
  if (!subject) return null;
  let [start, end] = subject;
  for (let k = start; k < end; k++) {
    const key = sentence.tokens[k]?.key ?? '';
    if (isComplementiser(key) || readsIn(key, SAYING_VERBS)) start = k + 1;
  }
  for (let k = start + 1; k < end; k++) if (markBefore(sentence, k)) end = k;
  return start < end ? [start, end] : null;
}

/**
 * The mouth's words: its noun without a particle written onto it («لمصدر مطلع» → «مصدر مطلع») and the words that
 * describe it, up to a clause mark, a word of saying («مصدر مطلع قوله»), or another cue that starts after its noun
 * («مصدر أمني رفض الكشف عن اسمه» is «مصدر أمني»: the words after it say how its name was kept back, not who it is).
 */
function mouthOf(sentence: CorpusSentence, cue: CueMatch, cues: readonly CueMatch[]): string | null {
  const { tokens, text } = sentence;
  const range = unnamedMouthRange(text, tokens, cue);
  if (!range) return null;
  const [head, to] = range;
  const denials = denialCues(tokens).map((c) => c.from);
  let end = Math.min(to, ...cues.map((c) => c.from).filter((from) => from > head));
  for (let k = head + 1; k < end; k++) {
    const key = tokens[k]?.key ?? '';
    // «مصدر حكومي لقناة محلية»: the outlet told, with its «ل», is not the mouth; «نفيه» is what the mouth did.
    const toOutlet = procliticReadings(key).some((r) => r !== key && NEWSROOM_HEADS.has(r));
    if (markBefore(sentence, k) || readsIn(key, SAYING_VERBS) || readsIn(key, SAYING_NOUNS) || toOutlet || denials.includes(k)) end = k;
  }
  const first = tokens[head];
  const last = tokens[Math.max(head, end - 1)];
  if (!first || !last) return null;
  // The particle written onto the noun is cut when the word is written as its key is (no marks inside it).
  const noun = mouthNounReading(first.key);
  const surface = text.slice(first.start, first.end);
  const cut = noun && surface.length === first.key.length ? first.key.length - noun.length : 0;
  return text.slice(first.start + cut, last.end);
}

function relayed(sentence: CorpusSentence, cue: CueMatch): boolean {
  const last = sentence.tokens[cue.to - 1]?.key ?? '';
  return procliticReadings(last).some((r) => NEWSROOM_HEADS.has(r));
}

/** The sentence's words over a token range («شريطة ألا نسميه»: a cue that names no mouth noun says how it is kept back). */
function words(sentence: CorpusSentence, [from, to]: Range): string | null {
  const first = sentence.tokens[from];
  const last = sentence.tokens[to - 1];
  return first && last ? sentence.text.slice(first.start, last.end) : null;
}
