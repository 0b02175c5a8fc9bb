import { agreeing } from '../../text/arabic/noun-gender.ts';
import { DEMONSTRATIVES } from '../../text/arabic/demonstratives.ts';
import { isStopword, normalise, hasMark, markBetween, procliticReadings } from '../../text/arabic/index.ts';
import { SAYING_VERBS } from '../words/lexicon.ts';
import { namesNoClaim } from './claim-shape.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import { isHeadline } from './denial-headlines.ts';
import type { Denial } from './denials.ts';
import type { Draft } from './draft.ts';
import { deniedParts, denyingVerb, pointsBack } from './denied-object.ts';
import { clauseFrom, phrase, snippet, thatCarriesPronoun, thatClause } from './snippet.ts';
import { sentenceLabel } from './source-label.ts';

// A denial deep in a long sentence is quoted from the start of its clause, up to where its content ends.
const LONG_LEAD = 8;
// A counter-report is asked whole up to this many words: its subject alone (a list of names) is no claim.
const COUNTER_WORDS = 24;


/** The denial as its source words it, up to where its content ends; from its clause's start when it lies deep. */
export function denialQuote(d: Denial): string {
  const s = d.sentence;
  let from = 0;
  if (d.cue.from > LONG_LEAD) {
    for (let i = d.cue.from; i > 0; i--) {
      const prev = s.tokens[i - 1];
      const tok = s.tokens[i];
      if (markBetween(s.text, prev, tok, 'phrase')) {
        from = i;
        break;
      }
    }
  }
  const end = Math.max(d.to, d.cue.to);
  const quote = snippet(s.text, s.tokens, from, Math.min(20, end - from));
  return from > 0 ? `…${quote}` : quote;
}

// «أن تكون العبارة قد حملت …»: «كان» after «أن» only carries the denial's mood; the claim reads «أن العبارة قد حملت …».
const BE = /^(?:يكون|تكون|يكونوا|تكونا|يكونا) /u;
// A denied object longer than this, or holding a clause break, is the denial's parse gone wide (its subject or a
// second clause in it): the claim is then named by the asserting source's words.
const MAX_NAMED = 16;
// An object that opens on what was said or published («أن القول بـ… ادعاء»، «ما تداولته المواقع …») names the report
// and the denier's verdict on it, not the claim.
const REPORTED = /^(?:القول|الحديث|الادعاء|الأنباء|الانباء|الأخبار|الاخبار|التقارير|ما)(?:\s|$)/u;

/**
 * The claim a denial names as a question: «هل صحيح أن …؟» when the denied object is a «أن» clause, «ما الصحيح في
 * «…»؟» when it is a noun phrase, or null when it is too short or too long to name the claim.
 */
function namedClaim(object: string, that: boolean): string | null {
  const words = object.split(/\s+/u).length;
  if (words < 3 || words > MAX_NAMED || hasMark(object, 'phrase') || REPORTED.test(object)) return null;
  // «تلقي أي بلاغ من هذا النوع»: a demonstrative points back to the claim told before, which the object does not say
  // (nor whose act its verbal noun is); the claim is named by the asserting source's words (rev25 leftovers, mendV 3).
  if (object.split(/\s+/u).some((w) => DEMONSTRATIVES.has(normalise(w)))) return null;
  return that ? `هل صحيح أن ${object.replace(BE, '')}؟` : `ما الصحيح في «${object}»؟`;
}

/**
 * A claim told by a named speaker whose «أن» clause lies past an aside («قال القبطان فلان، في أول تصريح له …، إنه
 * «أبلغ الشركة مرارا …»»): the verb and its speaker up to the first clause mark, «…» for the aside, then the clause
 * from its «أن». A snippet from the sentence's start would end inside the aside, before anything is claimed (rev25
 * leftovers, mendV 3). Null when no verb of saying stands before the clause, or no mark ends its speaker.
 */
function reportQuote(claim: CorpusSentence, from: number, clause: number): string | null {
  const { text, tokens } = claim;
  const verb = tokens.findIndex((t, i) => i >= from && i < clause - 1 && procliticReadings(t.key).some((r) => SAYING_VERBS.has(r)));
  if (verb < 0) return null;
  for (let k = verb + 2; k < clause - 1; k++) {
    if (markBetween(text, tokens[k - 1], tokens[k], 'phrase')) return `${phrase(text, tokens, verb, k)} … ${clauseFrom(text, tokens, clause - 1)}`;
  }
  return null;
}

/**
 * The question asking whether a claim is true: the denied claim named by the denial's own object (not a whole
 * sentence pasted), who asserts it in which words and who denies it, the verbs agreeing with each source's head noun.
 */
function claimQuestion(corpus: Corpus, claim: CorpusSentence, from: number, deniers: string, head: Denial): string {
  const clause = thatClause(claim.tokens, from);
  const asserts = sentenceLabel(corpus, claim);
  const { object, verb, subject, that } = deniedWords(head);
  const reported = clause >= from + 6 ? reportQuote(claim, from, clause) : null;
  const quoted = reported ?? snippet(claim.text, claim.tokens, from);
  // A clause of «إنه …» lost its subject with the pronoun: the claim is quoted with its speaker («قال القبطان إنه …»).
  const near = clause >= 0 && clause < from + 6 && !thatCarriesPronoun(claim.tokens, clause);
  const said = near ? `أن ${clauseFrom(claim.text, claim.tokens, clause)}` : `«${quoted}»`;
  const named = namedClaim(object, that);
  if (asserts === deniers) {
    const question = named ?? (near ? `هل صحيح أن ${snippet(claim.text, claim.tokens, clause)}؟` : `هل يصح ما ورد: «${quoted}»؟`);
    return `${question} يرد ذلك في ${asserts}، ويرد ${agreeing(asserts, 'فيها', 'فيه')} نفيه: «${denialQuote(head)}»`;
  }
  if (!named) return `هل يصح ما ورد: ${said}؟ ${agreeing(asserts, 'تؤكد', 'يؤكد')} ذلك ${asserts}، و${agreeing(deniers, 'تنفيه', 'ينفيه')} ${deniers}: «${denialQuote(head)}»`;
  const denial = verb && subject ? `${verb} ${subject} ذلك بحسب ${deniers}` : `${agreeing(deniers, 'تنفيه', 'ينفيه')} ${deniers}`;
  return `${named} ${agreeing(asserts, 'تورد', 'يورد')} ${asserts}: ${said}، و${denial}`;
}

// «أن» and its forms before a denied clause: the object is then a clause, asked «هل صحيح أن …».
const THAT = new Set(['ان', 'بان', 'وان']);
// Words a phrase read as the denier may open with that make it an adverbial, not a subject («نفت، في بيان …، أن»).
const NOT_SUBJECT = new Set(['في', 'خلال', 'عبر', 'من', 'الي', 'علي', 'عن', 'امس', 'اليوم']);

/** What a denial denies, in its source's words, and who denies it when named after the verb («نفت الحكومة …»). */
function deniedWords(d: Denial): { object: string; verb: string | null; subject: string | null; occasion: string | null; that: boolean; any: boolean } {
  const { subject, object, occasion, any } = deniedParts(d);
  const { text, tokens } = d.sentence;
  const named = subject && !NOT_SUBJECT.has(tokens[subject[0]]?.key ?? '') ? subject : null;
  return {
    occasion: occasion ? phrase(text, tokens, occasion[0], occasion[1]) : null,
    object: phrase(text, tokens, object[0], object[1]),
    verb: denyingVerb(d),
    subject: named ? phrase(text, tokens, named[0], named[1]) : null,
    that: THAT.has(tokens[object[0] - 1]?.key ?? ''),
    any: any === true,
  };
}

/**
 * A denial its own sentence sets a report against («رغم نفيه …، إلا أن قناة … نقلت …»): whether the report holds,
 * who reports it and what is denied against it, by whom when the sentence names them.
 */
function counterQuestion(corpus: Corpus, d: Denial): string {
  const s = d.sentence;
  const { object, subject } = deniedWords(d);
  const clause = thatClause(s.tokens, d.claimFrom);
  const source = sentenceLabel(corpus, s);
  const denial = `نفي ${subject ? `${subject} ` : ''}«${object}»`;
  const tells = agreeing(source, 'تورد', 'يورد');
  if (clause < 0 || clause <= d.claimFrom + 1) return `هل يصح ما ${agreeing(source, 'تورده', 'يورده')} ${source}: «${clauseFrom(s.text, s.tokens, d.claimFrom)}»؟ و${tells} في مقابله ${denial}`;
  // The report's teller, up to its «أن»: who the source says asserts it.
  const teller = phrase(s.text, s.tokens, d.claimFrom, clause - 1);
  return `هل صحيح أن ${clauseFrom(s.text, s.tokens, clause, COUNTER_WORDS)}؟ ${agreeing(source, 'تنقل', 'ينقل')} ${source}: «${teller}»، و${tells} في مقابله ${denial}`;
}

// What is denied names a claim only with this many words, at least two of them words of content (not particles).
const CLAIM_WORDS = 2;
const CLAIM_CONTENT = 2;

// A kind denied with a negative-polarity «أي» («نفت الشركة أي حمولة زائدة») is told by other sources in words of
// their own («كانت تحمل نحو ٤١٠ ركاب»): the search for a claim by the kind's name proves nothing unless it has this
// many content words to match, and «no source confirms it» would be said falsely.
const ANY_CONTENT = 3;

/** Whether a denied object is a claim one can ask about: a few words, some of them content, not a loose fragment. */
function namesClaim(object: string, any = false): boolean {
  const words = object.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const content = words.filter((w) => normalise(w).length > 2 && !isStopword(normalise(w)));
  return words.length >= CLAIM_WORDS && content.length >= (any ? ANY_CONTENT : CLAIM_CONTENT);
}

/**
 * A denial of something no source of the selection asserts: what is denied in the source's words, who denies it
 * and in which sources, and that no source says otherwise.
 */
function unassertedQuestion(d: Denial, deniers: string, unsure: boolean): string | null {
  const { object, verb, subject, occasion, that, any } = deniedWords(d);
  // A fragment («مجددا أي») names no claim to ask who makes: no question rather than a garbled one (rev25 finding 5);
  // nor does a short kind after «أي», whose search for a carrier proves nothing (ANY_CONTENT).
  if (!namesClaim(object, any)) return null;
  // A denied «أن» clause is said as one («من يقول بأن أي مريض قد رد …»), «تكون» of its mood aside.
  const claim = that && BE.test(object) ? `بأن ${object.replace(BE, '')}` : object.startsWith('ب') ? `«${object}»` : `بـ«${object}»`;
  const denied = verb && subject ? `${verb} ${subject} ذلك بحسب ${deniers}` : `يرد نفيه في ${deniers}`;
  // The report that occasioned the denial is all the selection says of the other side: it is named, unsourced.
  const occasioned = occasion ? `، ${occasion.replace(/[،,]\s*$/u, '')}` : '';
  // Another sentence tells the denied act in words of its own: who denies it is all that can be said surely.
  if (unsure) return `من يقول ${claim}؟ ${denied}${occasioned}`;
  return `من يقول ${claim}؟ ${denied}${occasioned}، ولا يؤكده أيٌّ من المصادر المختارة`;
}

/**
 * The question a group of denials raises: with a claim, whether it is true, who asserts and who denies it (or,
 * when the claim is the denial's own counter-clause, which of the two holds); without one, who says what is
 * denied. Its evidence is every denial of the group, then the claim.
 */
export function deniedQuestion(corpus: Corpus, group: readonly Denial[]): Draft | null {
  // The denial as the source words it (its object alone would lose who denies); the fullest of the group.
  const head = group.find((g) => !isHeadline(corpus, g.sentence)) ?? (group[0] as Denial);
  const deniers = [...new Set(group.map((g) => sentenceLabel(corpus, g.sentence)))].join(' و');
  // A short kind denied after «أي» is matched by any sentence naming the kind, asserting it or not («إن ثبتت الحمولة
  // الزائدة …»), and missed by those that tell it in their own words: no question rather than a false pairing.
  const words = deniedWords(head);
  if (words.any && !namesClaim(words.object, true)) return null;
  // What is denied is only a name, a pointer or a time («ضياء عبد الرزاق ذلك»، «فهد آل زيدان الأسبوع الماضي»): the
  // parse found no claim, and any pairing or wording made of it reads as broken Arabic. A pointer alone («نفى الجيش
  // ذلك») is the sentence before it, which the search took as the claim.
  if (namesNoClaim(words.object) && !pointsBack(head)) return null;
  const withClaim = group.find((g) => g.claim !== null);
  const claim = withClaim?.claim ?? null;
  let text: string;
  if (!withClaim || !claim) {
    const asked = unassertedQuestion(head, deniers, group.some((g) => g.unsure === true));
    if (asked === null) return null;
    text = asked;
  }
  else if (claim === withClaim.sentence) text = counterQuestion(corpus, withClaim);
  else text = claimQuestion(corpus, claim, withClaim.claimFrom, deniers, head);
  const asserted = claim && !group.some((g) => g.sentence === claim) ? claim : null;
  const evidence = [...group.map((g) => g.sentence), ...(asserted ? [asserted] : [])];
  return { kind: 'denied' as const, text, evidence, ...(asserted ? { deniedClaim: asserted } : {}) };
}
