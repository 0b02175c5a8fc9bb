import type { Brief, Citation, KeyJudgment, SummaryPoint } from '../../model/brief.ts';
import type { ClaimCredibility } from '../../model/grading.ts';
import { questionEvidence, suggestCredibility, type QuestionEvidence } from './suggest-credibility.ts';
import { citationKey } from '../../model/citation-key.ts';

/** A claim of the brief a judgment's evidence is drawn from: a summary point or a timeline entry. */
type Claim = Pick<SummaryPoint, 'sources' | 'independentSources'>;

/**
 * How many independent sources a judgment's evidence holds. Its citations are sentences of the brief's points and
 * entries, whose own counts already take wire copies as one source: the evidence counts, per claim it draws on, the
 * claim's distinct sources it cites, never more than the claim's independent ones, and the best of those claims. So
 * citing two copies of one wire story, or the same point's sources twice, never raises the count.
 */
export function judgmentIndependentSources(evidence: readonly Citation[], claims: readonly Claim[]): number {
  const cited = new Set(evidence.map(citationKey));
  let best = evidence.length > 0 ? 1 : 0;
  for (const claim of claims) {
    const sources = new Set(claim.sources.filter((c) => cited.has(citationKey(c))).map((c) => c.sourceId));
    if (sources.size === 0) continue;
    const independent = claim.independentSources ?? new Set(claim.sources.map((c) => c.sourceId)).size;
    best = Math.max(best, Math.min(sources.size, independent));
  }
  return best;
}

/**
 * The credibility Mawjaz suggests for a key judgment, by the rules of a point's (suggestCredibility): confirmed by
 * independent sources 1–2, one source 3, contradicted, hedged or on unnamed sources 4, denied 5, no evidence 6 —
 * read from the evidence it cites. The analyst's choice is kept.
 */
export function suggestJudgmentCredibility(
  judgment: Pick<KeyJudgment, 'text' | 'evidence' | 'credibility'>,
  claims: readonly Claim[],
  evidence: QuestionEvidence,
): ClaimCredibility {
  const independentSources = judgmentIndependentSources(judgment.evidence, claims);
  const point = { text: judgment.text, sources: judgment.evidence, ...(independentSources > 0 ? { independentSources } : {}) };
  return suggestCredibility(point, evidence, judgment.credibility?.chosen);
}

/** The brief with each key judgment's suggested credibility; a brief without key judgments is returned as it is. */
export function withJudgmentCredibility(brief: Brief): Brief {
  if (brief.keyJudgments === undefined || brief.keyJudgments.length === 0) return brief;
  const claims = [...brief.summary, ...brief.timeline];
  const evidence = questionEvidence(brief.openQuestions);
  return { ...brief, keyJudgments: brief.keyJudgments.map((k) => ({ ...k, credibility: suggestJudgmentCredibility(k, claims, evidence) })) };
}
