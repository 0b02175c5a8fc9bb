/**
 * The trained tagger's entities in the sentences of an article, as word ranges of sentenceWords: the tagger reads
 * tokens as ANERcorp writes them, punctuation apart, so the punctuation between words becomes tokens of its own.
 * A name tagged once is a name wherever else the article writes it (propagate.ts).
 */
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { textMemo } from '../../text/arabic/text-memo.ts';
import type { TextMemo } from '../../text/arabic/text-memo.ts';
import { propagateNames } from '../ner/propagate.ts';
import { scoreSentence, tagScoredDocument } from '../ner/tagger.ts';
import type { NerModel, ScoredSentence } from '../ner/tagger.ts';
import type { EntityType } from '../ner/tags.ts';
import type { SentenceWords } from '../words/sentence-tokens.ts';

/** An entity over words [from, to) of a sentence. */
export interface WordEntity {
  type: EntityType;
  from: number;
  to: number;
}

/** Whether two word ranges share a word. */
export function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to;
}

const PUNCTUATION = /[^\s\p{L}\p{M}\p{N}\u0640\u200C\u200D]/gu;

/** The tagger's reading of an article's sentences: entities, and per word how sure it is the word is no actor's. */
export interface ArticleTags {
  entities: WordEntity[][];
  /**
   * [sentence][word]: the tagger's margin for the word being outside every person, organisation and place;
   * negative when it reads the word as an actor's, by as much as it is sure of it.
   */
  outside: Float64Array[];
}

// Both passes of an assembly read the same article: tag it once (per model and gazetteer).
const MEMO = new WeakMap<readonly SentenceWords[], { model: NerModel; gazetteer: Gazetteer; tags: ArticleTags }>();

interface Tokens {
  tokens: string[];
  /** Per token, its word in the sentence, or -1 for punctuation. */
  wordOf: number[];
}

function sentenceTokens(sw: SentenceWords): Tokens {
  const tokens: string[] = [];
  const wordOf: number[] = [];
  const punctuation = (text: string): void => {
    for (const p of text.match(PUNCTUATION) ?? []) { tokens.push(p); wordOf.push(-1); }
  };
  sw.words.forEach((w, i) => {
    punctuation(w.gap);
    tokens.push(w.text);
    wordOf.push(i);
  });
  const last = sw.words.at(-1);
  if (last !== undefined) punctuation(sw.sentence.text.slice(last.end - sw.sentence.start));
  return { tokens, wordOf };
}

// Wire copy repeats sentences word for word across outlets (see text-memo.ts): score each distinct sentence once
// per model and gazetteer (a two-stage model's second stage then reads the article it is in). Shared and only read.
const SENTENCES = new WeakMap<NerModel, WeakMap<Gazetteer, TextMemo<ScoredSentence>>>();

function sentenceMemo(model: NerModel, gazetteer: Gazetteer): TextMemo<ScoredSentence> {
  let byGazetteer = SENTENCES.get(model);
  if (byGazetteer === undefined) { byGazetteer = new WeakMap(); SENTENCES.set(model, byGazetteer); }
  let memo = byGazetteer.get(gazetteer);
  if (memo === undefined) { memo = textMemo(2_000_000); byGazetteer.set(gazetteer, memo); }
  return memo;
}

function compute(sentences: readonly SentenceWords[], model: NerModel, gazetteer: Gazetteer): ArticleTags {
  const tokenised = sentences.map(sentenceTokens);
  const memo = sentenceMemo(model, gazetteer);
  const tagged = tagScoredDocument(model, tokenised.map((t) => memo.get(t.tokens.join('\u0000'), () => scoreSentence(model, t.tokens, gazetteer))));
  const found = propagateNames(tokenised.map((t) => t.tokens), tagged.map((e) => [...e.entities]));
  const outside = tokenised.map(({ wordOf }, s) => {
    const margins = new Float64Array(sentences[s]?.words.length ?? 0);
    const byToken = tagged[s]?.outside;
    wordOf.forEach((w, t) => { if (w >= 0) margins[w] = byToken?.[t] ?? 0; });
    // A name the document tagged elsewhere is an actor's here too (propagateNames): no margin against it.
    for (const e of found[s] ?? []) for (let t = e.start; t < e.end; t++) { const w = wordOf[t] ?? -1; if (w >= 0) margins[w] = Math.min(margins[w] ?? 0, 0); }
    return margins;
  });
  const entities = tokenised.map(({ wordOf }, s) => {
    const out: WordEntity[] = [];
    for (const e of found[s] ?? []) {
      const words = wordOf.slice(e.start, e.end).filter((w) => w >= 0);
      const from = words[0];
      const to = words.at(-1);
      if (from !== undefined && to !== undefined) out.push({ type: e.type, from, to: to + 1 });
    }
    return out;
  });
  return { entities, outside };
}

/** The tagger's entities and margins for each sentence of an article (memoised for the array of sentences). */
export function articleEntities(sentences: readonly SentenceWords[], model: NerModel, gazetteer: Gazetteer): ArticleTags {
  const known = MEMO.get(sentences);
  if (known !== undefined && known.model === model && known.gazetteer === gazetteer) return known.tags;
  const tags = compute(sentences, model, gazetteer);
  MEMO.set(sentences, { model, gazetteer, tags });
  return tags;
}
