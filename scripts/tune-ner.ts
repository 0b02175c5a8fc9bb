// `npm run tune:ner [-- <train.txt>] [--epochs N] [--seed S] [--dropout D] [--min-count C] [--modern K] [--modern2 K]
// [--learner crf|perceptron|sum] [--l2 C] [--step S] [--average 0|1] [--share S] [--shares a,b,…] [--stacked K
// [--stack-types PERS,…]]` (train-ner-learner.ts; --scale does not change what it scores): how the tagger does on blocks of the
// training part it is not trained on, for choosing features and settings without the held-out block (never read
// here). For each block (the dev block of splits.ts and two earlier ones, 386 sentences each), a model is trained
// on the rest of the training part and scored after each epoch, exact spans, with one sense per pseudo-document
// of 15 sentences as `npm run eval` does; then the mean over epochs 6 to the last, and that mean over the three
// blocks per type. One dev block alone misleads: changes that gained 1.5 F1 there lost as much on another block.
// Last, the mean micro F1 of the three blocks after each epoch, and the epoch where it is highest: how EPOCHS of
// train-ner-settings.ts is chosen. With the project's own sets (--modern K for the first, --modern2 K for the second,
// OWN_REPEATS by default): each model is also trained on each set's training articles K times, and each set's tune
// articles (every fifth) are scored beside the blocks with each block's model, one document per article; they are
// never part of the blocks' mean. With --stacked K, two arms: the first stage (the figures without the flag) and a
// second stage trained with the first stage's document features (stacking.ts, document-features.ts; the evidence
// for the types --stack-types names), the rest's documents tagged by jackknifing over K folds; and an arm per way of
// mixing the two stages' spans (mix-stages.ts MixOverlap: 'person', 'first', 'adds', 'keeps').
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countSpans, emptyTable, prf } from '../main/analysis/ner/entity-scores.ts';
import type { ScoreTable } from '../main/analysis/ner/entity-scores.ts';
import { mixWeights, trainBoth, trainWeights } from '../main/analysis/ner/learner.ts';
import { mixStageSpans } from '../main/analysis/ner/mix-stages.ts';
import type { MixOverlap } from '../main/analysis/ner/mix-stages.ts';
import { decodeRows, featureRows } from '../main/analysis/ner/perceptron.ts';
import type { TrainedWeights, TrainingSentence } from '../main/analysis/ner/perceptron.ts';
import { propagateNames } from '../main/analysis/ner/propagate.ts';
import { readCorpus } from '../main/analysis/ner/read-corpus.ts';
import type { AnnotatedSentence } from '../main/analysis/ner/read-corpus.ts';
import { seenNameFeatures, seenNameFolds, seenNames } from './ner-seen-names.ts';
import type { SeenNames } from './ner-seen-names.ts';
import { sentenceFeatures } from '../main/analysis/ner/sentence-features.ts';
import { clusterFeatures, learnWordClusters } from './ner-word-clusters.ts';
import { articleDocuments, documentFolds, jackknifeTags, PSEUDO_DOCUMENT_SENTENCES, pseudoDocuments, tagDocument, trainingOrder, withDocumentFeatures } from '../main/analysis/ner/stacking.ts';
import type { TrainingDocument } from '../main/analysis/ner/stacking.ts';
import { corpusSplit, tuneBlocks } from '../main/analysis/ner/splits.ts';
import type { Range } from '../main/analysis/ner/splits.ts';
import { ENTITY_TYPES, spansFromTags } from '../main/analysis/ner/tags.ts';
import type { EntitySpan, EntityType } from '../main/analysis/ner/tags.ts';
import { loadGazetteer } from '../main/text/gazetteer/gazetteer.ts';
import { crfSettings } from './train-ner-learner.ts';
import { readModernSets } from './train-ner-modern.ts';
import type { OwnSetName } from './train-ner-modern.ts';
import { EPOCHS, MIN_COUNT, OWN_REPEATS, PERSON_DROPOUT, SEED, WORD_DROPOUT } from './train-ner-settings.ts';

const DOC_SENTENCES = PSEUDO_DOCUMENT_SENTENCES;
const FIRST_SCORED_EPOCH = 6;
const TYPES = ['micro', 'PERS', 'ORG', 'LOC'] as const;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
const file = path.resolve(positional[0] ?? path.join(root, '..', 'shared', 'data', 'anercorp-train', 'train.txt'));
const epochs = option('--epochs', 12);
const seed = option('--seed', SEED);
const wordDropout = option('--dropout', WORD_DROPOUT);
// `--person-dropout D`: the share of gold persons' tokens whose own-word features are hidden (perceptron.ts; D = the
// --dropout share: as every word).
const personDropout = option('--person-dropout', PERSON_DROPOUT ?? wordDropout);
const minCount = option('--min-count', MIN_COUNT);
const crf = crfSettings(args);
const ownRepeats: Record<OwnSetName, number> = { 'modern-train-1': option('--modern', OWN_REPEATS['modern-train-1']), 'modern-train-2': option('--modern2', OWN_REPEATS['modern-train-2']) };

const corpus = readCorpus(readFileSync(file, 'utf8'), file).sentences;
const split = corpusSplit(corpus.length);
const named = tuneBlocks(corpus.length);
const blocks: Range[] = [named.first, named.middle, named.dev];
const gazetteer = loadGazetteer();
const data = corpus.slice(0, split.train.to).map((s) => ({ ...sentenceFeatures(s.tokens, gazetteer), tags: s.tags }));
const ownSets = readModernSets().map((set) => {
  const repeat = ownRepeats[set.set];
  const train = set.train.map((s) => ({ ...sentenceFeatures(s.tokens, gazetteer), tags: s.tags }));
  const tune = set.tune.map((article) => article.map((s) => ({ ...sentenceFeatures(s.tokens, gazetteer), tags: s.tags, tokens: s.tokens })));
  console.log(`own set ${set.name}: ${set.train.length} training sentences ×${repeat}, ${tune.length} tune articles (${tune.flat().length} sentences)`);
  // Its training articles as documents, for --stacked.
  return { name: set.name, extra: Array.from({ length: repeat }, () => train).flat(), tune, articles: articleDocuments(set.train, train, repeat), repeat };
});
const modernExtra = ownSets.flatMap((set) => set.extra);
// `--seen-names K` (ner-seen-names.ts): each sentence also reads whether its words name persons elsewhere in the training
// data, the lists jackknifed over K contiguous folds of the rest; the block and the own tune articles read the lists of
// the whole rest and the own sets' training articles.
const seenFolds = option('--seen-names', 0);
// `--seen-types PERS,…`: the types listed (persons by default); `--seen-own`: the word's own list only, not its neighbours'.
const seenAt = args.indexOf('--seen-types');
const seenTypes = (seenAt >= 0 ? (args[seenAt + 1] ?? '').split(',') : ['PERS']).map((t) => { if (!(ENTITY_TYPES as readonly string[]).includes(t)) throw new Error(`--seen-types ${t}: the types are ${ENTITY_TYPES.join(', ')}`); return t as EntityType; });
const seenNeighbours = !args.includes('--seen-own');
const ownAnnotated = readModernSets().map((set) => ({ train: set.train, repeat: ownRepeats[set.set] })).filter((o) => o.repeat > 0);
const withSeen = (s: TrainingSentence, tokens: readonly string[], seen: SeenNames): TrainingSentence => {
  const more = seenNameFeatures(tokens, seen, seenNeighbours);
  return { ...s, features: s.features.map((f, i) => (more[i] ?? []).length === 0 ? f : Uint32Array.from([...f, ...(more[i] ?? [])])) };
};
/** The block's training sentences, its own sentences and the own tune articles, each with the lists it may read. */
function seenRun(block: Range): { train: TrainingSentence[]; dev: TrainingSentence[]; ownTune: TrainingSentence[][] } {
  const rest = [...corpus.slice(0, block.from), ...corpus.slice(block.to, split.train.to)];
  const restData = [...data.slice(0, block.from), ...data.slice(block.to, split.train.to)];
  const lists = seenNameFolds(rest, seenFolds, ownAnnotated.map((o) => o.train), seenTypes);
  const all = seenNames([...rest, ...ownAnnotated.flatMap((o) => o.train)], seenTypes);
  const train = restData.map((s, i) => withSeen(s, rest[i]?.tokens ?? [], lists.corpus[i] ?? all));
  ownAnnotated.forEach((o, k) => {
    const own = o.train.map((s) => withSeen({ ...sentenceFeatures(s.tokens, gazetteer), tags: s.tags }, s.tokens, lists.extra[k] ?? all));
    for (let r = 0; r < o.repeat; r++) train.push(...own);
  });
  const dev = corpus.slice(block.from, block.to).map((s, i) => withSeen(data[block.from + i] ?? { features: [], lexical: new Uint8Array(), tags: [] }, s.tokens, all));
  return { train, dev, ownTune: modernTune.map((article) => article.map((s) => withSeen(s, s.tokens, all))) };
}
const modernTune = ownSets.flatMap((set) => set.tune);

// `--clusters 64,256` (ner-word-clusters.ts): word classes learned per block from the unlabeled text of the rest of the
// training part and both own sets' training articles (never the block, the held-out block or any tune article), one
// clustering per number of classes, read as features by every sentence (cluster-features.ts).
const clustersAt = args.indexOf('--clusters');
const clusterSizes = clustersAt >= 0 ? (args[clustersAt + 1] ?? '').split(',').map(Number) : [];
const clusterMin = option('--cluster-min', 2);
const clusterIterations = option('--cluster-iterations', 10);
const clusterReach = option('--cluster-reach', 0);
const ownTexts = readModernSets().map((set) => ({ train: set.train, repeat: ownRepeats[set.set] }));
const withMore = (s: TrainingSentence, more: readonly number[][]): TrainingSentence => ({ ...s, features: s.features.map((f, i) => Uint32Array.from([...f, ...(more[i] ?? [])])) });
/** The block's training sentences, its own sentences and the own tune articles, each with its class features. */
function clusterRun(block: Range): { train: TrainingSentence[]; dev: TrainingSentence[]; ownTune: TrainingSentence[][] } {
  const rest = [...corpus.slice(0, block.from), ...corpus.slice(block.to, split.train.to)];
  const text = [...rest, ...ownTexts.flatMap((o) => o.train)].map((s) => s.tokens);
  const t0 = process.cpuUsage();
  const clusterings = clusterSizes.map((classes) => learnWordClusters(text, { classes, minCount: clusterMin, iterations: clusterIterations }));
  console.log(`  ${clusterings.map((c) => c.size).join(', ')} words clustered in ${((process.cpuUsage(t0).user) / 1e6).toFixed(1)} s CPU`);
  const more = (tokens: readonly string[]): number[][] => clusterFeatures(tokens, clusterings, clusterReach);
  const restData = [...data.slice(0, block.from), ...data.slice(block.to, split.train.to)];
  const train = restData.map((s, i) => withMore(s, more(rest[i]?.tokens ?? [])));
  ownTexts.forEach((o) => {
    const own = o.train.map((s) => withMore({ ...sentenceFeatures(s.tokens, gazetteer), tags: s.tags }, more(s.tokens)));
    for (let r = 0; r < o.repeat; r++) train.push(...own);
  });
  const dev = corpus.slice(block.from, block.to).map((s, i) => withMore(data[block.from + i] ?? { features: [], lexical: new Uint8Array(), tags: [] }, more(s.tokens)));
  return { train, dev, ownTune: modernTune.map((article) => article.map((s) => withMore(s, more(s.tokens)))) };
}

// `--shares a,b,…` (with --learner sum): each block's perceptron and CRF trained once, and their weights mixed at each
// share (0 the perceptron alone, 1 the CRF alone, learner.ts mixWeights) scored side by side, a figure set per share.
const sharesAt = args.indexOf('--shares');
const shares = sharesAt >= 0 ? (args[sharesAt + 1] ?? '').split(',').map(Number) : [];
if (shares.some((x) => !(x >= 0 && x <= 1)) || (shares.length > 0 && crf === undefined)) throw new Error('--shares takes shares between 0 and 1, with --learner sum or crf');
// `--stacked K` (stacking.ts): the first stage and the second, two arms.
const stackedFolds = option('--stacked', 0);
if (stackedFolds === 1 || stackedFolds < 0 || (stackedFolds > 0 && shares.length > 0)) throw new Error('--stacked takes a number of folds ≥ 2, without --shares');
// `--stack-types PERS,…`: the types whose evidence the document features give (document-features.ts), all by default.
const typesAt = args.indexOf('--stack-types');
const stackTypes = new Set<EntityType>(typesAt >= 0 ? (args[typesAt + 1] ?? '').split(',').map((t) => { if (!(ENTITY_TYPES as readonly string[]).includes(t)) throw new Error(`--stack-types ${t}: the types are ${ENTITY_TYPES.join(', ')}`); return t as EntityType; }) : ENTITY_TYPES);
// With --stacked, the mixed arms beside the stages (mix-stages.ts): the two stages' spans after the same epoch, mixed
// each way.
const MIXES: readonly MixOverlap[] = ['person', 'first', 'adds', 'keeps'];
const arms = stackedFolds > 0 ? ['stage 1: ', 'stage 2: ', ...MIXES.map((m) => `mixed, ${m} wins: `)] : shares.length === 0 ? [''] : shares.map((x) => `share ${x}: `);

type Sums = Record<(typeof TYPES)[number], number>;
const zero = (): Sums => Object.fromEntries(TYPES.map((k) => [k, 0])) as Sums;
// Per arm: per epoch, the sum over blocks of micro F1; per type, the sum over blocks of each block's mean over epochs.
const byEpoch = arms.map(() => new Array<number>(epochs).fill(0));
const blockMeans = arms.map(zero);
const modernSums = arms.map(zero);
const modernScored = arms.map(() => 0);
const line = (t: ScoreTable): string => TYPES.map((k) => `${k} ${prf(t[k]).f1.toFixed(1)}`).join('  ');

/** What weights `w` find: each block sentence's entities, and each own tune article's sentences' entities. */
interface Found {
  block: EntitySpan[][];
  own: EntitySpan[][][];
}

/** The entities weights `w` find in a block's sentences and the own sets' tune articles, before propagation. */
function decodeSpans(w: TrainedWeights, dev: readonly TrainingSentence[], ownTune: readonly TrainingSentence[][]): Found {
  const rowOf = new Map<number, number>();
  w.hashes.forEach((h, r) => rowOf.set(h, r));
  const decode = (s: TrainingSentence): EntitySpan[] => spansFromTags(decodeRows(featureRows(s.features, rowOf).rows, w.weights, w.transitions, w.trigrams));
  return { block: dev.map(decode), own: modernTune.map((_, a) => (ownTune[a] ?? []).map(decode)) };
}

/** A block's table and the own sets' tune articles' table of what was found, one sense per document applied. */
function scoreSpans(found: Found, sentences: readonly AnnotatedSentence[]): { table: ScoreTable; own: ScoreTable } {
  const propagated: EntitySpan[][] = [];
  for (let i = 0; i < found.block.length; i += DOC_SENTENCES) {
    propagated.push(...propagateNames(sentences.slice(i, i + DOC_SENTENCES).map((s) => s.tokens), found.block.slice(i, i + DOC_SENTENCES)));
  }
  const table = emptyTable();
  sentences.forEach((s, i) => countSpans(table, spansFromTags(s.tags), propagated[i] ?? []));
  // The own set's tune articles, one document each.
  const own = emptyTable();
  modernTune.forEach((article, a) => {
    const spread = propagateNames(article.map((s) => s.tokens), found.own[a] ?? []);
    article.forEach((s, i) => countSpans(own, spansFromTags(s.tags), spread[i] ?? []));
  });
  return { table, own };
}

/** Both stages' entities mixed sentence by sentence (mix-stages.ts). */
function mixFound(first: Found, second: Found, overlap: MixOverlap): Found {
  const mix = (a: readonly EntitySpan[][], b: readonly EntitySpan[][]): EntitySpan[][] => a.map((spans, i) => mixStageSpans(spans, b[i] ?? [], overlap));
  return { block: mix(first.block, second.block), own: first.own.map((article, a) => mix(article, second.own[a] ?? [])) };
}

/** The sentences of a run of corpus sentences as pseudo-documents of DOC_SENTENCES, cut from its first. */
function corpusDocuments(from: number, to: number): TrainingDocument[] {
  return pseudoDocuments(corpus.slice(from, to).map((s) => s.tokens), data.slice(from, to), DOC_SENTENCES);
}

/**
 * `--stacked K`: a second stage (stacking.ts) trained on the rest's documents tagged by jackknifing over K folds
 * (first stages of EPOCHS epochs), the block and the own tune articles tagged by a first stage trained on the whole
 * rest (scored too, as the first arm: the same figures tune:ner gives without the flag).
 */
function stackedRun(block: Range, onEpoch: (arm: number, epoch: number, found: Found) => void): void {
  const common = { seed, minCount, wordDropout, ...(crf === undefined ? {} : { crf }) };
  const aner = [...corpusDocuments(0, block.from), ...corpusDocuments(block.to, split.train.to)];
  const own = ownSets.flatMap((set) => set.articles);
  const docs = [...aner, ...own];
  const blockDocs = corpusDocuments(block.from, block.to);
  let first: TrainedWeights | null = null;
  // The first stage's entities after each epoch, mixed with the second stage's after the same epoch.
  const firstFound: Found[] = [];
  trainWeights(trainingOrder(docs), { ...common, epochs }, (epoch, w) => {
    if (epoch === EPOCHS) first = w;
    firstFound[epoch - 1] = decodeSpans(w, data.slice(block.from, block.to), modernTune);
    onEpoch(0, epoch, firstFound[epoch - 1] ?? { block: [], own: [] });
  });
  if (first === null) throw new Error(`--stacked needs --epochs ≥ ${EPOCHS} (the first stage's)`);
  const firstStage: TrainedWeights = first;
  const folds = documentFolds(docs.length, aner.length, stackedFolds);
  const jack = jackknifeTags(docs, folds, (sentences) => trainWeights(sentences, { ...common, epochs: EPOCHS }));
  const second = docs.map((d, k) => ({ ...d, sentences: withDocumentFeatures(d, jack[k] ?? [], stackTypes) }));
  const tagged = (d: TrainingDocument): TrainingSentence[] => withDocumentFeatures(d, tagDocument(firstStage, d.sentences), stackTypes);
  const dev = blockDocs.flatMap(tagged);
  const ownTune = modernTune.map((article) => tagged({ tokens: article.map((s) => s.tokens), sentences: article, repeat: 1 }));
  trainWeights(trainingOrder(second), { ...common, epochs }, (epoch, w) => {
    const found = decodeSpans(w, dev, ownTune);
    onEpoch(1, epoch, found);
    const before = firstFound[epoch - 1];
    if (before === undefined) throw new Error(`--stacked: no first-stage entities after epoch ${epoch}`);
    MIXES.forEach((overlap, m) => onEpoch(2 + m, epoch, mixFound(before, found, overlap)));
  });
}

for (const block of blocks) {
  const dev = data.slice(block.from, block.to);
  const sentences = corpus.slice(block.from, block.to);
  const train = [...data.slice(0, block.from), ...data.slice(block.to), ...modernExtra];
  const sums = arms.map(zero);
  const scored = arms.map(() => 0);
  console.log(`block ${block.from}–${block.to - 1} (trained on the other ${train.length} sentences of the training part)`);
  const scoreArm = (a: number, epoch: number, found: Found): void => {
    const { table, own } = scoreSpans(found, sentences);
    console.log(`  ${arms[a]}epoch ${epoch}: ${line(table)}   own tune (both sets): ${line(own)}`);
    (byEpoch[a] ?? [])[epoch - 1] = ((byEpoch[a] ?? [])[epoch - 1] ?? 0) + prf(table.micro).f1;
    if (epoch < FIRST_SCORED_EPOCH) return;
    for (const k of TYPES) (sums[a] ?? zero())[k] += prf(table[k]).f1;
    for (const k of TYPES) (modernSums[a] ?? zero())[k] += prf(own[k]).f1;
    scored[a] = (scored[a] ?? 0) + 1;
    modernScored[a] = (modernScored[a] ?? 0) + 1;
  };
  // `--second-order`: tag trigram weights beside the transitions, decoded by viterbi-second-order.ts.
  const common = { epochs, seed, minCount, wordDropout, personDropout, ...(args.includes('--second-order') ? { secondOrder: true } : {}) };
  if (stackedFolds > 0) stackedRun(block, scoreArm);
  else if (shares.length > 0 && crf !== undefined) trainBoth(train, { ...common, crf }, (epoch, p, c) => shares.forEach((x, a) => scoreArm(a, epoch, decodeSpans(mixWeights(p, c, x), dev, modernTune))));
  else if (clusterSizes.length > 0) {
    const run = clusterRun(block);
    trainWeights(run.train, { ...common, ...(crf === undefined ? {} : { crf }) }, (epoch, w) => scoreArm(0, epoch, decodeSpans(w, run.dev, run.ownTune)));
  } else if (seenFolds > 0) {
    const run = seenRun(block);
    trainWeights(run.train, { ...common, ...(crf === undefined ? {} : { crf }) }, (epoch, w) => scoreArm(0, epoch, decodeSpans(w, run.dev, run.ownTune)));
  } else trainWeights(train, { ...common, ...(crf === undefined ? {} : { crf }) }, (epoch, w) => scoreArm(0, epoch, decodeSpans(w, dev, modernTune)));
  arms.forEach((arm, a) => {
    const mine = sums[a] ?? zero();
    const n = scored[a] ?? 0;
    if (n > 0) console.log(`  ${arm}mean of epochs ${FIRST_SCORED_EPOCH}–${epochs}: ${TYPES.map((k) => `${k} ${(mine[k] / n).toFixed(2)}`).join('  ')}`);
    for (const k of TYPES) (blockMeans[a] ?? zero())[k] += n > 0 ? mine[k] / n : 0;
  });
}
// The figure a change of features or settings is judged by: one block alone moves by a point or more between seeds.
arms.forEach((arm, a) => {
  const means = blockMeans[a] ?? zero();
  const own = modernSums[a] ?? zero();
  if (epochs >= FIRST_SCORED_EPOCH) console.log(`${arm}mean of the ${blocks.length} blocks (epochs ${FIRST_SCORED_EPOCH}–${epochs}): ${TYPES.map((k) => `${k} ${(means[k] / blocks.length).toFixed(2)}`).join('  ')}`);
  const ownScored = modernScored[a] ?? 0;
  if (ownScored > 0) console.log(`${arm}own sets' tune articles, mean over the ${blocks.length} blocks' models (epochs ${FIRST_SCORED_EPOCH}–${epochs}): ${TYPES.map((k) => `${k} ${(own[k] / ownScored).toFixed(2)}`).join('  ')}`);
  const curve = (byEpoch[a] ?? []).map((sum) => sum / blocks.length);
  console.log(`${arm}mean micro F1 of the ${blocks.length} blocks by epoch: ${curve.map((m, i) => `${i + 1}: ${m.toFixed(2)}`).join('  ')}`);
  console.log(`${arm}best: ${curve.indexOf(Math.max(...curve)) + 1} epochs (the first of the highest mean)`);
});
