/**
 * The trained tagger's entities in one sentence of an article, as word ranges of sentenceWords: the tagger reads
 * tokens as ANERcorp writes them, punctuation apart, so the punctuation between words becomes tokens of its own.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { findEntities } from '../ner/tagger.ts';
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

// Both passes of an assembly read the same sentences: tag each once (per model and gazetteer).
const MEMO = new WeakMap<SentenceWords, { model: NerModel; gazetteer: Gazetteer; entities: WordEntity[] }>();

function compute(sw: SentenceWords, model: NerModel, gazetteer: Gazetteer): WordEntity[] {
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
  const out: WordEntity[] = [];
  for (const e of findEntities(model, tokens, gazetteer)) {
    const words = wordOf.slice(e.start, e.end).filter((w) => w >= 0);
    const from = words[0];
    const to = words.at(-1);
    if (from !== undefined && to !== undefined) out.push({ type: e.type, from, to: to + 1 });
  }
  return out;
}

/** The tagger's entities of a sentence (memoised for the sentence object). */
export function sentenceEntities(sw: SentenceWords, model: NerModel, gazetteer: Gazetteer): WordEntity[] {
  const known = MEMO.get(sw);
  if (known !== undefined && known.model === model && known.gazetteer === gazetteer) return known.entities;
  const entities = compute(sw, model, gazetteer);
  MEMO.set(sw, { model, gazetteer, entities });
  return entities;
}
