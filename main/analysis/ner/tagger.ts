/**
 * Tagging with a trained model: each token's features scored against the weights, then the best legal tag
 * sequence (viterbi.ts), then the entities it spells. A two-stage model (stacking.ts) tags a document twice: the
 * first stage sentence by sentence, then the second with what the first said across the whole document
 * (document-features.ts), and the output mixes the two (mix-stages.ts: the second stage's persons where the first
 * said O or a person, the first stage's organisations, places and other names).
 */
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { documentFeatures } from './document-features.ts';
import { mixStageSpans } from './mix-stages.ts';
import type { ModelData, ModelHeader, StageMix } from './model-file.ts';
import { propagateNames } from './propagate.ts';
import { prepareSentence, visitFeatures } from './sentence-features.ts';
import { spansFromTags, TAG_COUNT } from './tags.ts';
import type { EntitySpan, EntityType } from './tags.ts';
import { outsideMargins, viterbi } from './viterbi.ts';
import { weightsTable } from './weights-table.ts';
import type { WeightsTable } from './weights-table.ts';

/** The second stage of a two-stage model: its weights and the types whose document evidence it reads. */
export interface SecondStage {
  table: WeightsTable;
  transitions: Float32Array;
  types: ReadonlySet<EntityType>;
  mix: StageMix;
}

export interface NerModel {
  header: ModelHeader;
  table: WeightsTable;
  transitions: Float32Array;
  /** Null for a one-stage model. */
  second: SecondStage | null;
}

/** A model ready to tag, from a decoded model file. */
export function nerModel(data: ModelData): NerModel {
  const stage = data.header.secondStage;
  return {
    header: data.header,
    table: weightsTable(data.hashes, data.weights),
    transitions: data.transitions,
    second: data.second === null || stage === undefined ? null : { table: weightsTable(data.second.hashes, data.second.weights), transitions: data.second.transitions, types: new Set(stage.types), mix: stage.mix },
  };
}

/** Adds the weights of feature `hash` in `table` to `emissions` at `at`. */
function addRow(table: WeightsTable, emissions: Float64Array, at: number, hash: number): void {
  const r = table.row(hash);
  if (r < 0) return;
  const T = TAG_COUNT;
  const base = r * T;
  const weights = table.weights;
  for (let t = 0; t < T; t++) emissions[at + t] = (emissions[at + t] ?? 0) + (weights[base + t] ?? 0);
}

/**
 * What a sentence alone gives: the first stage's tags and margins, and (two stages) the second stage's scores of
 * the sentence's own features, to which the document's features are added once the whole document is tagged.
 * Depends on the sentence's tokens only, so a sentence repeated word for word is scored once (sentence-entities.ts).
 */
export interface ScoredSentence {
  tokens: readonly string[];
  tags: number[];
  outside: Float64Array;
  /** The second stage's emissions from the sentence's own features; null for a one-stage model. */
  second: Float64Array | null;
}

/** Scores a sentence given as its tokens as written with both stages' weights (features are made once for both). */
export function scoreSentence(model: NerModel, tokens: readonly string[], gazetteer: Gazetteer): ScoredSentence {
  const prepared = prepareSentence(tokens, gazetteer);
  const T = TAG_COUNT;
  const emissions = new Float64Array(tokens.length * T);
  const second = model.second === null ? null : new Float64Array(tokens.length * T);
  const { table } = model;
  const secondTable = model.second?.table;
  let at = 0;
  // Features are scored as they are made: no array per token.
  const score = secondTable === undefined || second === null
    ? (hash: number): void => addRow(table, emissions, at, hash)
    : (hash: number): void => { addRow(table, emissions, at, hash); addRow(secondTable, second, at, hash); };
  for (let i = 0; i < tokens.length; i++) {
    at = i * T;
    visitFeatures(prepared, i, score);
  }
  return { tokens, tags: viterbi(tokens.length, emissions, model.transitions), outside: outsideMargins(tokens.length, emissions, model.transitions), second };
}

/** A sentence's entities and, per token, how sure the tagger is that it is no actor's, negative when it is one's (viterbi.ts, outsideMargins). */
export interface TaggedSentence {
  entities: EntitySpan[];
  outside: Float64Array;
}

/**
 * The mixed margins: the first stage's, as the actors stage's thresholds were chosen on (word-margins.ts,
 * drop-vetoed.ts), but on the words whose reading the output takes from the second stage (a person it found or cut
 * otherwise, or a first-stage person it dropped), the second stage's.
 */
function mixedMargins(first: Float64Array, second: Float64Array, firstSpans: readonly EntitySpan[], mixed: readonly EntitySpan[]): Float64Array {
  const out = Float64Array.from(first);
  const same = (a: EntitySpan, b: EntitySpan): boolean => a.start === b.start && a.end === b.end && a.type === b.type;
  const changed = [...mixed.filter((m) => !firstSpans.some((f) => same(f, m))), ...firstSpans.filter((f) => !mixed.some((m) => same(f, m)))];
  for (const e of changed) for (let i = e.start; i < e.end; i++) out[i] = second[i] ?? 0;
  return out;
}

/** The entities and margins of a document's sentences, each already scored (scoreSentence), before propagation. */
export function tagScoredDocument(model: NerModel, scored: readonly ScoredSentence[]): TaggedSentence[] {
  const { second } = model;
  if (second === null) return scored.map((s) => ({ entities: spansFromTags(s.tags), outside: s.outside }));
  const extra = documentFeatures(scored.map((s) => s.tokens), scored.map((s) => s.tags), second.types);
  const T = TAG_COUNT;
  return scored.map((s, k) => {
    const n = s.tokens.length;
    const emissions = Float64Array.from(s.second ?? new Float64Array(n * T));
    const more = extra[k] ?? [];
    for (let i = 0; i < n; i++) for (const hash of more[i] ?? []) addRow(second.table, emissions, i * T, hash);
    const tags = viterbi(n, emissions, second.transitions);
    const first = spansFromTags(s.tags);
    const entities = mixStageSpans(first, spansFromTags(tags), second.mix);
    return { entities, outside: mixedMargins(s.outside, outsideMargins(n, emissions, second.transitions), first, entities) };
  });
}

/** The entities and margins of each sentence of a document given as tokens as written, before propagation. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[], gazetteer: Gazetteer): TaggedSentence[] {
  return tagScoredDocument(model, sentences.map((tokens) => scoreSentence(model, tokens, gazetteer)));
}

/** The entities of a sentence given as its tokens as written (a document of one sentence), with each token's margin of being no actor's. */
export function tagSentence(model: NerModel, tokens: readonly string[], gazetteer: Gazetteer): TaggedSentence {
  return tagDocument(model, [tokens], gazetteer)[0] ?? { entities: [], outside: new Float64Array() };
}

/** The entities of a sentence given as its tokens as written (a document of one sentence). */
export function findEntities(model: NerModel, tokens: readonly string[], gazetteer: Gazetteer): EntitySpan[] {
  return tagSentence(model, tokens, gazetteer).entities;
}

/** The entities of each sentence of a document, a name tagged once being a name wherever the document repeats it. */
export function findDocumentEntities(model: NerModel, sentences: readonly (readonly string[])[], gazetteer: Gazetteer): EntitySpan[][] {
  return propagateNames(sentences, tagDocument(model, sentences, gazetteer).map((t) => [...t.entities]));
}
