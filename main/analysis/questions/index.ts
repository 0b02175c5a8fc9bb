import type { ArticleRecord } from '../../model/article.ts';
import type { OpenQuestion, QuestionKind } from '../../model/brief.ts';
import { findDates, type DateMention } from '../../text/dates/index.ts';
import { stableId } from '../summary/stable-id.ts';
import { citationKey } from '../../model/citation-key.ts';
import { buildCorpus, type CorpusSentence } from './corpus.ts';
import type { Draft } from './draft.ts';
import { numericContradictions, eventSources } from './numeric-contradictions.ts';
import { dateContradictions } from './date-contradictions.ts';
import { placeContradictions } from './place-contradictions.ts';
import { dateCheckQuestions } from './date-checks.ts';
import { ordinalContradictions } from './ordinal-contradictions.ts';
import { firstClaimContradictions } from './first-claim-contradictions.ts';
import { attributionContradictions } from './attribution-contradictions.ts';
import { unverifiedQuestions, unknownQuestions } from './cue-questions.ts';
import { deniedQuestions } from './denied.ts';
import { negatedClaimQuestions } from './negated-claims.ts';
import { metadataQuestions, metadataRoom } from './metadata.ts';
import { offTopicQuestions } from './off-topic.ts';
import { capByPriority, unverifiedCap } from './rank-unverified.ts';
import { foldUnverified } from './unverified-fold.ts';

export interface OpenQuestionOptions {
  /** YYYY-MM-DD: the pinned clock, passed to the date tagger. */
  now?: string;
  /** The date tagger; defaults to findDates (text/dates). Injected in tests. */
  findDates?: (text: string, context: { reference?: string | null; now?: string }) => DateMention[];
  /** Indices of the articles found off-topic (off-topic.ts): each is named in a metadata question. */
  offTopic?: readonly number[];
  /**
   * The sentences the brief's summary rests on (its points' citations): a question about one of them comes
   * before questions of the same standing about sentences the brief does not use. Without it, the events' citations.
   */
  cited?: readonly { sourceId: string; quote: string }[];
  /** Each event the summary found, as its citations (a point's sources): figures it tells in two sources compare. */
  events?: readonly (readonly { sourceId: string; quote: string }[])[];
}

const KIND_ORDER: readonly QuestionKind[] = ['contradiction', 'unverified', 'denied', 'unknown', 'metadata'];

function position(d: { articleIndex: number; start: number }): [number, number] {
  return [d.articleIndex, d.start];
}

/**
 * Open questions for a brief (team notes §5): contradictions between sources (figures, dates, ordinals),
 * claims resting on unnamed sources or hedges, denied claims paired with what they deny, what the sources
 * say is unknown, and sources without an established date or outlet. Each question is Arabic, cites its
 * evidence exactly as in the source bodies, and has an id that depends only on its content. Sorted by how much
 * the brief depends on it (its quotes among the summary's citations), then by kind, then by where its evidence
 * first appears; questions about the sources themselves (metadata) last.
 */
export function findOpenQuestions(articles: ArticleRecord[], options: OpenQuestionOptions = {}): OpenQuestion[] {
  const corpus = buildCorpus(articles);
  const tagger = options.findDates ?? findDates;
  const cache = new Map<CorpusSentence, DateMention[]>();
  const dates = (s: CorpusSentence): DateMention[] => {
    let d = cache.get(s);
    if (!d) {
      const context: { reference?: string | null; now?: string } = { reference: articles[s.articleIndex]?.published ?? null };
      if (options.now !== undefined) context.now = options.now;
      try {
        d = tagger(s.text, context);
      } catch {
        // The tagger promises not to throw; if it does, the sentence simply has no dates.
        d = [];
      }
      cache.set(s, d);
    }
    return d;
  };

  // How many of a question's quotes the summary cites: what the brief's points depend on is asked first.
  const cited = new Set((options.cited ?? options.events?.flat() ?? []).map(citationKey));
  const dependence = (evidence: readonly { sourceId: string; quote: string }[]): number => evidence.filter((e) => cited.has(citationKey(e))).length;

  const events = eventSources(options.events ?? []);
  const contradictions = [...numericContradictions(corpus, dates, events), ...dateContradictions(corpus, dates, options.events ?? []), ...placeContradictions(corpus, options.events ?? []), ...dateCheckQuestions(corpus, dates), ...ordinalContradictions(corpus, events, new Set(options.offTopic ?? [])), ...firstClaimContradictions(corpus, dates), ...attributionContradictions(corpus, dates, options.events ?? [])];
  const byCue = deniedQuestions(corpus, events.partners, options.events ?? []);
  // A claim negated with its own verb («… لم ينهر»), unless a denial's question already holds either sentence.
  const inDenials = new Set(byCue.flatMap((q) => q.evidence));
  const denied = [...byCue, ...negatedClaimQuestions(corpus).filter((q) => !q.evidence.some((s) => inDenials.has(s)))];
  // A claim asked about as contradicted or denied is not asked about again as unverified or unknown — save a claim put
  // in an unnamed mouth that is denied or contradicted: the denial or the contradiction asks whether it is true (which
  // figure is), the other question who says it, and the analyst weighs the claim by both («وفق ما بلغه من مصادر في
  // الوزارة», denied by the ministry; «تقول أوساط قبلية … مليون دينار» against another source's 300 thousand).
  // A denial put in an unnamed mouth is asked about as the denial it is.
  // The contradicted one takes a place left by the claims no other question holds, never one of theirs.
  const covered = new Set([...contradictions, ...denied].flatMap((q) => q.evidence));
  const contradicted = new Set(contradictions.flatMap((q) => q.evidence));
  const notClaims = new Set(denied.flatMap((q) => q.evidence.filter((s) => s !== q.deniedClaim)));
  const notCovered = (q: Pick<Draft, 'evidence'>): boolean => !q.evidence.every((s) => covered.has(s));
  const notAsked = (q: Pick<Draft, 'evidence'>): boolean => !q.evidence.every((s) => notClaims.has(s));
  const unknowns = unknownQuestions(corpus).filter(notCovered);
  // Claims asked otherwise are set aside before folding, so a folded question names only what is asked nowhere else;
  // a contradicted claim is folded apart from the others, so that it never takes one of their places.
  const claims = unverifiedQuestions(corpus).filter((q) => (q.unnamed === true ? notAsked(q) : notCovered(q)));
  const isContradicted = (q: Pick<Draft, 'evidence'>): boolean => q.evidence.every((s) => contradicted.has(s));
  // Every other question of the list counts towards the third (the questions about the sources too).
  const offTopic = offTopicQuestions(articles, options.offTopic ?? []);
  // The questions about the sources' gaps count only as many as the list keeps (metadataRoom, which depends on the
  // list's length): all of them first, then as many as the list built on that count has room for, until none is left
  // out (at most three rounds, as they are at most two). A gap question counted and then left out would raise the
  // third for nothing.
  const fixed = contradictions.length + denied.length + unknowns.length + offTopic.length;
  const fold = (cap: number): Draft[] => {
    const first = capByPriority(foldUnverified(claims.filter((q) => !isContradicted(q))), cap);
    return [...contradictions, ...first, ...capByPriority(foldUnverified(claims.filter(isContradicted)), cap - first.length), ...denied, ...unknowns];
  };
  let gaps = metadataQuestions(articles);
  let drafts: Draft[];
  let counted: number;
  do {
    counted = gaps.length;
    drafts = fold(unverifiedCap(fixed + counted));
    // The list's length without the gaps: the questions asked once (ordered drops one reached by two routes).
    gaps = metadataQuestions(articles, metadataRoom(ordered(drafts, offTopic, cited, dependence).length));
  } while (gaps.length < counted);
  return ordered(drafts, [...offTopic, ...gaps], cited, dependence);
}

/** The questions sorted as findOpenQuestions explains, each asked once, with its id. */
function ordered(
  drafts: readonly Draft[],
  sourceQuestions: readonly { kind: QuestionKind; text: string; articleIndex: number; evidence: OpenQuestion['evidence'] }[],
  cited: ReadonlySet<string>,
  dependence: (evidence: readonly { sourceId: string; quote: string }[]) => number,
): OpenQuestion[] {
  const sorted = drafts
    .map((d) => {
      const evidence = [...d.evidence].sort((a, b) => a.articleIndex - b.articleIndex || a.start - b.start);
      const claim = d.deniedClaim ? { deniedClaim: { sourceId: d.deniedClaim.sourceId, quote: d.deniedClaim.text } } : {};
      return { kind: d.kind, text: d.text, evidence: evidence.map((s) => ({ sourceId: s.sourceId, quote: s.text })), ...claim, at: position(evidence[0] ?? { articleIndex: 0, start: 0 }) };
    })
    .concat(sourceQuestions.map((m) => ({ kind: m.kind, text: m.text, evidence: m.evidence, at: [m.articleIndex, 0] as [number, number] })))
    // Counted once per question, not once per comparison.
    .map((q) => ({ ...q, depends: cited.size === 0 ? 0 : dependence(q.evidence) }))
    .sort(
      (a, b) =>
        Number(a.kind === 'metadata') - Number(b.kind === 'metadata') ||
        b.depends - a.depends ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.at[0] - b.at[0] ||
        a.at[1] - b.at[1] ||
        (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
    );

  const seen = new Set<string>();
  const out: OpenQuestion[] = [];
  for (const q of sorted) {
    const id = stableId('q', [q.kind, q.text, ...q.evidence.map((e) => `${e.sourceId}\u0001${e.quote}`)]);
    // The same question twice (one claim reached by two routes) is asked once.
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, included: true, edited: false, manual: false, text: q.text, kind: q.kind, evidence: q.evidence, ...('deniedClaim' in q ? { deniedClaim: q.deniedClaim } : {}) });
  }
  return out;
}
