import { claimIndex } from './claim-index.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import { deniedClaim, eventClaim } from './denied-claim.ts';
import { contextClaim } from './denial-context.ts';
import { deniedQuestion } from './denied-question.ts';
import { groupDenials } from './denial-groups.ts';
import { headlinePartners } from './denial-headlines.ts';
import { denialsByArticle, findDenials } from './denials.ts';
import type { Draft } from './draft.ts';

/**
 * Denied claims (§5.2): a denial («نفت»، «لا صحة»، «غير صحيح» …) paired with a claim that asserts what it
 * denies, in another sentence of the same or another source: the claim shares content words (light-stemmed,
 * clitics removed) and the entities of the denied content, and does not itself negate them; else the sentence
 * a denial points back to («ونفت الوزارة ذلك») or the clause its own sentence sets against it («رغم نفيه …، إلا
 * أن …»). A source that tells one of the denial's events with it (`partners`, the summary's events) may state the
 * claim in fewer shared words (eventClaim), and is preferred to the denial's own article. The question asks the analyst to choose between the two, or names what is denied and by whom when no
 * source asserts it. One question per claim.
 */
export function deniedQuestions(corpus: Corpus, partners: (sourceId: string) => ReadonlySet<string> = () => new Set()): Draft[] {
  const found = findDenials(corpus);
  if (found.length === 0) return [];
  const index = claimIndex(corpus);
  const byArticle = denialsByArticle(found);
  const partner = headlinePartners(corpus, found, byArticle);
  const denials = new Set(found.map((d) => d.sentence));
  const bySource = new Map<string, CorpusSentence[]>();
  const sentencesOf = (id: string): CorpusSentence[] => {
    if (bySource.size === 0) for (const s of corpus.sentences) bySource.set(s.sourceId, [...(bySource.get(s.sourceId) ?? []), s]);
    return bySource.get(id) ?? [];
  };
  // A headline's claim is looked for with its body partner's fuller wording, so it looks for none of its own.
  // Without a claim in words of its own, the denial's context may hold it: the sentence it points back to, or
  // the clause its source sets against it.
  for (const d of found) {
    if (partner.has(d)) continue;
    d.claim = deniedClaim(corpus, index, d, denials);
    // A claim of the denial's own article, or none: another source of one of its events may state what is denied.
    const related = partners(d.sentence.sourceId);
    if (related.size > 0 && (d.claim === null || d.claim.articleIndex === d.sentence.articleIndex)) {
      const other = eventClaim(index, d, denials, [...related].flatMap((id) => sentencesOf(id)));
      if (other) d.claim = other;
    }
    const context = d.claim === null ? contextClaim(corpus, d, denials) : null;
    if (context) {
      d.claim = context.sentence;
      d.claimFrom = context.from;
    }
  }
  return groupDenials(corpus, found, partner, byArticle).map((group) => deniedQuestion(corpus, group));
}
