/**
 * Two stages (Krishnan & Manning 2006): a first tagger tags a whole document, document-features.ts turns what it
 * said into features of each token, and a second tagger, trained with them, tags again. The second stage must
 * learn from a first stage that has NOT seen the sentences it tags, as at run time: its training documents are
 * tagged by jackknifing (the documents cut into folds, each fold tagged by a first stage trained on the others).
 */
import { documentFeatures } from './document-features.ts';
import { decodeRows, featureRows } from './perceptron.ts';
import type { TrainedWeights, TrainingSentence } from './perceptron.ts';
import type { EntityType } from './tags.ts';

/** A document of the training data: its sentences' tokens and features, and how many times training reads it. */
export interface TrainingDocument {
  tokens: readonly (readonly string[])[];
  sentences: readonly TrainingSentence[];
  repeat: number;
}

/** The tags `weights` give each sentence of a document, from its features. */
export function tagDocument(weights: TrainedWeights, sentences: readonly TrainingSentence[]): number[][] {
  const rowOf = new Map<number, number>();
  weights.hashes.forEach((h, r) => rowOf.set(h, r));
  return sentences.map((s) => decodeRows(featureRows(s.features, rowOf).rows, weights.weights, weights.transitions));
}

/**
 * A document's sentences with the document features of the first stage's `tags` (the evidence for `types`, all by
 * default) after each token's own features.
 */
export function withDocumentFeatures(doc: TrainingDocument, tags: readonly (readonly number[])[], types?: ReadonlySet<EntityType>): TrainingSentence[] {
  const extra = documentFeatures(doc.tokens, tags, types);
  return doc.sentences.map((s, k) => ({
    ...s,
    features: s.features.map((f, i) => {
      const more = extra[k]?.[i] ?? new Uint32Array();
      const out = new Uint32Array(f.length + more.length);
      out.set(f);
      out.set(more, f.length);
      return out;
    }),
  }));
}

/**
 * The sentences training reads, in a fixed order: every document once, in order, then again each document read
 * twice or more, and so on (a set repeated K times is read as K passes over it, as trainModel reads it).
 */
export function trainingOrder(docs: readonly TrainingDocument[]): TrainingSentence[] {
  const out: TrainingSentence[] = [];
  const passes = Math.max(0, ...docs.map((d) => d.repeat));
  for (let pass = 1; pass <= passes; pass++) for (const d of docs) if (d.repeat >= pass) out.push(...d.sentences);
  return out;
}

/**
 * Each document's first-stage tags by jackknifing: the documents of fold f (`folds[d]`, 0 … k − 1) are tagged by
 * weights `train` learns from the documents of every other fold.
 */
export function jackknifeTags(docs: readonly TrainingDocument[], folds: readonly number[], train: (sentences: TrainingSentence[]) => TrainedWeights): number[][][] {
  const tags: number[][][] = docs.map(() => []);
  const k = Math.max(0, ...folds) + 1;
  for (let f = 0; f < k; f++) {
    const inFold = docs.map((_, d) => folds[d] === f);
    if (!inFold.some(Boolean)) continue;
    const weights = train(trainingOrder(docs.filter((_, d) => !inFold[d])));
    docs.forEach((doc, d) => { if (inFold[d]) tags[d] = tagDocument(weights, doc.sentences); });
  }
  return tags;
}

/**
 * The folds of documents: the corpus's documents (`contiguous` of them, first) in k contiguous runs, since
 * neighbouring pseudo-documents of one article share names; the rest (the own sets' articles) dealt in turn.
 */
export function documentFolds(count: number, contiguous: number, k: number): number[] {
  return Array.from({ length: count }, (_, d) => (d < contiguous ? Math.floor((d * k) / Math.max(1, contiguous)) : (d - contiguous) % k));
}

/** The sentences of a pseudo-document of the corpus, which marks no articles: as `npm run eval` cuts it. */
export const PSEUDO_DOCUMENT_SENTENCES = 15;

/** Consecutive sentences as documents of `size` sentences, cut from the first, each read once. */
export function pseudoDocuments(tokens: readonly (readonly string[])[], sentences: readonly TrainingSentence[], size = PSEUDO_DOCUMENT_SENTENCES): TrainingDocument[] {
  const docs: TrainingDocument[] = [];
  for (let i = 0; i < sentences.length; i += size) docs.push({ tokens: tokens.slice(i, i + size), sentences: sentences.slice(i, i + size), repeat: 1 });
  return docs;
}

/** A set's sentences as its articles (`doc` of read-corpus.ts, in order of first sentence), each read `repeat` times. */
export function articleDocuments(annotated: readonly { tokens: readonly string[]; doc?: number }[], sentences: readonly TrainingSentence[], repeat: number): TrainingDocument[] {
  const byDoc = new Map<number, { tokens: (readonly string[])[]; sentences: TrainingSentence[] }>();
  annotated.forEach((s, i) => {
    const features = sentences[i];
    if (features === undefined) throw new Error('a sentence without features');
    const doc = byDoc.get(s.doc ?? -1) ?? { tokens: [], sentences: [] };
    doc.tokens.push(s.tokens);
    doc.sentences.push(features);
    byDoc.set(s.doc ?? -1, doc);
  });
  return [...byDoc.values()].map((d) => ({ ...d, repeat }));
}

/**
 * The second stage's weights: `docs` (the corpus's `contiguous` documents first) tagged by jackknifing over `folds`
 * folds, each document's sentences given the document features of those tags for `types`, and `train` run on them
 * in training order. `train` also trains each fold's first stage, so both stages learn with the same settings.
 */
export function trainSecondStage(docs: readonly TrainingDocument[], contiguous: number, folds: number, types: ReadonlySet<EntityType>, train: (sentences: TrainingSentence[]) => TrainedWeights): TrainedWeights {
  const tags = jackknifeTags(docs, documentFolds(docs.length, contiguous, folds), train);
  return train(trainingOrder(docs.map((d, k) => ({ ...d, sentences: withDocumentFeatures(d, tags[k] ?? [], types) }))));
}
