import { isComplementiser, normalise, procliticReadings, type Token, markBetween } from '../../text/arabic/index.ts';
import type { DateMention } from '../../text/dates/index.ts';
import { contentTerms, countShared } from '../summary/bag-of-words.ts';
import { ACCORDING_TO, NEWSROOM_HEADS, RELAYING_VERBS, SAYING_VERBS, UNNAMED_MOUTHS } from '../words/lexicon.ts';
import { isDefinite } from '../words/sentence-tokens.ts';
import { eventSentences, type Corpus, type CorpusSentence } from './corpus.ts';
import type { Draft } from './draft.ts';
import { sentenceLabel } from './source-label.ts';

/**
 * One claim put in two mouths (issue 14: "claims that sources attribute differently"): two sources that the summary
 * grouped into one event tell the same claim, and one says «أعلنت وزارة الدفاع» where the other says «قال الجيش».
 * Who said it is how an analyst weighs it, so the brief asks, naming each speaker with the source that gives it.
 *
 * Deliberately narrow, since two speakers of one event are most often two true statements (a minister and his
 * spokesman): a speaker is a phrase after a verb of saying or an attribution word, never an unnamed mouth (the
 * unverified questions ask about those), never a newsroom («ذكرت وكالة …»: a wire's credit, not the claim's
 * speaker); the two sentences must tell the same claim (a figure in common, or most of their claim's words), and the
 * two speakers share no word («وزارة الصحة» / «وزير الصحة» are one side). One question per event.
 */
export function attributionContradictions(
  corpus: Corpus,
  dates: (s: CorpusSentence) => readonly DateMention[],
  events: readonly (readonly { sourceId: string; quote: string }[])[],
): Draft[] {
  if (events.length === 0) return [];
  const label = (s: CorpusSentence): string => sentenceLabel(corpus, s);
  const out: Draft[] = [];
  for (const cited of eventSentences(corpus, events)) {
    const told = cited
      .flatMap((s) => {
        const speaker = speakerOf(s, dates(s));
        return speaker ? [{ s, ...speaker }] : [];
      });
    const pair = firstClash(told);
    if (!pair) continue;
    const [a, b] = pair;
    out.push({
      kind: 'contradiction',
      text: `من مصدر الخبر نفسه: «${a.phrase}» بحسب ${label(a.s)}، أم «${b.phrase}» بحسب ${label(b.s)}؟`,
      evidence: [a.s, b.s],
    });
  }
  return out;
}

interface Told {
  s: CorpusSentence;
  /** The speaker as the sentence writes it. */
  phrase: string;
  /** The speaker's content terms: two speakers sharing one are one side. */
  speakerTerms: ReadonlySet<string>;
  /** The claim's content terms (the sentence without its speaker) and its figures. */
  claimTerms: ReadonlySet<string>;
  figures: ReadonlySet<string>;
}

/** The first two sentences of different sources telling one claim with speakers that share no word. */
function firstClash(told: readonly Told[]): [Told, Told] | null {
  for (let i = 0; i < told.length; i++) {
    for (let j = i + 1; j < told.length; j++) {
      const a = told[i];
      const b = told[j];
      if (!a || !b || a.s.sourceId === b.s.sourceId) continue;
      if (countShared(a.speakerTerms, b.speakerTerms) > 0 || !sameClaim(a, b)) continue;
      return [a, b];
    }
  }
  return null;
}

// A claim in common: a figure both give, or at least three claim words and more than a third of the smaller claim.
const CLAIM_WORDS = 3;
const CLAIM_SHARE = 1 / 3;

function sameClaim(a: Told, b: Told): boolean {
  if (countShared(a.figures, b.figures) > 0) return true;
  const n = countShared(a.claimTerms, b.claimTerms);
  return n >= CLAIM_WORDS && n > CLAIM_SHARE * Math.min(a.claimTerms.size, b.claimTerms.size);
}

const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).map(normalise));

/** Words that end the speaker's phrase: the claim, its time or its place begins. */
const PHRASE_ENDS = wordSet('في خلال عن على إلى الى أمس اليوم مساء صباح الليلة بعد قبل لدى عقب حول ما مع');
const MAX_SPEAKER_WORDS = 5;
const ON_BEHALF = normalise('باسم');
// A sentence's speaker is named near its verb or attribution word: early in it, as news writes it.
const MAX_VERB_AT = 12;

function readsIn(key: string, set: ReadonlySet<string>): boolean {
  return procliticReadings(key).some((r) => set.has(r));
}

/** The sentence's named speaker and its claim's terms, or null when it names none this way (an event's claims read it too). */
export function speakerOf(s: Pick<CorpusSentence, 'text' | 'tokens'>, dates: readonly DateMention[]): Omit<Told, 's'> | null {
  const { tokens, text } = s;
  for (let i = 0; i < Math.min(tokens.length, MAX_VERB_AT); i++) {
    const key = tokens[i]?.key ?? '';
    const relayed = readsIn(key, RELAYING_VERBS) ? relayedFrom(tokens, i + 1) : -1;
    if (!readsIn(key, SAYING_VERBS) && !readsIn(key, ACCORDING_TO) && relayed < 0) continue;
    // «نقلت الوكالة عن الوزير أن …»: the speaker is the one the claim is passed on from; else the verb's subject,
    // after it or, when a complementiser follows the verb, before it («مدير المستشفى، خالد العمري، قال إن …»).
    const from = relayed >= 0 ? relayed : i + 1;
    let start = from;
    let end = phraseEnd(text, tokens, from);
    if (end === from && relayed < 0 && i > 0 && isComplementiser(tokens[i + 1]?.key ?? '')) [start, end] = [0, phraseEnd(text, tokens, 0)];
    if (end === start || (start === 0 && end > i)) continue;
    const head = tokens[start]?.key ?? '';
    if (readsIn(head, UNNAMED_MOUTHS) || readsIn(head, NEWSROOM_HEADS)) return null;
    const first = tokens[start];
    const last = tokens[end - 1];
    if (!first || !last) return null;
    const phrase = text.slice(first.start, last.end);
    const speakerTerms = new Set(contentTerms(phrase));
    if (speakerTerms.size === 0) return null;
    const claim = text.slice(0, tokens[i]?.start ?? 0) + ' ' + text.slice(last.end);
    return { phrase, speakerTerms, claimTerms: new Set(contentTerms(claim)), figures: figuresOf(s, dates) };
  }
  return null;
}

// How far after «نقل» its «عن» may stand: the relaying outlet's name between them («نقلت وكالة الأنباء العراقية عن»).
const MAX_RELAY_WORDS = 6;
const FROM = normalise('عن');

/** The token after the «عن» that follows a relaying verb at `from`, or -1 when none stands near. */
function relayedFrom(tokens: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + MAX_RELAY_WORDS); k++) if (tokens[k]?.key === FROM) return k + 1;
  return -1;
}

/** The sentence's figures of two digits or more, leaving out dates' days and years: two sources of one event share its date. */
function figuresOf(s: Pick<CorpusSentence, 'tokens'>, dates: readonly DateMention[]): ReadonlySet<string> {
  const inDate = (t: Token): boolean => dates.some((d) => d.start <= t.start && t.end <= d.end);
  return new Set(s.tokens.filter((t) => /^\d{2,}$/u.test(t.key) && !inDate(t)).map((t) => t.key));
}

/**
 * Where the speaker's phrase from `from` ends (exclusive): at a complementiser, a clause mark, an ending word, or an
 * indefinite word after a definite one — a body's name is a construct closed by its definite genitive («نقابة البحارة»),
 * and what follows without the article begins the claim («… توقف الملاحة»). A person's name after an office is cut
 * so too («وزير الخارجية»): the office is speaker enough to tell two mouths apart.
 */
function phraseEnd(text: string, tokens: readonly Token[], from: number): number {
  let k = from;
  let definite = false;
  while (k < tokens.length && k < from + MAX_SPEAKER_WORDS) {
    const t = tokens[k];
    if (!t || isComplementiser(t.key) || PHRASE_ENDS.has(t.key) || /^\d/u.test(t.key)) break;
    // «للحماية»: «ل» on the article, a genitive of the same name («المديرية العامة للحماية المدنية»).
    const withArticle = isDefinite(t.key);
    // «المتحدث باسم الجيش»: «باسم» and the body after it continue the office.
    if (definite && !withArticle && !(t.key === ON_BEHALF && isDefinite(tokens[k + 1]?.key ?? ''))) break;
    definite ||= withArticle;
    k++;
    const next = tokens[k];
    if (markBetween(text, t, next, 'opening')) break;
  }
  return k;
}
