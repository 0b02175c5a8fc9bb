/**
 * Tagging with a trained model: each token's features scored against the weights, then the best legal tag
 * sequence (viterbi.ts), then the entities it spells.
 */
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import type { ModelData, ModelHeader } from './model-file.ts';
import { propagateNames } from './propagate.ts';
import { prepareSentence, visitFeatures } from './sentence-features.ts';
import { spansFromTags, TAG_COUNT } from './tags.ts';
import type { EntitySpan } from './tags.ts';
import { outsideMargins, viterbi } from './viterbi.ts';
import { weightsTable } from './weights-table.ts';
import type { WeightsTable } from './weights-table.ts';

export interface NerModel {
  header: ModelHeader;
  table: WeightsTable;
  transitions: Float32Array;
}

/** A model ready to tag, from a decoded model file. */
export function nerModel(data: ModelData): NerModel {
  return { header: data.header, table: weightsTable(data.hashes, data.weights), transitions: data.transitions };
}

/** Each token's score for each tag (token i's at i * TAG_COUNT), from the features it has. */
function tokenEmissions(model: NerModel, tokens: readonly string[], gazetteer: Gazetteer): Float64Array {
  const prepared = prepareSentence(tokens, gazetteer);
  // A local copy: an imported binding is read through a getter under tsx, in the innermost loop.
  const T = TAG_COUNT;
  const emissions = new Float64Array(tokens.length * T);
  const { table } = model;
  const weights = table.weights;
  let at = 0;
  // Features are scored as they are made: no array per token.
  const score = (hash: number): void => {
    const r = table.row(hash);
    if (r < 0) return;
    const base = r * T;
    for (let t = 0; t < T; t++) emissions[at + t] = (emissions[at + t] ?? 0) + (weights[base + t] ?? 0);
  };
  for (let i = 0; i < tokens.length; i++) {
    at = i * T;
    visitFeatures(prepared, i, score);
  }
  return emissions;
}

/** The tag indices of a sentence given as its tokens as written. */
export function tagTokens(model: NerModel, tokens: readonly string[], gazetteer: Gazetteer): number[] {
  return viterbi(tokens.length, tokenEmissions(model, tokens, gazetteer), model.transitions);
}

/** A sentence's entities and, per token, how sure the tagger is that it is no actor's, negative when it is one's (viterbi.ts, outsideMargins). */
export interface TaggedSentence {
  entities: EntitySpan[];
  outside: Float64Array;
}

/** The entities of a sentence given as its tokens as written, with each token's margin of being no actor's. */
export function tagSentence(model: NerModel, tokens: readonly string[], gazetteer: Gazetteer): TaggedSentence {
  const emissions = tokenEmissions(model, tokens, gazetteer);
  return { entities: spansFromTags(viterbi(tokens.length, emissions, model.transitions)), outside: outsideMargins(tokens.length, emissions, model.transitions) };
}

/** The entities of a sentence given as its tokens as written. */
export function findEntities(model: NerModel, tokens: readonly string[], gazetteer: Gazetteer): EntitySpan[] {
  return spansFromTags(tagTokens(model, tokens, gazetteer));
}

/** The entities of each sentence of a document, a name tagged once being a name wherever the document repeats it. */
export function findDocumentEntities(model: NerModel, sentences: readonly (readonly string[])[], gazetteer: Gazetteer): EntitySpan[][] {
  return propagateNames(sentences, sentences.map((tokens) => findEntities(model, tokens, gazetteer)));
}
