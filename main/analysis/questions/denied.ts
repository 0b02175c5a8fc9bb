import { claimIndex, type ClaimIndex } from './claim-index.ts';
import { sentenceFinder, type Corpus, type CorpusSentence } from './corpus.ts';
import { ACTOR_EVENT_COVERAGE, actClaim, actTold, deniedClaim, eventClaim, tellsAct } from './denied-claim.ts';
import { contextClaim, namedSourceClaim } from './denial-context.ts';
import { deniedQuestion } from './denied-question.ts';
import { groupDenials } from './denial-groups.ts';
import { headlinePartners } from './denial-headlines.ts';
import { denialsByArticle, findDenials, type Denial } from './denials.ts';
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
export function deniedQuestions(
  corpus: Corpus,
  partners: (sourceId: string) => ReadonlySet<string> = () => new Set(),
  events: readonly (readonly { sourceId: string; quote: string }[])[] = [],
): Draft[] {
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
  const sentenceAt = sentenceFinder(corpus);
  // A headline's claim is looked for with its body partner's fuller wording, so it looks for none of its own.
  // Without a claim in words of its own, the denial's context may hold it: the sentence it points back to, or
  // the clause its source sets against it.
  for (const d of found) {
    if (partner.has(d)) continue;
    d.claim = deniedClaim(corpus, index, d, denials);
    // None, or words shared without the denied act («إضراب عمال ميناء أم قصر …» for «اعتقلت أياً من عمال ميناء أم
    // قصر»), which may tell another event of the same people and place: a sentence telling the act done to what the
    // denial names says it more surely, in words of its own («أعلنت النقابة أن الشرطة اعتقلت عمالاً …»).
    if (d.claim === null || !tellsAct(index, d, d.claim)) d.claim = actClaim(index, corpus, d, denials) ?? d.claim;
    // A claim of the denial's own article, or none: another source of one of its events may state what is denied.
    const related = partners(d.sentence.sourceId);
    if (related.size > 0 && (d.claim === null || d.claim.articleIndex === d.sentence.articleIndex)) {
      const other = eventClaim(index, d, denials, [...related].flatMap((id) => sentencesOf(id)));
      if (other) d.claim = other;
    }
    // Still none of another source: the source the denial names as the one it answers («البيان الذي نشرته رابطة …»).
    if (d.claim === null || d.claim.articleIndex === d.sentence.articleIndex) {
      const named = namedSourceClaim(corpus, index, d, denials);
      if (named) d.claim = named;
    }
    // Still none of another source: the sources of an event whose actors the denial names (the denier or the subject
    // of what is denied: «نفى الوالي … أن تكون السلطات قد تأخرت في إخلاء القرى» beside the governor's evacuation
    // order) may state the claim in their own words, matched by what it is about rather than its wording.
    if (d.claim === null || d.claim.articleIndex === d.sentence.articleIndex) {
      // The event's own reports are what the denier did, which the denial does not dispute («أمر الوالي بإجلاء …»);
      // what it disputes is said about that event in another sentence of its sources.
      const { sources, reports } = eventsNaming(index, corpus.sentences.length, d, events, sentenceAt);
      const candidates = sources.filter((id) => id !== d.sentence.sourceId && !related.has(id)).flatMap((id) => sentencesOf(id)).filter((x) => !reports.has(x));
      const other = candidates.length > 0 ? eventClaim(index, d, denials, candidates, ACTOR_EVENT_COVERAGE) : null;
      if (other) d.claim = other;
    }
    const context = d.claim === null ? contextClaim(corpus, d, denials) : null;
    if (context) {
      d.claim = context.sentence;
      d.claimFrom = context.from;
    }
    // Still none: a sentence naming what is denied by a phrase of it («محطة مياه الختمية»), after the denial's own
    // context («رغم نفيه …، إلا أن …» says what it sets against the denial more surely than shared words do).
    if (d.claim === null) d.claim = deniedClaim(corpus, index, d, denials, true);
    // Still none: when another sentence tells the denied act at all, the question cannot say that no source confirms it.
    if (d.claim === null && actTold(index, corpus, d, found)) d.unsure = true;
  }
  return groupDenials(corpus, found, partner, byArticle).flatMap((group) => deniedQuestion(corpus, group) ?? []);
}

// A denier named in an event's sentence: this many of the denial's own words (outside what it denies) recur there,
// a name of two words at least («الوالي كمال بن عيسى» / «أمر والي بجاية كمال بن عيسى»), each a word of few sentences
// (at most DENIER_DF): a name, not a title every sentence of the story has («المدير العام لوزارة الصحة»).
const DENIER_SHARED = 2;
const DENIER_DF = 3;

/**
 * The events (the summary's, as citations) one of whose sentences names the denier: DENIER_SHARED of the words the
 * denial's sentence holds outside what it denies (claim-index terms, which name entities the gazetteer does not know
 * as well). Their sources, and the sentences they cite (the reports of those events).
 */
function eventsNaming(
  index: ClaimIndex,
  sentences: number,
  d: Denial,
  events: readonly (readonly { sourceId: string; quote: string }[])[],
  sentenceAt: (sourceId: string, quote: string) => CorpusSentence | undefined,
): { sources: string[]; reports: Set<CorpusSentence> } {
  const own = index.termsOf(d.sentence);
  // idf is log((1 + n) / (1 + df)) + 1 (claim-index.ts): a word of at most DENIER_DF sentences reaches this.
  const rare = Math.log((1 + sentences) / (1 + DENIER_DF)) + 1;
  const denier = new Set([...(own?.terms ?? []), ...(own?.entities ?? [])].filter((x) => !d.what.terms.has(x) && !d.what.entities.has(x) && index.idf(x) >= rare));
  const sources = new Set<string>();
  const reports = new Set<CorpusSentence>();
  if (denier.size < DENIER_SHARED) return { sources: [], reports };
  for (const cites of events) {
    const cited = cites.flatMap((c) => (c.sourceId === d.sentence.sourceId ? [] : [sentenceAt(c.sourceId, c.quote)])).filter((x): x is CorpusSentence => x !== undefined);
    const names = cited.some((x) => {
      const t = index.termsOf(x);
      return t !== undefined && [...t.terms, ...t.entities].filter((w) => denier.has(w)).length >= DENIER_SHARED;
    });
    if (!names) continue;
    for (const c of cites) sources.add(c.sourceId);
    for (const x of cited) reports.add(x);
  }
  return { sources: [...sources].sort(), reports };
}
