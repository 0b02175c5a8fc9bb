/**
 * The trained tagger's entities in the sentences of an article, as word ranges of sentenceWords: the tagger reads
 * tokens as ANERcorp writes them, punctuation apart, so the punctuation between words becomes tokens of its own.
 * A name tagged once is a name wherever else the article writes it (propagate.ts).
 */
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { textMemo } from '../../text/arabic/text-memo.ts';
import type { TextMemo } from '../../text/arabic/text-memo.ts';
import { propagateNames } from '../ner/propagate.ts';
import { findEntities } from '../ner/tagger.ts';
import type { EntitySpan } from '../ner/tags.ts';
import type { NerModel } from '../ner/tagger.ts';
import type { EntityType } from '../ner/tags.ts';
import type { SentenceWords } from './sentence-tokens.ts';

/** An entity over words [from, to) of a sentence. */
export interface WordEntity {
  type: EntityType;
  from: number;
  to: number;
}

const PUNCTUATION = /[^\s\p{L}\p{M}\p{N}\u0640\u200C\u200D]/gu;

// Both passes of an assembly read the same article: tag it once (per model and gazetteer).
const MEMO = new WeakMap<readonly SentenceWords[], { model: NerModel; gazetteer: Gazetteer; entities: WordEntity[][] }>();

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

// Wire copy repeats sentences word for word across outlets (see text-memo.ts): tag each distinct sentence once
// per model and gazetteer. The spans are shared and only read.
const SENTENCES = new WeakMap<NerModel, WeakMap<Gazetteer, TextMemo<readonly EntitySpan[]>>>();

function sentenceMemo(model: NerModel, gazetteer: Gazetteer): TextMemo<readonly EntitySpan[]> {
  let byGazetteer = SENTENCES.get(model);
  if (byGazetteer === undefined) { byGazetteer = new WeakMap(); SENTENCES.set(model, byGazetteer); }
  let memo = byGazetteer.get(gazetteer);
  if (memo === undefined) { memo = textMemo(2_000_000); byGazetteer.set(gazetteer, memo); }
  return memo;
}

function compute(sentences: readonly SentenceWords[], model: NerModel, gazetteer: Gazetteer): WordEntity[][] {
  const tokenised = sentences.map(sentenceTokens);
  const memo = sentenceMemo(model, gazetteer);
  const tagged = tokenised.map((t) => memo.get(t.tokens.join('\u0000'), () => findEntities(model, t.tokens, gazetteer)));
  const found = propagateNames(tokenised.map((t) => t.tokens), tagged.map((e) => [...e]));
  return tokenised.map(({ wordOf }, s) => {
    const out: WordEntity[] = [];
    for (const e of found[s] ?? []) {
      const words = wordOf.slice(e.start, e.end).filter((w) => w >= 0);
      const from = words[0];
      const to = words.at(-1);
      if (from !== undefined && to !== undefined) out.push({ type: e.type, from, to: to + 1 });
    }
    return out;
  });
}

/** The tagger's entities of each sentence of an article (memoised for the array of sentences). */
export function articleEntities(sentences: readonly SentenceWords[], model: NerModel, gazetteer: Gazetteer): WordEntity[][] {
  const known = MEMO.get(sentences);
  if (known !== undefined && known.model === model && known.gazetteer === gazetteer) return known.entities;
  const entities = compute(sentences, model, gazetteer);
  MEMO.set(sentences, { model, gazetteer, entities });
  return entities;
}
