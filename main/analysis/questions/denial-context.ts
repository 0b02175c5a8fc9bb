import { normalise } from '../../text/arabic/index.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import { isHeadline } from './denial-headlines.ts';
import { pointsBack } from './denied-object.ts';
import type { Denial } from './denials.ts';

// «رغم نفيه …، إلا أن …»: the clause after the contrast is what the source sets against the denial.
const CONCESSIVE = new Set(['رغم', 'ورغم', 'برغم', 'وبرغم', 'الرغم'].map(normalise));
const COUNTER = new Set(['الا', 'لكن', 'ولكن', 'لكنه', 'لكنها'].map(normalise));
const THAT = new Set(['ان', 'بان'].map(normalise));
// A counter-clause shorter than this says too little to be asked about («لكنه رفض التعليق»).
const MIN_COUNTER_WORDS = 5;

/** Where a denial's claim was found in its own context, and where its wording starts in that sentence. */
export interface ContextClaim {
  sentence: CorpusSentence;
  /** First token of the claim's wording (0 for a whole sentence). */
  from: number;
}

/** The sentence before `s` in its article that is not itself a denial, or null. */
function previousInArticle(corpus: Corpus, s: CorpusSentence, denials: ReadonlySet<CorpusSentence>): CorpusSentence | null {
  for (let k = (corpus.indexOf.get(s) ?? 0) - 1; k >= 0; k--) {
    const p = corpus.sentences[k];
    if (!p || p.articleIndex !== s.articleIndex) return null;
    if (!denials.has(p) && !isHeadline(corpus, p)) return p;
  }
  return null;
}

/**
 * The clause a concessive denial is set against, in its own sentence: «ورغم نفيه امتلاك عناصر …، إلا أن قناة …
 * نقلت عن مصدر … أن …» reports the other side; null without a concession and a counter-clause of some length.
 */
export function counterClause(d: Denial): number | null {
  const tokens = d.sentence.tokens;
  const at = d.to;
  if (!COUNTER.has(tokens[at]?.key ?? '')) return null;
  const conceded = tokens.slice(0, d.cue.from).some((t) => CONCESSIVE.has(t.key)) || tokens[at]?.key === normalise('الا');
  if (!conceded) return null;
  const from = at + 1 + (THAT.has(tokens[at + 1]?.key ?? '') ? 1 : 0);
  return tokens.length - from >= MIN_COUNTER_WORDS ? from : null;
}

/**
 * A denial's claim from its own context when the selection states none in words of its own: the sentence before a
 * denial that only points back to it («… . ونفت الوزارة ذلك»), else the counter-clause of a concessive denial.
 */
export function contextClaim(corpus: Corpus, d: Denial, denials: ReadonlySet<CorpusSentence>): ContextClaim | null {
  if (pointsBack(d)) {
    const previous = previousInArticle(corpus, d.sentence, denials);
    if (previous) return { sentence: previous, from: 0 };
  }
  const from = counterClause(d);
  return from === null ? null : { sentence: d.sentence, from };
}
