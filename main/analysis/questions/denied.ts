import type { Corpus, CorpusSentence } from './corpus.ts';
import { cosine } from '../summary/tfidf.ts';
import { contentTerms } from '../summary/bag-of-words.ts';
import { groupBy, type Draft } from './draft.ts';
import { denialCues } from './cues.ts';
import { sourceLabel } from './source-label.ts';
import { snippet, thatClause } from './snippet.ts';

// The denied claim: the sentence that best matches what follows the denial, if it shares this much.
const CLAIM_MATCH = 0.3;
const CLAIM_SHARED_TERMS = 3;
// Two denials of the same thing (a lead and its quote in one article, wire copy, one report quoting another).
const SAME_DENIAL = 0.35;

interface Denial {
  sentence: CorpusSentence;
  /** Token index where the denied content starts. */
  object: number;
  claim: CorpusSentence | null;
}

function label(corpus: Corpus, s: CorpusSentence): string {
  const a = corpus.articles[s.articleIndex];
  return a ? sourceLabel(a, s.articleIndex) : '';
}

function findClaim(corpus: Corpus, denial: CorpusSentence, object: number, denials: ReadonlySet<CorpusSentence>): CorpusSentence | null {
  const first = denial.tokens[object];
  if (!first) return null;
  const objectTerms = contentTerms(denial.text.slice(first.start));
  const v = corpus.vectorise(objectTerms);
  const wanted = new Set(objectTerms);
  let best: CorpusSentence | null = null;
  let bestScore = CLAIM_MATCH;
  for (const s of corpus.sentences) {
    if (s === denial || denials.has(s)) continue;
    const shared = new Set(s.terms.filter((t) => wanted.has(t))).size;
    if (shared < CLAIM_SHARED_TERMS) continue;
    // Prefer the claim as another source states it: a small edge for a different article.
    const score = cosine(v, s.vector) + (s.articleIndex !== denial.articleIndex ? 0.05 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}

/**
 * Denied claims (§5.2): a denial («نفت»، «لا صحة»، «غير صحيح» …) paired with the claim it denies, found in
 * the same or another source by similarity with what follows the denial. One question per claim.
 */
export function deniedQuestions(corpus: Corpus): Draft[] {
  const found: { sentence: CorpusSentence; object: number }[] = [];
  for (const s of corpus.sentences) {
    const cue = denialCues(s.tokens)[0];
    if (!cue) continue;
    // «ما تردد عن … غير صحيح»: the denied content comes before a trailing cue.
    const object = cue.to < s.tokens.length - 2 ? cue.to : 0;
    found.push({ sentence: s, object });
  }
  const denialSet = new Set(found.map((f) => f.sentence));
  const denials: Denial[] = found.map((f) => ({ ...f, claim: findClaim(corpus, f.sentence, f.object, denialSet) }));
  const groups = groupBy(
    denials,
    (a, b) => (a.claim !== null && a.claim === b.claim) || cosine(a.sentence.vector, b.sentence.vector) >= SAME_DENIAL,
  );
  return groups.map((group) => {
    const head = group[0] as Denial;
    const d = head.sentence;
    const deniers = [...new Set(group.map((g) => label(corpus, g.sentence)))].join(' و');
    // The denial as the source words it: its object alone would lose who denies («نفت الحكومة …»).
    const denied = snippet(d.text, d.tokens, 0, 20);
    const claim = group.find((g) => g.claim !== null)?.claim ?? null;
    let text: string;
    if (claim) {
      const clause = thatClause(claim.tokens, 0);
      const what = clause >= 0 && clause < 6 ? snippet(claim.text, claim.tokens, clause) : snippet(claim.text, claim.tokens, 0);
      text = `هل يصح ما أوردته ${label(corpus, claim)}: «${what}»؟ (ورد نفيه في ${deniers}: «${denied}»)`;
    } else {
      text = `ما مدى صحة ما يرد نفيه في ${deniers}: «${denied}»؟`;
    }
    const evidence = [...group.map((g) => g.sentence), ...(claim && !group.some((g) => g.sentence === claim) ? [claim] : [])];
    return { kind: 'denied' as const, text, evidence };
  });
}
