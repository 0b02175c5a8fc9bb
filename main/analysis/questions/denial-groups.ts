import { cosine } from '../summary/tfidf.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import type { Denial } from './denials.ts';
import { groupByCandidates } from './greedy-groups.ts';

// Two denials of the same thing (a lead and its quote in one article, wire copy, one report quoting another).
const SAME_DENIAL = 0.35;
// A lead and the quote it sums up («نفت الحكومة وجود …»، «ما تردد عن وجود … غير صحيح»): this many shared
// words or entities, making up this share of the shorter denied content.
const RESTATED_SHARED = 4;
const RESTATED_SHARE = 0.5;

/** Whether two denials of one article deny the same content in other words (a lead and the quote it sums up). */
export function restated(a: Denial, b: Denial): boolean {
  if (a.sentence.articleIndex !== b.sentence.articleIndex) return false;
  const x = [...a.what.terms, ...a.what.entities];
  const shared = x.filter((t) => b.what.terms.has(t) || b.what.entities.has(t)).length;
  return shared >= RESTATED_SHARED && shared >= RESTATED_SHARE * Math.min(x.length, b.what.terms.size + b.what.entities.size);
}

/**
 * Which earlier denials each one may join (indices into `found`): its partners, those sharing its claim, those the
 * similarity index puts near it and those of its article (restated). A superset: `sameDenial` decides.
 */
function joinCandidates(
  corpus: Corpus, found: readonly Denial[], partner: ReadonlyMap<Denial, Denial>, byArticle: ReadonlyMap<number, number[]>,
): (i: number) => number[] {
  const position = new Map(found.map((d, i) => [d, i]));
  const atSentence = new Map(found.map((d, i) => [corpus.indexOf.get(d.sentence) ?? -1, i]));
  const partnered = new Map<Denial, number[]>();
  const byClaim = new Map<CorpusSentence, number[]>();
  found.forEach((d, i) => {
    const p = partner.get(d);
    if (p) partnered.set(p, [...(partnered.get(p) ?? []), i]);
    if (d.claim) byClaim.set(d.claim, [...(byClaim.get(d.claim) ?? []), i]);
  });
  return (i) => {
    const d = found[i];
    if (!d) return [];
    const p = partner.get(d);
    return [
      ...(p ? [position.get(p) ?? -1] : []),
      ...(partnered.get(d) ?? []),
      ...(d.claim ? (byClaim.get(d.claim) ?? []) : []),
      ...corpus.similar.candidates(d.sentence.vector, SAME_DENIAL).map((k) => atSentence.get(k) ?? -1),
      ...(byArticle.get(d.sentence.articleIndex) ?? []),
    ];
  };
}

/**
 * Groups the denials of one thing, each joining the first group it belongs with: a headline and its body
 * partner, denials of the same claim, similar sentences (wire copy, quotes) and restatements in one article.
 */
export function groupDenials(
  corpus: Corpus, found: readonly Denial[], partner: ReadonlyMap<Denial, Denial>, byArticle: ReadonlyMap<number, number[]>,
): Denial[][] {
  return groupByCandidates(
    found,
    joinCandidates(corpus, found, partner, byArticle),
    (a, b) =>
      partner.get(a) === b ||
      partner.get(b) === a ||
      (a.claim !== null && a.claim === b.claim) ||
      cosine(a.sentence.vector, b.sentence.vector) >= SAME_DENIAL ||
      restated(a, b),
  );
}
