/**
 * Independent sources: how many of an event's or a timeline entry's sources are not copies of one another. A wire
 * story three outlets republish, or one sentence they all print, counts once. Both the summary's events and the
 * timeline's entries count with it, so it sits below both.
 */
import { wordKeys } from '../../text/arabic/index.ts';
import { jaccard, shingles } from '../../text/similarity/shingles.ts';

/**
 * Independent sources among the sources of an event: sources whose sentences are copies of one another (one
 * near-duplicate unit) or whose articles are copies of one wire story count once. `copyOf` maps an article
 * to its wire story's first article.
 */
export function independentCount(unitsArticles: readonly (readonly number[])[], copyOf: (article: number) => number): number {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while ((parent.get(r) ?? r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  for (const arts of unitsArticles) {
    const stories = arts.map(copyOf);
    for (const s of stories) if (!parent.has(s)) parent.set(s, s);
    for (const s of stories.slice(1)) union(stories[0] ?? s, s);
  }
  return new Set([...parent.keys()].map(find)).size;
}

/**
 * Articles that are copies of one wire story: pairs of articles sharing near-duplicate sentences for at
 * least half of the shorter one's sentences. Returns each article's story (its lowest-index copy).
 */
export function wireStories(articleCount: number, sentencesPerArticle: readonly number[], unitsArticles: readonly (readonly number[])[]): (article: number) => number {
  const shared = new Map<string, number>();
  for (const arts of unitsArticles) {
    const distinct = [...new Set(arts)].sort((a, b) => a - b);
    // A sentence every outlet repeats (a slogan, a boilerplate line) says nothing about copying.
    if (distinct.length < 2 || distinct.length > 8) continue;
    for (let x = 0; x < distinct.length; x++) {
      for (let y = x + 1; y < distinct.length; y++) {
        const k = `${distinct[x]}:${distinct[y]}`;
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
    }
  }
  const story = Array.from({ length: articleCount }, (_, i) => i);
  const find = (x: number): number => {
    while (story[x] !== x) x = story[x] ?? x;
    return x;
  };
  for (const [k, n] of [...shared].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const [a, b] = k.split(':').map(Number) as [number, number];
    const shorter = Math.min(sentencesPerArticle[a] ?? 0, sentencesPerArticle[b] ?? 0);
    if (shorter > 0 && n * 2 >= shorter) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) story[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  return (article) => find(article);
}

// Two quotes are copies of one wire sentence at the summary's wire-copy threshold (word 3-shingle Jaccard).
const WIRE_COPY = 0.7;

/**
 * Independent sources among citations (a timeline entry's): sources whose quoted sentences are copies of one
 * another count once, so a wire story three outlets republish is one source; so do those whose quotes `sameOrigin`
 * traces to one origin (a summary point's carriers that relay one unnamed mouth: shared-origin.ts). Identical quotes
 * are grouped first (the common case of syndication), so only distinct wordings are compared.
 */
export function independentCitations(
  citations: readonly { sourceId: string; quote: string }[],
  sameOrigin: (a: string, b: string) => boolean = () => false,
): number {
  const ids = [...new Set(citations.map((c) => c.sourceId))];
  const byQuote = new Map<string, number[]>();
  for (const c of citations) {
    const list = byQuote.get(c.quote) ?? [];
    list.push(ids.indexOf(c.sourceId));
    byQuote.set(c.quote, list);
  }
  const quotes = [...byQuote.keys()];
  const sets = quotes.map((q) => shingles(wordKeys(q)));
  // Each wording joins the sources that print it; near-identical wordings join their sources too.
  const groups: number[][] = [...ids.keys()].map((i) => [i]);
  quotes.forEach((q, i) => {
    const own = byQuote.get(q) ?? [];
    groups.push(own);
    for (let j = i + 1; j < quotes.length; j++) {
      const a = sets[i];
      const b = sets[j];
      if ((a && b && jaccard(a, b, 0) >= WIRE_COPY) || sameOrigin(q, quotes[j] ?? '')) groups.push([own[0] ?? 0, byQuote.get(quotes[j] ?? '')?.[0] ?? 0]);
    }
  });
  return independentCount(groups, (i) => i);
}
