/**
 * Tagging with a trained model: each token's features scored against the weights, then the best legal tag
 * sequence (viterbi.ts), then the entities it spells.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { ModelData, ModelHeader } from './model-file.ts';
import { propagateNames } from './propagate.ts';
import { sentenceFeatures } from './sentence-features.ts';
import { spansFromTags, TAG_COUNT } from './tags.ts';
import type { EntitySpan } from './tags.ts';
import { viterbi } from './viterbi.ts';
import { scoreInto, weightsTable } from './weights-table.ts';
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

/** The tag indices of a sentence given as its tokens as written. */
export function tagTokens(model: NerModel, tokens: readonly string[], gazetteer: Gazetteer): number[] {
  const { features } = sentenceFeatures(tokens, gazetteer);
  const emissions = new Float64Array(tokens.length * TAG_COUNT);
  features.forEach((f, i) => scoreInto(model.table, f, emissions, i * TAG_COUNT));
  return viterbi(tokens.length, emissions, model.transitions);
}

/** The entities of a sentence given as its tokens as written. */
export function findEntities(model: NerModel, tokens: readonly string[], gazetteer: Gazetteer): EntitySpan[] {
  return spansFromTags(tagTokens(model, tokens, gazetteer));
}

/** The entities of each sentence of a document, a name tagged once being a name wherever the document repeats it. */
export function findDocumentEntities(model: NerModel, sentences: readonly (readonly string[])[], gazetteer: Gazetteer): EntitySpan[][] {
  return propagateNames(sentences, sentences.map((tokens) => findEntities(model, tokens, gazetteer)));
}
