import type { Corpus, CorpusSentence } from './corpus.ts';
import { isHeadline } from './denial-headlines.ts';
import type { Denial } from './denials.ts';
import type { Draft } from './draft.ts';
import { snippet, thatClause } from './snippet.ts';
import { sourceLabel } from './source-label.ts';

// A denial deep in a long sentence is quoted from the start of its clause, up to where its content ends.
const LONG_LEAD = 8;

function label(corpus: Corpus, s: CorpusSentence): string {
  const a = corpus.articles[s.articleIndex];
  return a ? sourceLabel(a, s.articleIndex) : '';
}

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
function claimQuestion(corpus: Corpus, claim: CorpusSentence, deniers: string, denied: string): string {
  const clause = thatClause(claim.tokens, 0);
  const asserts = label(corpus, claim);
  const question =
    clause >= 0 && clause < 6 ? `هل صحيح أن ${snippet(claim.text, claim.tokens, clause)}؟` : `هل يصح ما ورد: «${snippet(claim.text, claim.tokens, 0)}»؟`;
  return asserts === deniers
    ? `${question} يرد ذلك في ${asserts}، ويرد فيها نفيه: «${denied}»`
    : `${question} تؤكد ذلك ${asserts}، وتنفيه ${deniers}: «${denied}»`;
}

/**
 * The question a group of denials raises: with a claim, whether it is true, who asserts and who denies it; without
 * one, how true the denied content is. Its evidence is every denial of the group, then the claim.
 */
export function deniedQuestion(corpus: Corpus, group: readonly Denial[]): Draft {
  // The denial as the source words it (its object alone would lose who denies); the fullest of the group.
  const head = group.find((g) => !isHeadline(corpus, g.sentence)) ?? (group[0] as Denial);
  const deniers = [...new Set(group.map((g) => label(corpus, g.sentence)))].join(' و');
  const denied = denialQuote(head);
  const claim = group.find((g) => g.claim !== null)?.claim ?? null;
  const text = claim ? claimQuestion(corpus, claim, deniers, denied) : `ما مدى صحة ما يرد نفيه في ${deniers}: «${denied}»؟`;
  const evidence = [...group.map((g) => g.sentence), ...(claim && !group.some((g) => g.sentence === claim) ? [claim] : [])];
  return { kind: 'denied' as const, text, evidence };
}
