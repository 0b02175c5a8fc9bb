// What `npm run train:title-lines` reads besides its code, as the model file's header records it: each training set's
// files hashed (names and bytes, in name order), the frozen rules' reads, the settings, the feature code's version and the outlet list the
// features look names up in. The guard test compares these with the shipped model's header.
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { KNOWN_OUTLETS } from '../main/ingest/metadata/known-outlets.ts';
import { TITLE_FEATURE_SET, type TitleTrainingInputs } from '../main/ingest/title/title-model-file.ts';
import { FROZEN_READS_FILE, ITERATIONS, L2, LEARNING_RATE, TRAINING_SETS } from './train-title-lines-settings.ts';

function setHash(folder: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).sort()) hash.update(`${name}\n`).update(readFileSync(join(folder, name)));
  return hash.digest('hex');
}

/** The inputs training in the checkout at `root` would record now. */
export function currentTitleInputs(root: string): TitleTrainingInputs {
  const formatsRoot = join(root, 'tests', 'fixtures', 'formats');
  const outlets = KNOWN_OUTLETS.map((o) => JSON.stringify([o.name, o.aliases, o.domains, o.kind, o.country ?? null])).sort();
  return {
    sets: Object.fromEntries(TRAINING_SETS.map((s) => [s, setHash(join(formatsRoot, s))])),
    settings: { iterations: ITERATIONS, learningRate: LEARNING_RATE, l2: L2 },
    frozen: createHash('sha256').update(readFileSync(join(root, FROZEN_READS_FILE))).digest('hex'),
    featureSet: TITLE_FEATURE_SET,
    outlets: createHash('sha256').update(outlets.join('\n')).digest('hex'),
  };
}

/** Why a model trained on `recorded` is not what training now would give, as one sentence naming `file`; null when it is. */
export function staleTitleModelReason(file: string, recorded: TitleTrainingInputs, current: TitleTrainingInputs): string | null {
  if (recorded.featureSet !== current.featureSet) return `${file} was trained on other features (set ${recorded.featureSet}, the code has ${current.featureSet}): run npm run train:title-lines.`;
  const sets = [...new Set([...Object.keys(recorded.sets), ...Object.keys(current.sets)])].sort().filter((s) => recorded.sets[s] !== current.sets[s]);
  if (sets.length > 0) return `${file} was trained on other pages (${sets.join(', ')} changed since): run npm run train:title-lines.`;
  if (recorded.frozen !== current.frozen) return `${file} was trained on other frozen rules' reads (${FROZEN_READS_FILE}): run npm run train:title-lines.`;
  if (JSON.stringify(recorded.settings) !== JSON.stringify(current.settings)) return `${file} was trained with other settings: run npm run train:title-lines.`;
  if (recorded.outlets !== current.outlets) return `${file} was trained on another outlet list: run npm run train:title-lines.`;
  return null;
}
