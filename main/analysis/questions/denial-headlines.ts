import type { Corpus, CorpusSentence } from './corpus.ts';
import type { Denial } from './denials.ts';

// A headline joins the body denial it shares at least this many words or entities with.
const HEADLINE_SHARED = 2;

/** Whether a sentence is its article's headline: the first sentence, or the article's title itself. */
export function isHeadline(corpus: Corpus, s: CorpusSentence): boolean {
  const a = corpus.articles[s.articleIndex];
  return s.start === 0 || (a?.title != null && a.title.trim() === s.text.trim());
}

/**
 * Each headline denial's partner: the denial of its article's body it shares most words and entities with.
 * A headline restates its article's lead in fewer words, so the claim is looked for with the body's fuller
 * wording instead (telegraphic headlines match loosely).
 */
export function headlinePartners(corpus: Corpus, found: readonly Denial[], byArticle: ReadonlyMap<number, number[]>): Map<Denial, Denial> {
  const partner = new Map<Denial, Denial>();
  for (const h of found) {
    if (!isHeadline(corpus, h.sentence)) continue;
    const sameArticle = (byArticle.get(h.sentence.articleIndex) ?? []).map((i) => found[i]).filter((x): x is Denial => x !== undefined);
    let best = HEADLINE_SHARED - 1;
    for (const d of sameArticle) {
      if (d === h || d.sentence.articleIndex !== h.sentence.articleIndex || isHeadline(corpus, d.sentence)) continue;
      const shared = [...h.what.terms, ...h.what.entities].filter((x) => d.what.terms.has(x) || d.what.entities.has(x)).length;
      if (shared > best) {
        best = shared;
        partner.set(h, d);
      }
    }
  }
  return partner;
}
