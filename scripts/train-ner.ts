// `npm run train:ner [-- <train.txt>] [--out <model file>] [--learner crf|perceptron|sum --l2 C --step S --average 0|1 --scale K --share S]`:
// rebuilds the entity model from ANERcorp's training portion and the project's own sets (data/ner/modern-train-1 and -2, OWN_REPEATS times), reproducibly (fixed seed: same
// data, same bytes). ANERcorp defaults to ../shared/data/anercorp-train/train.txt beside the repository; the model
// is written where the app reads it (main/resources.ts).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../main/text/gazetteer/gazetteer.ts';
import { MODEL_ATTRIBUTION, MODEL_LICENCE } from '../main/analysis/ner/licence.ts';
import { readCorpus } from '../main/analysis/ner/read-corpus.ts';
import { trainModel } from '../main/analysis/ner/train-model.ts';
import { sha256Hex } from '../main/text/sha256.ts';
import { resources } from '../main/resources.ts';
import { crfSettings, LEARNER_FLAGS } from './train-ner-learner.ts';
import { modernSets, readModernSets } from './train-ner-modern.ts';
import { EPOCHS, MIN_COUNT, OWN_REPEATS, SEED, STACK, PERSON_DROPOUT, WORD_DROPOUT } from './train-ner-settings.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? path.resolve(args[outAt + 1] ?? '') : resources.nerModelFile;
const flags = ['--out', ...LEARNER_FLAGS];
const positional = args.filter((a, i) => !flags.includes(a) && !flags.includes(args[i - 1] ?? ''));
const data = path.resolve(positional[0] ?? path.join(root, '..', 'shared', 'data', 'anercorp-train', 'train.txt'));

try {
  let bytes: Buffer;
  try {
    bytes = readFileSync(data);
  } catch {
    throw new Error(`${data}: cannot read the training data (give its path: npm run train:ner -- <train.txt>)`);
  }
  const started = Date.now();
  const corpus = readCorpus(bytes.toString('utf8'), data);
  for (const r of corpus.repairs) console.log(`note: ${r}`);
  // The learner of train-ner-settings.ts unless flags name another (for a model written elsewhere with --out: the
  // shipped model is trained with the settings its test reads).
  const crf = crfSettings(args);
  const result = trainModel(corpus.sentences, loadGazetteer(), {
    wordDropout: WORD_DROPOUT,
    ...(PERSON_DROPOUT === undefined ? {} : { personDropout: PERSON_DROPOUT }),
    ...(crf === undefined ? {} : { crf }),
    ...(STACK === undefined ? {} : { stack: STACK }),
    own: modernSets(readModernSets(), OWN_REPEATS, false),
    seed: SEED, epochs: EPOCHS, minCount: MIN_COUNT, dataName: path.basename(data), dataSha256: sha256Hex(bytes), licence: MODEL_LICENCE, attribution: MODEL_ATTRIBUTION,
    log: (line) => console.log(line),
  });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out + '.tmp', result.bytes);
  renameSync(out + '.tmp', out);
  console.log(`wrote ${path.relative(root, out)} (${(result.bytes.length / 1e6).toFixed(2)} MB, ${STACK === undefined ? 'one stage' : `two stages, ${STACK.folds} folds`}, ${result.epochs} epochs, held out: sentences ${result.heldOut.from}–${result.heldOut.to - 1}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
