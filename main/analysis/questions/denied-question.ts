import type { Corpus, CorpusSentence } from './corpus.ts';
import { isHeadline } from './denial-headlines.ts';
import type { Denial } from './denials.ts';
import type { Draft } from './draft.ts';
import { deniedParts, denyingVerb } from './denied-object.ts';
import { clauseFrom, phrase, snippet, thatClause } from './snippet.ts';
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
      if (prev && tok && /[،,;؛:]/.test(s.text.slice(prev.end, tok.start))) {
        from = i;
        break;
      }
    }
  }
  const end = Math.max(d.to, d.cue.to);
  const quote = snippet(s.text, s.tokens, from, Math.min(20, end - from));
  return from > 0 ? `…${quote}` : quote;
}

/** The question asking whether a claim is true, with who asserts it and who denies it in which words. */
function claimQuestion(corpus: Corpus, claim: CorpusSentence, from: number, deniers: string, denied: string): string {
  const clause = thatClause(claim.tokens, from);
  const asserts = sentenceLabel(corpus, claim);
  const question =
    clause >= 0 && clause < from + 6
      ? `هل صحيح أن ${snippet(claim.text, claim.tokens, clause)}؟`
      : `هل يصح ما ورد: «${snippet(claim.text, claim.tokens, from)}»؟`;
  return asserts === deniers
    ? `${question} يرد ذلك في ${asserts}، ويرد فيها نفيه: «${denied}»`
    : `${question} تؤكد ذلك ${asserts}، وتنفيه ${deniers}: «${denied}»`;
}

/** What a denial denies, in its source's words, and who denies it when named after the verb («نفت الحكومة …»). */
function deniedWords(d: Denial): { object: string; verb: string | null; subject: string | null; occasion: string | null } {
  const { subject, object, occasion } = deniedParts(d);
  const { text, tokens } = d.sentence;
  return {
    occasion: occasion ? phrase(text, tokens, occasion[0], occasion[1]) : null,
    object: phrase(text, tokens, object[0], object[1]),
    verb: denyingVerb(d),
    subject: subject ? phrase(text, tokens, subject[0], subject[1]) : null,
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
  if (clause < 0 || clause <= d.claimFrom + 1) return `هل يصح ما تورده ${source}: «${clauseFrom(s.text, s.tokens, d.claimFrom)}»؟ وتورد في مقابله ${denial}`;
  // The report's teller, up to its «أن»: who the source says asserts it.
  const teller = phrase(s.text, s.tokens, d.claimFrom, clause - 1);
  return `هل صحيح أن ${clauseFrom(s.text, s.tokens, clause, COUNTER_WORDS)}؟ تنقل ${source}: «${teller}»، وتورد في مقابله ${denial}`;
}

/**
 * A denial of something no source of the selection asserts: what is denied in the source's words, who denies it
 * and in which sources, and that no source says otherwise.
 */
function unassertedQuestion(d: Denial, deniers: string): string {
  const { object, verb, subject, occasion } = deniedWords(d);
  const claim = object.startsWith('ب') ? `«${object}»` : `بـ«${object}»`;
  const denied = verb && subject ? `${verb} ${subject} ذلك بحسب ${deniers}` : `يرد نفيه في ${deniers}`;
  // The report that occasioned the denial is all the selection says of the other side: it is named, unsourced.
  const other = occasion ? `، ${occasion.replace(/[،,]\s*$/u, '')}،` : '،';
  return `من يقول ${claim}؟ ${denied}${other} ولا يؤكده أيٌّ من المصادر المختارة`;
}

/**
 * The question a group of denials raises: with a claim, whether it is true, who asserts and who denies it (or,
 * when the claim is the denial's own counter-clause, which of the two holds); without one, who says what is
 * denied. Its evidence is every denial of the group, then the claim.
 */
export function deniedQuestion(corpus: Corpus, group: readonly Denial[]): Draft {
  // The denial as the source words it (its object alone would lose who denies); the fullest of the group.
  const head = group.find((g) => !isHeadline(corpus, g.sentence)) ?? (group[0] as Denial);
  const deniers = [...new Set(group.map((g) => sentenceLabel(corpus, g.sentence)))].join(' و');
  const withClaim = group.find((g) => g.claim !== null);
  const claim = withClaim?.claim ?? null;
  let text: string;
  if (!withClaim || !claim) text = unassertedQuestion(head, deniers);
  else if (claim === withClaim.sentence) text = counterQuestion(corpus, withClaim);
  else text = claimQuestion(corpus, claim, withClaim.claimFrom, deniers, denialQuote(head));
  const asserted = claim && !group.some((g) => g.sentence === claim) ? claim : null;
  const evidence = [...group.map((g) => g.sentence), ...(asserted ? [asserted] : [])];
  return { kind: 'denied' as const, text, evidence, ...(asserted ? { deniedClaim: asserted } : {}) };
}
