import { normalise } from '../../text/arabic/index.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import { cosine } from '../summary/tfidf.ts';
import type { Draft } from './draft.ts';
import { groupByCandidates } from './greedy-groups.ts';
import { denialCues } from './cues.ts';
import type { CueMatch } from './cue-pattern.ts';
import { sourceLabel } from './source-label.ts';
import { snippet, thatClause } from './snippet.ts';
import { claimTerms, type ClaimTerms } from './claim-terms.ts';

// A claim asserts the denied content when it shares this much of it: content words (stems) and the
// entities it is about, or many content words when no entity is named («وزير المالية قدم استقالته»).
const WITH_ENTITY = { terms: 2, entities: 1, total: 3 };
const TERMS_ONLY = 4;
// …and covers this share of the denied content, weighted by idf (rare words say more than «وجود»).
const MIN_COVERAGE = 0.35;
// Two denials of the same thing (a lead and its quote in one article, wire copy, one report quoting another).
const SAME_DENIAL = 0.35;
const HEADLINE_SHARED = 2;
// A lead and the quote it sums up («نفت الحكومة وجود …»، «ما تردد عن وجود … غير صحيح»): this many shared
// words or entities, making up this share of the shorter denied content.
const RESTATED_SHARED = 4;
const RESTATED_SHARE = 0.5;

// Where the denied content stops: «رغم نفيه …، إلا أن …» goes on to say something else.
const CONTRAST = new Set(['الا', 'لكن', 'ولكن', 'لكنه', 'لكنها', 'بينما', 'وبينما'].map(normalise));
// Where it starts before a trailing cue: «ما تردد عن وجود … غير صحيح».
const ABOUT = new Set(['عن', 'بشان', 'حول', 'بان', 'ان'].map(normalise));
// A sentence that negates what it shares with the denial does not assert it («لا وجود لـ…»).
const NEGATION = new Set(['لا', 'لم', 'لن', 'ليس', 'ليست', 'ولا', 'ولم', 'ولن', 'غير'].map(normalise));

interface Denial {
  sentence: CorpusSentence;
  cue: CueMatch;
  /** Token range of the denied content. */
  from: number;
  to: number;
  what: ClaimTerms;
  claim: CorpusSentence | null;
}

function label(corpus: Corpus, s: CorpusSentence): string {
  const a = corpus.articles[s.articleIndex];
  return a ? sourceLabel(a, s.articleIndex) : '';
}

function objectRange(s: CorpusSentence, cue: CueMatch): [number, number] {
  const n = s.tokens.length;
  if (cue.to < n - 2) {
    let to = cue.to;
    while (to < n && !CONTRAST.has(s.tokens[to]?.key ?? '')) to++;
    return [cue.to, to];
  }
  let from = cue.from - 1;
  while (from > 0 && !ABOUT.has(s.tokens[from - 1]?.key ?? '')) from--;
  return [Math.max(0, from), cue.from];
}

// A denial deep in a long sentence is quoted from the start of its clause, up to where its content ends.
const LONG_LEAD = 8;
function denialQuote(d: Denial): string {
  const s = d.sentence;
  let from = 0;
  if (d.cue.from > LONG_LEAD) {
    for (let i = d.cue.from; i > 0; i--) {
      const prev = s.tokens[i - 1];
      const tok = s.tokens[i];
      if (prev && tok && /[،,;؛:]/.test(s.text.slice(prev.end, tok.start))) {
        from = i;
        break;
      }
    }
  }
  const end = Math.max(d.to, d.cue.to);
  const quote = snippet(s.text, s.tokens, from, Math.min(20, end - from));
  return from > 0 ? `…${quote}` : quote;
}

function negates(s: CorpusSentence, shared: ClaimTerms, terms: ClaimTerms[]): boolean {
  return s.tokens.some((t, i) => {
    if (!NEGATION.has(t.key)) return false;
    const next = terms[i + 1];
    return next !== undefined && ([...next.terms].some((x) => shared.terms.has(x)) || [...next.entities].some((x) => shared.entities.has(x)));
  });
}

/**
 * Denied claims (§5.2): a denial («نفت»، «لا صحة»، «غير صحيح» …) paired with a claim that asserts what it
 * denies, in another sentence of the same or another source: the claim shares content words (light-stemmed,
 * clitics removed) and the entities of the denied content, and does not itself negate them. The question
 * asks the analyst to choose between the two. One question per claim.
 */
export function deniedQuestions(corpus: Corpus): Draft[] {
  const found: Denial[] = [];
  for (const s of corpus.sentences) {
    const cue = denialCues(s.tokens)[0];
    if (!cue) continue;
    const [from, to] = objectRange(s, cue);
    found.push({ sentence: s, cue, from, to, what: claimTerms(s.tokens, from, to), claim: null });
  }
  if (found.length === 0) return [];
  const denialSet = new Set(found.map((f) => f.sentence));
  // Per sentence and per token, for the claims and for the negation test.
  const termsOf = new Map<CorpusSentence, ClaimTerms>();
  const tokenTerms = new Map<CorpusSentence, ClaimTerms[]>();
  const df = new Map<string, number>();
  for (const s of corpus.sentences) {
    const t = claimTerms(s.tokens);
    termsOf.set(s, t);
    for (const x of [...t.terms, ...t.entities]) df.set(x, (df.get(x) ?? 0) + 1);
  }
  const idf = (x: string): number => Math.log((1 + corpus.sentences.length) / (1 + (df.get(x) ?? 0))) + 1;
  const perToken = (s: CorpusSentence): ClaimTerms[] => {
    let t = tokenTerms.get(s);
    if (!t) {
      t = s.tokens.map((_, i) => claimTerms(s.tokens, i, i + 1));
      tokenTerms.set(s, t);
    }
    return t;
  };

  const isHeadline = (s: CorpusSentence): boolean => {
    const a = corpus.articles[s.articleIndex];
    return s.start === 0 || (a?.title != null && a.title.trim() === s.text.trim());
  };
  // A headline restates its article's lead in fewer words: it joins the denial of the body it shares most
  // with, and the claim is looked for with the body's fuller wording (telegraphic headlines match loosely).
  const partner = new Map<Denial, Denial>();
  // Denials by article (indices into found, in order): headlines and restatements pair within one article.
  const byArticle = new Map<number, number[]>();
  found.forEach((d, i) => {
    const list = byArticle.get(d.sentence.articleIndex);
    if (list) list.push(i);
    else byArticle.set(d.sentence.articleIndex, [i]);
  });
  const sameArticle = (d: Denial): Denial[] => (byArticle.get(d.sentence.articleIndex) ?? []).map((i) => found[i]).filter((x): x is Denial => x !== undefined);
  for (const h of found) {
    if (!isHeadline(h.sentence)) continue;
    let best = HEADLINE_SHARED - 1;
    for (const d of sameArticle(h)) {
      if (d === h || d.sentence.articleIndex !== h.sentence.articleIndex || isHeadline(d.sentence)) continue;
      const shared = [...h.what.terms, ...h.what.entities].filter((x) => d.what.terms.has(x) || d.what.entities.has(x)).length;
      if (shared > best) {
        best = shared;
        partner.set(h, d);
      }
    }
  }

  // Sentences by content term (corpus indices, ascending): a claim shares at least two terms with what is
  // denied (WITH_ENTITY, TERMS_ONLY), so only sentences found twice here are looked at, in corpus order.
  const byTerm = new Map<string, number[]>();
  corpus.sentences.forEach((s, i) => {
    for (const x of termsOf.get(s)?.terms ?? []) {
      const list = byTerm.get(x);
      if (list) list.push(i);
      else byTerm.set(x, [i]);
    }
  });
  // Shared-term counts in a typed array reused across denials: the posting lists grow with the selection and
  // every denial walks them, so a Map here dominated large selections.
  const counts = new Int32Array(corpus.sentences.length);
  const sharingTwo = (terms: ReadonlySet<string>): Array<[number, number]> => {
    const touched: number[] = [];
    for (const x of terms) {
      for (const i of byTerm.get(x) ?? []) {
        if (counts[i] === 0) touched.push(i);
        counts[i] = (counts[i] ?? 0) + 1;
      }
    }
    const out: Array<[number, number]> = [];
    for (const i of touched) {
      const n = counts[i] ?? 0;
      counts[i] = 0;
      if (n >= Math.min(WITH_ENTITY.terms, TERMS_ONLY)) out.push([i, n]);
    }
    return out.sort((a, b) => a[0] - b[0]);
  };

  for (const d of found) {
    if (partner.has(d)) continue;
    const wanted = [...d.what.terms, ...d.what.entities];
    const total = wanted.reduce((sum, x) => sum + idf(x), 0);
    let best = 0;
    const ownTerms = [...d.what.terms];
    const ownEntities = [...d.what.entities];
    for (const [k, shared] of total === 0 ? [] : sharingTwo(d.what.terms)) {
      // `shared` is the number of terms the sentence shares (byTerm lists each sentence once per term): with
      // fewer than TERMS_ONLY it needs an entity too, so without entities to share it cannot be enough.
      if (shared < TERMS_ONLY && d.what.entities.size === 0) continue;
      const s = corpus.sentences[k];
      if (!s || s === d.sentence || denialSet.has(s)) continue;
      const t = termsOf.get(s);
      if (!t) continue;
      const terms = ownTerms.filter((x) => t.terms.has(x));
      const entities = ownEntities.filter((x) => t.entities.has(x));
      const enough =
        (terms.length >= WITH_ENTITY.terms && entities.length >= WITH_ENTITY.entities && terms.length + entities.length >= WITH_ENTITY.total) ||
        terms.length >= TERMS_ONLY;
      if (!enough || total === 0) continue;
      // Prefer the claim as another source states it: a small edge for a different article.
      const score = [...terms, ...entities].reduce((sum, x) => sum + idf(x), 0) / total + (s.articleIndex !== d.sentence.articleIndex ? 0.05 : 0);
      if (score < MIN_COVERAGE || score <= best) continue;
      if (negates(s, { terms: new Set(terms), entities: new Set(entities) }, perToken(s))) continue;
      best = score;
      d.claim = s;
    }
  }

  const restated = (a: Denial, b: Denial): boolean => {
    if (a.sentence.articleIndex !== b.sentence.articleIndex) return false;
    const x = [...a.what.terms, ...a.what.entities];
    const shared = x.filter((t) => b.what.terms.has(t) || b.what.entities.has(t)).length;
    return shared >= RESTATED_SHARED && shared >= RESTATED_SHARE * Math.min(x.length, b.what.terms.size + b.what.entities.size);
  };
  // Which earlier denials one may join: its partners, those sharing its claim, those the similarity index
  // puts near it and those of its article (restated); `belongs` below decides, as the all-pairs scan did.
  const position = new Map(found.map((d, i) => [d, i]));
  const atSentence = new Map(found.map((d, i) => [corpus.indexOf.get(d.sentence) ?? -1, i]));
  const partnered = new Map<Denial, number[]>();
  const byClaim = new Map<CorpusSentence, number[]>();
  found.forEach((d, i) => {
    const p = partner.get(d);
    if (p) partnered.set(p, [...(partnered.get(p) ?? []), i]);
    if (d.claim) byClaim.set(d.claim, [...(byClaim.get(d.claim) ?? []), i]);
  });
  const candidates = (i: number): number[] => {
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
  const groups = groupByCandidates(
    found,
    candidates,
    (a, b) =>
      partner.get(a) === b ||
      partner.get(b) === a ||
      (a.claim !== null && a.claim === b.claim) ||
      cosine(a.sentence.vector, b.sentence.vector) >= SAME_DENIAL ||
      restated(a, b),
  );
  return groups.map((group) => {
    // The denial as the source words it (its object alone would lose who denies); the fullest of the group.
    const head = group.find((g) => !isHeadline(g.sentence)) ?? (group[0] as Denial);
    const deniers = [...new Set(group.map((g) => label(corpus, g.sentence)))].join(' و');
    const denied = denialQuote(head);
    const claim = group.find((g) => g.claim !== null)?.claim ?? null;
    let text: string;
    if (claim) {
      const clause = thatClause(claim.tokens, 0);
      const asserts = label(corpus, claim);
      const question =
        clause >= 0 && clause < 6 ? `هل صحيح أن ${snippet(claim.text, claim.tokens, clause)}؟` : `هل يصح ما ورد: «${snippet(claim.text, claim.tokens, 0)}»؟`;
      text =
        asserts === deniers
          ? `${question} يرد ذلك في ${asserts}، ويرد فيها نفيه: «${denied}»`
          : `${question} تؤكد ذلك ${asserts}، وتنفيه ${deniers}: «${denied}»`;
    } else {
      text = `ما مدى صحة ما يرد نفيه في ${deniers}: «${denied}»؟`;
    }
    const evidence = [...group.map((g) => g.sentence), ...(claim && !group.some((g) => g.sentence === claim) ? [claim] : [])];
    return { kind: 'denied' as const, text, evidence };
  });
}
