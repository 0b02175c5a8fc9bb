import { isStopword, markBetween, THIRD_PERSON_ENCLITICS } from '../../text/arabic/index.ts';
import { DEMONSTRATIVES } from '../../text/arabic/demonstratives.ts';
import { agreeing } from '../../text/arabic/noun-gender.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import type { CueMatch } from './cue-pattern.ts';
import { cosine } from '../summary/tfidf.ts';
import type { Draft } from './draft.ts';
import { groupByCandidates } from './greedy-groups.ts';
import { sentenceLabel } from './source-label.ts';
import { snippet } from './snippet.ts';
import { hedgeCues, unnamedCues, UNKNOWN_BEFORE, UNKNOWN_STATE } from './cues.ts';
import { settlingVerb, stillHiddenSubject } from './disclosure-cues.ts';
import { namesNothing, objectStart, unknownObject } from './unknown-object.ts';
import { pronounAntecedent } from './pronoun-antecedent.ts';
import { stateSubject } from './state-subject.ts';
import { findCues } from './cue-pattern.ts';
import { unverifiedPriority } from './rank-unverified.ts';
import { unnamedMouth } from './unnamed-mouth.ts';
import type { UnverifiedDraft } from './unverified-fold.ts';
import { unverifiedClaim } from './unverified-claim.ts';

// Who a claim is put in when its cue names no mouth («شريطة ألا نسميه»، «من مصادرها الخاصة»).
const UNNAMED_SOURCE = 'مصدر لا تسمّيه';

// Two flagged sentences in different sources state the same claim when their TF-IDF cosine reaches this.
const SAME_CLAIM = 0.5;

interface Flagged {
  sentence: CorpusSentence;
  cue: CueMatch;
}

function cueText(s: CorpusSentence, cue: CueMatch): string {
  const a = s.tokens[cue.from];
  const b = s.tokens[cue.to - 1];
  return a && b ? s.text.slice(a.start, b.end) : '';
}


function labels(corpus: Corpus, group: readonly Flagged[]): string {
  return [...new Set(group.map((f) => sentenceLabel(corpus, f.sentence)))].join(' و');
}

function grouped(corpus: Corpus, flagged: Flagged[]): Flagged[][] {
  // Flagged sentences by corpus index, for the candidates the similarity index gives.
  const at = new Map<number, number[]>();
  flagged.forEach((f, i) => {
    const k = corpus.indexOf.get(f.sentence) ?? -1;
    at.set(k, [...(at.get(k) ?? []), i]);
  });
  return groupByCandidates(
    flagged,
    (i) => {
      const s = flagged[i]?.sentence;
      return s ? corpus.similar.candidates(s.vector, SAME_CLAIM).flatMap((k) => at.get(k) ?? []) : [];
    },
    (a, b) => a.sentence.articleIndex !== b.sentence.articleIndex && cosine(a.sentence.vector, b.sentence.vector) >= SAME_CLAIM,
  );
}

/**
 * Unverified claims (§5.2): sentences resting on unnamed sources or hedged. One draft per claim (the same claim
 * carried by several sources is grouped), naming who it is put in and what it says; foldUnverified gathers the
 * drafts of the same sources and ground into one question once the claims asked otherwise are set aside.
 */
export function unverifiedQuestions(corpus: Corpus): UnverifiedDraft[] {
  const flagged: (Flagged & { hedge: boolean })[] = [];
  for (const s of corpus.sentences) {
    const unnamed = unnamedCues(s.tokens)[0];
    const hedge = hedgeCues(s.tokens)[0];
    const cue = unnamed ?? hedge;
    if (cue) flagged.push({ sentence: s, cue, hedge: unnamed === undefined });
  }
  return grouped(corpus, flagged).map((group) => {
    const head = group[0] as Flagged & { hedge: boolean };
    const s = head.sentence;
    // The mouth as the text describes it: the outlet passed on («وفق ما ذكرته الصحيفة»); a cue that names none (a name
    // kept back, a newsroom's own sources) an unnamed source.
    const outlet = s.tokens[head.cue.to - 1];
    const relayed = /(?:الصحيفه|الوكاله|القناه|الموقع|المجله)$/.test(outlet?.key ?? '');
    // A hedge is named by its words, without the «و» that joins its sentence to the one before («ومن المرجح»).
    const mouth = head.hedge
      ? cueText(s, head.cue).replace(/^[وف](?=\S\S)/u, '')
      : relayed && outlet
        ? s.text.slice(outlet.start, outlet.end)
        : (unnamedMouth(s.text, s.tokens, head.cue) ?? UNNAMED_SOURCE);
    const claim = unverifiedClaim(s.text, s.tokens, head.cue, head.hedge);
    const parts = { sources: labels(corpus, group), mouth, claim, hedge: head.hedge };
    const evidence = group.map((f) => f.sentence);
    const first = s.tokens[head.cue.from]?.key ?? '';
    const ranking = {
      unnamed: !head.hedge,
      relayed,
      speculative: head.hedge && /^[وف]?قد$|^من$/.test(first),
    };
    return { kind: 'unverified' as const, evidence, priority: unverifiedPriority(corpus, evidence, ranking), unnamed: !head.hedge, parts };
  });
}

const INTERROGATIVES = new Set(['من', 'متي', 'كيف', 'اين', 'لماذا', 'ماذا', 'ما', 'هل', 'كم', 'اي', 'ايه']);
// A negation that «إلا» takes up restricts instead of denying: «لم ينته الإضراب إلا بتدخل الحكومة» (it ended only with
// …), «لم يُعرف الخبر إلا بعد أسبوع» (it became known only after …) say what happened, not what is unknown. «إلا» within
// this many words after the cue, in its clause, makes the cue an exceptive one.
const EXCEPTIVE = new Set(['الا', 'والا']);
const EXCEPTIVE_WORDS = 4;

/** Whether «إلا» follows the cue in its clause within EXCEPTIVE_WORDS words: a restriction, not a negation. */
function exceptive(s: CorpusSentence, c: CueMatch): boolean {
  for (let i = c.to; i < Math.min(s.tokens.length, c.to + EXCEPTIVE_WORDS); i++) {
    const tok = s.tokens[i];
    const prev = s.tokens[i - 1];
    if (!tok || markBetween(s.text, prev, tok, 'phraseOrStop')) return false;
    if (EXCEPTIVE.has(tok.key)) return true;
  }
  return false;
}

// Independent pronouns: a question's second alternative made of one («أين ذهبوا أو هم الآن») has lost its question word.
const PRONOUNS = new Set(['هو', 'هي', 'هم', 'هما', 'هن']);
// Question words that an alternative repeats («أين ذهبوا أو أين هم»); not «هل», whose «أو» joins two answers.
const REPEATED = new Set(['متي', 'كيف', 'اين', 'لماذا']);

/**
 * A question from `from` (its question word) with the question word put back before an alternative that lost it:
 * «أين ذهبوا أو هم الآن» reads «أين ذهبوا، أو أين هم الآن», as the speaker meant it.
 */
function alternatives(s: CorpusSentence, from: number, question: string): string {
  // «من أين»: the question word repeated is «أين», the question read from «من».
  const start = s.tokens[from];
  const word = start?.key === 'من' ? s.tokens[from + 1] : start;
  if (!start || !word || !REPEATED.has(word.key)) return question;
  const at = s.tokens.findIndex((t, i) => i > from && t.key === 'او' && PRONOUNS.has(s.tokens[i + 1]?.key ?? ''));
  const or = s.tokens[at];
  const pronoun = s.tokens[at + 1];
  // The snippet is cut from the text at its first word: offsets from it hold in the question.
  if (!or || !pronoun || pronoun.start - start.start > question.length) return question;
  const before = question.slice(0, or.start - start.start).trimEnd();
  return `${before}، أو ${word.text} ${question.slice(pronoun.start - start.start)}`;
}

// The pronoun suffixes a verb's object or subject takes («يفتحها»، «ذهبوا»): such a verb names nothing by itself.
// The text layer's third-person enclitics and the plural subject «ـوا», which is no enclitic; not the first- and
// second-person ones («ـي»، «ـك»، «ـنا»): many a bare verb ends in those letters («ينتهي»، «يملك»), and the persons
// a news question is about are third persons.
const PRONOUN_SUFFIX = new RegExp(`(?:${[...THIRD_PERSON_ENCLITICS, 'وا'].join('|')})$`, 'u');

/**
 * Whether what a question word at `from` asks about is one verb alone, its persons only pronouns («كيف يفتحها»،
 * «أين ذهبوا»), up to where the clause ends.
 */
function pronounOnly(s: CorpusSentence, from: number): boolean {
  const verb = s.tokens[from + 1];
  const next = s.tokens[from + 2];
  const ends = next === undefined || markBetween(s.text, verb, next, 'phraseOrStop');
  return verb !== undefined && ends && PRONOUN_SUFFIX.test(verb.key);
}

/**
 * A negated verb of settling as the question asks it: the jussive after «لم» made indicative («لم ينته» → «ينتهي»،
 * «لم يتفقوا» → «يتفقون»); the others read alike in both moods («تُحسم»، «تكتمل»).
 */
function unsettled(verb: string): string {
  if (/نته$/u.test(verb)) return `${verb}ي`;
  return verb.replace(/وا$/u, 'ون');
}

/**
 * What the sources themselves say is not known. Where the unknown follows the cue («لم يتضح عدد القتلى»، «لسنا
 * متأكدين من أين ذهبوا») the question asks for it («ما عدد القتلى؟»); otherwise it quotes the passage.
 */
export function unknownQuestions(corpus: Corpus): Draft[] {
  const flagged: (Flagged & { after: boolean; state: boolean })[] = [];
  for (const s of corpus.sentences) {
    // A name kept back («لم يكشف عن اسمه») is an unnamed source, asked about as unverified.
    const unnamed = unnamedCues(s.tokens);
    const overlaps = (c: CueMatch): boolean => unnamed.some((u) => c.from < u.to && u.from < c.to);
    const before = findCues(s.tokens, UNKNOWN_BEFORE).find((c) => !overlaps(c) && !exceptive(s, c));
    const state = findCues(s.tokens, UNKNOWN_STATE).find((c) => !overlaps(c));
    const cue = before ?? state;
    // A state of not knowing may take what is unknown after it, as a question of its own («لسنا متأكدين من
    // أين ذهبوا»، «غير متأكد مما إذا …»): asked as the cues before their object are.
    // A state whose subject is what is hidden («ويظل مآل الأموال معلقا، ما دام …») asks for its subject, whatever follows.
    const asks = (c: CueMatch): boolean =>
      (INTERROGATIVES.has(s.tokens[c.to]?.key ?? '') || ['مما', 'بما'].includes(s.tokens[c.to]?.key ?? '')) && stillHiddenSubject(s.tokens, c) === undefined;
    if (cue) flagged.push({ sentence: s, cue, after: cue.to < s.tokens.length && (cue === before || asks(cue)), state: cue !== before });
  }
  return grouped(corpus, flagged).flatMap((group): Draft[] => {
    const head = group[0] as Flagged & { after: boolean; state: boolean };
    const s = head.sentence;
    const who = labels(corpus, group);
    let text: string;
    const next = s.tokens[head.cue.to];
    if (head.after && next) {
      const second = s.tokens[head.cue.to + 1];
      // After a state «من» is the preposition unless a question word follows («من أين»): «متأكدين من صحة الخبر» asks
      // «ما صحة الخبر»، «متأكدين مما إذا» asks «هل».
      const of = head.state && next.key === 'من' && second !== undefined && !INTERROGATIVES.has(second.key);
      // What is unknown begins past «عن» and an adverbial of time («لم يعلن حتى ساعة كتابة هذا الخبر موعد …»).
      const start = objectStart(s.tokens, head.cue.to + Number(of));
      // «لم يعرف أحد كيف يفتحها»: one word of the verb's own subject before the question word is no part of what is
      // unknown; the question starts at the question word (rev25 finding 5: «ما أحد كيف يفتحها؟»).
      const from = !INTERROGATIVES.has(s.tokens[start]?.key ?? '') && INTERROGATIVES.has(s.tokens[start + 1]?.key ?? '') && s.tokens[start + 1]?.key !== 'من' ? start + 1 : start;
      const word = s.tokens[from];
      const after = s.tokens[from + 1];
      // «ولم يتسن التحقق من هذا الرقم …»: what is unknown named by a demonstrative is the sentence before's, which
      // the question cannot name; no question rather than «ما هذا الرقم …؟».
      if (word && DEMONSTRATIVES.has(word.key)) return [];
      const object = (at: number): string => unknownObject(s.text, s.tokens, at);
      // An attribution alone or a subject with a bare object after the cue names nothing to ask for (namesNothing).
      if (namesNothing(object(from))) return [];
      const settling = settlingVerb(s.tokens, head.cue);
      if (of) text = `ما ${object(from)}؟ (لم يُعرف بعد بحسب ${who})`;
      else if (word && (word.key === 'ما' || word.key === 'مما' || word.key === 'بما') && after?.key === 'اذا') text = `هل ${object(from + 2)}؟ (لم يتضح بعد بحسب ${who})`;
      else if (word && INTERROGATIVES.has(word.key)) {
        // A question whose verb says its subject only as a pronoun («من أين ذهبوا») names whom it asks about.
        const whom = pronounAntecedent(corpus, s, from);
        // «لم يعرف أحد كيف يفتحها»: a question word and one verb whose objects are pronouns, nobody named, asks of
        // nothing the analyst can read; no question rather than «كيف يفتحها؟».
        if (!whom && pronounOnly(s, from)) return [];
        text = `${whom ? `${whom}: ` : ''}${alternatives(s, from, object(from))}؟ (لم يتضح بعد بحسب ${who})`;
      } else if (settling >= 0) text = `متى ${unsettled(s.tokens[settling]?.text ?? '')} ${object(from)}؟ (لم يُحسم بعد بحسب ${who})`;
      else text = `ما ${object(from)}؟ (لم يُعرف بعد بحسب ${who})`;
    } else {
      // «مسلحون مجهولون»، «أسباب غير معروفة»: what is unknown is the noun the state describes; the question names it.
      const noun = head.state ? s.tokens[head.cue.from - 1] : undefined;
      const last = s.tokens[head.cue.to - 1];
      // «ولا يزال مصير المفقودين مجهولا»: what is unknown is the subject of «لا يزال»; the question asks for it.
      const subject = head.state ? stillHiddenSubject(s.tokens, head.cue) : undefined;
      // «وما زال سبب اندلاع الحريق غير معروف»، «ويبقى غامضا حجم الكميات …»: the still-verb's subject is asked for.
      const still = head.state && !subject ? stateSubject(s.text, s.tokens, head.cue) : undefined;
      if (subject) text = `ما ${cueText(s, subject)}؟ (لم يُعرف بعد بحسب ${who})`;
      else if (still) text = `ما ${still}؟ (لم يُعرف بعد بحسب ${who})`;
      else if (noun && last && !isStopword(noun.key) && /\p{L}/u.test(noun.key)) text = `ما الذي لم يُعرف بعد عن «${s.text.slice(noun.start, last.end)}» بحسب ${who}؟`;
      else text = `ما الذي لم يُعرف بعد في ما ${agreeing(who, 'أوردته', 'أورده')} ${who}: «${snippet(s.text, s.tokens, 0)}»؟`;
    }
    return [{ kind: 'unknown' as const, text, evidence: group.map((f) => f.sentence) }];
  });
}
