import type { OpenQuestion, SummaryPoint } from '../../model/brief.ts';
import type { ClaimCredibility, CredibilityBasis, InformationCredibility } from '../../model/grading.ts';
import { findVagueHedges } from '../estimative/vague-hedges.ts';
import { tokenise } from '../../text/arabic/index.ts';
import { credibilityReason } from './credibility-reason.ts';
import { citationKey } from '../../model/citation-key.ts';

/** What the open questions say of cited sentences: which are denied claims, contradicted, or on unnamed sources' word. */
export interface QuestionEvidence {
  denied: ReadonlySet<string>;
  contradicted: ReadonlySet<string>;
  unnamed: ReadonlySet<string>;
}

/** The open questions' evidence by what it shows, keyed by citation (source and sentence). */
export function questionEvidence(questions: readonly OpenQuestion[]): QuestionEvidence {
  const denied = new Set<string>();
  const contradicted = new Set<string>();
  const unnamed = new Set<string>();
  for (const q of questions) {
    // Of a denied question only the claim is denied: a point citing the denial reports the denial, which stands.
    if (q.kind === 'denied' && q.deniedClaim) denied.add(citationKey(q.deniedClaim));
    if (q.kind === 'contradiction') for (const e of q.evidence) contradicted.add(citationKey(e));
    if (q.kind === 'unverified') for (const e of q.evidence) unnamed.add(citationKey(e));
  }
  return { denied, contradicted, unnamed };
}

function basisOf(point: Pick<SummaryPoint, 'text' | 'sources' | 'independentSources'>, evidence: QuestionEvidence, independent: number): CredibilityBasis {
  const keys = point.sources.map(citationKey);
  if (keys.length === 0) return 'no-sources';
  if (keys.some((k) => evidence.denied.has(k))) return 'denied';
  if (keys.some((k) => evidence.contradicted.has(k))) return 'contradicted';
  if (findVagueHedges(tokenise(point.text)).length > 0) return 'hedged';
  if (independent >= 2) return 'independent-sources';
  if (keys.some((k) => evidence.unnamed.has(k))) return 'unnamed-sources';
  return 'single-source';
}

const GRADE: Record<Exclude<CredibilityBasis, 'independent-sources'>, InformationCredibility> = {
  unanswered: 6,
  denied: 5,
  contradicted: 4,
  hedged: 4,
  'unnamed-sources': 4,
  'single-source': 3,
  'no-sources': 6,
};

/**
 * The credibility Mawjaz suggests for a summary point (Admiralty information credibility, AJP-2.1): 1 when three or
 * more independent sources confirm it and 2 for two — copies of one wire story count once, so syndication never
 * raises a grade —, 3 for one source with nothing against it, 4 when sources contradict it, its wording hedges or its
 * one source leans on unnamed sources, 5 when a source denies it, 6 when nothing cites it. A denial or a
 * contradiction outweighs any number of sources. The analyst's choice, `chosen`, is kept as given.
 */
export function suggestCredibility(
  point: Pick<SummaryPoint, 'text' | 'sources' | 'independentSources'>,
  evidence: QuestionEvidence,
  chosen?: InformationCredibility,
): ClaimCredibility {
  const independent = point.independentSources ?? new Set(point.sources.map((s) => s.sourceId)).size;
  const basis = basisOf(point, evidence, independent);
  const suggested = basis === 'independent-sources' ? (independent >= 3 ? 1 : 2) : GRADE[basis];
  return { suggested, basis, reason: credibilityReason(basis, independent), ...(chosen === undefined ? {} : { chosen }) };
}

/** A claim the rules above grade: a summary point or a timeline entry (same rules: its sources, its words). */
type GradedClaim = Pick<SummaryPoint, 'text' | 'sources' | 'independentSources' | 'credibility'>;

/** Every point of a summary, or entry of a timeline, with its suggested credibility, from the brief's open questions. */
export function withCredibility<P extends GradedClaim>(items: readonly P[], questions: readonly OpenQuestion[]): P[] {
  const evidence = questionEvidence(questions);
  return items.map((p) => ({ ...p, credibility: suggestCredibility(p, evidence, p.credibility?.chosen) }));
}

// What an open question's kind says of the claim it is about; the kind is the finding, so no other rule applies.
const QUESTION_BASIS: Record<OpenQuestion['kind'], CredibilityBasis> = {
  denied: 'denied',
  contradiction: 'contradicted',
  unverified: 'unnamed-sources',
  unknown: 'unanswered',
  metadata: 'unanswered',
};

/**
 * The credibility of the claim an open question is about. Unlike a point's, it is read from the question's kind, not
 * from its citations against the questions (the question is that finding): a denied claim 5, a contradicted one 4,
 * one resting on unnamed sources 4, and what the sources leave unanswered (an unknown, a source's missing details)
 * 6. Independent sources never raise it: a question's evidence is what disagrees or is missing, not corroboration.
 */
export function suggestQuestionCredibility(question: Pick<OpenQuestion, 'kind'>, chosen?: InformationCredibility): ClaimCredibility {
  const basis = QUESTION_BASIS[question.kind];
  const suggested = basis === 'independent-sources' ? 2 : GRADE[basis];
  return { suggested, basis, reason: credibilityReason(basis, 0, 'question'), ...(chosen === undefined ? {} : { chosen }) };
}

/** Every open question with the suggested credibility of the claim it is about. */
export function withQuestionCredibility<Q extends OpenQuestion>(questions: readonly Q[]): Q[] {
  return questions.map((q) => ({ ...q, credibility: suggestQuestionCredibility(q, q.credibility?.chosen) }));
}
