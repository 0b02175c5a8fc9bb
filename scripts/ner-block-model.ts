// The model of a tune block (main/analysis/ner/splits.ts's tuneBlocks): trained on the rest of the training part
// with the shipped settings, and kept in tests/output/ner-tune-stage/ under a key of the data, settings, features
// and word lists, so a second run only reads it. `npm run tune:ner-stage`, `npm run ablate:persons` and `npm run person-losses` share it, and the studied sets the person tools read.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CrfSettings } from '../main/analysis/ner/learner.ts';
import { MODEL_ATTRIBUTION, MODEL_LICENCE } from '../main/analysis/ner/licence.ts';
import { decodeModel, FEATURE_SET } from '../main/analysis/ner/model-file.ts';
import { loadNerModel } from '../main/analysis/ner/load-model.ts';
import { readCorpus } from '../main/analysis/ner/read-corpus.ts';
import type { AnnotatedSentence } from '../main/analysis/ner/read-corpus.ts';
import { corpusSplit, slice, tuneBlocks } from '../main/analysis/ner/splits.ts';
import type { Range } from '../main/analysis/ner/splits.ts';
import { nerModel } from '../main/analysis/ner/tagger.ts';
import type { NerModel } from '../main/analysis/ner/tagger.ts';
import { trainModel } from '../main/analysis/ner/train-model.ts';
import { listHashes } from '../main/analysis/ner/training-inputs.ts';
import { sha256Hex } from '../main/text/sha256.ts';
import type { Gazetteer } from '../main/text/gazetteer/gazetteer.ts';
import { makeDocs } from '../tests/eval/entity-docs.ts';
import type { Doc } from '../tests/eval/entity-docs.ts';
import { readArticles, STUDIED } from '../tests/eval/modern-docs.ts';
import { crfSettings } from './train-ner-learner.ts';
import { modernSets, readModernSets } from './train-ner-modern.ts';
import type { ModernData, OwnSetName } from './train-ner-modern.ts';
import { EPOCHS, MIN_COUNT, OWN_REPEATS, PERSON_DROPOUT, SEED, WORD_DROPOUT } from './train-ner-settings.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BLOCK_MODEL_DIR = path.join(root, 'tests', 'output', 'ner-tune-stage');

/** How a block's model is trained: the own sets and their repeats, the CRF's settings (none: the perceptron), whether to train again. */
export interface BlockTraining {
  ownSets: readonly ModernData[];
  ownRepeats: Readonly<Record<OwnSetName, number>>;
  crf: CrfSettings | undefined;
  retrain: boolean;
  /** The annotated corpus file's name and its bytes' hash, as the model's header records them. */
  dataName: string;
  dataSha256: string;
}

/** The model trained on the training part without `block` (the block put last, where trainModel holds out its last 10 %). */
export function blockModel(name: string, corpus: readonly AnnotatedSentence[], train: Range, block: Range, gazetteer: Gazetteer, t: BlockTraining): NerModel {
  // The CRF's settings only when it trains: a perceptron's key stays as it was, so models already cached are found.
  const settings = { seed: SEED, epochs: EPOCHS, minCount: MIN_COUNT, wordDropout: WORD_DROPOUT, ...(PERSON_DROPOUT === undefined ? {} : { personDropout: PERSON_DROPOUT }), ...(t.crf === undefined ? {} : { crf: t.crf }) };
  const modern = modernSets(t.ownSets, t.ownRepeats, true);
  // Keyed as before when only the first set is trained on, so that models already cached are found.
  const only = modern.length === 1 ? modern[0] : undefined;
  const own = modern.length === 0 ? {} : only !== undefined && only.name === t.ownSets[0]?.name ? { modern: { sha256: only.sha256, repeat: only.repeat } } : { modern: modern.map((m) => ({ name: m.name, sha256: m.sha256, repeat: m.repeat })) };
  const cacheKey = sha256Hex(JSON.stringify({ dataSha256: t.dataSha256, settings, FEATURE_SET, lists: listHashes(gazetteer), block, ...own })).slice(0, 16);
  const cached = path.join(BLOCK_MODEL_DIR, `${name}-${cacheKey}.model`);
  if (!t.retrain && existsSync(cached)) return nerModel(decodeModel(readFileSync(cached)));
  const ordered = [...corpus.slice(train.from, block.from), ...corpus.slice(block.to, train.to), ...corpus.slice(block.from, block.to)];
  const heldOut = corpusSplit(ordered.length).heldOut;
  if (heldOut.to - heldOut.from !== block.to - block.from) throw new Error(`block ${name} (${block.to - block.from} sentences) is not the last 10 % of what it is trained with (${heldOut.to - heldOut.from})`);
  const started = Date.now();
  const { bytes } = trainModel(ordered, gazetteer, { ...settings, own: modern, dataName: t.dataName, dataSha256: t.dataSha256, licence: MODEL_LICENCE, attribution: MODEL_ATTRIBUTION });
  mkdirSync(BLOCK_MODEL_DIR, { recursive: true });
  writeFileSync(cached, bytes);
  console.log(`  trained a model without block ${name} in ${((Date.now() - started) / 1000).toFixed(0)} s (${path.relative(root, cached)})`);
  return nerModel(decodeModel(bytes));
}

/** A studied set of the person tools: its documents, the model to tag them with, and its fixture folder (a modern set's). */
export interface StudiedSet {
  name: string;
  docs: Doc[];
  model: NerModel;
  dir: string | null;
}

/**
 * The STUDIED sets only, never an honest one: ANERcorp's three tune blocks of the corpus `file`, each with its block
 * model, and the studied sets of 2020s news (tests/eval/modern-docs.ts's STUDIED) with the shipped model.
 */
export function studiedSets(file: string, gazetteer: Gazetteer): StudiedSet[] {
  const raw = readFileSync(file);
  const corpus = readCorpus(raw.toString('utf8'), file).sentences;
  const split = corpusSplit(corpus.length);
  const training = { ownSets: readModernSets(), ownRepeats: OWN_REPEATS, crf: crfSettings([]), retrain: false, dataName: path.basename(file), dataSha256: sha256Hex(raw) };
  const blocks = Object.entries(tuneBlocks(corpus.length)).map(([name, block]) => ({ name, docs: makeDocs(slice(corpus, block)), model: blockModel(name, corpus, split.train, block, gazetteer, training), dir: null }));
  const shipped = loadNerModel();
  const modern = Object.keys(STUDIED).map((name) => {
    const dir = path.join(root, 'tests', 'fixtures', 'entities', name);
    const setFile = path.join(dir, `${name}.txt`);
    return { name, docs: readArticles(readFileSync(setFile, 'utf8'), setFile), model: shipped, dir };
  });
  return [...blocks, ...modern];
}
