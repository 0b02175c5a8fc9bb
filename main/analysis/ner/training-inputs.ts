/**
 * What training the entity model reads besides its code, recorded in the model file so that a model trained on
 * other inputs is caught (tests/unit/analysis/ner/shipped-model-inputs.test.ts): the data file's hash, the
 * training settings, the feature code's version (FEATURE_SET) and, per word list the features look words up in,
 * a hash of its sorted matching keys. The lists are hashed as the features read them, not as files: a list
 * reordered or reformatted is the same input, and a list that grows («outlets» from 347 to 542 names) is not.
 */
import { z } from 'zod';
import { stopwordKeys } from '../../text/arabic/index.ts';
import { sha256Hex } from '../../text/sha256.ts';
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { GIVEN_NAMES, KUNYA_WORDS } from '../../text/gazetteer/given-names.ts';
import { NAME_LINKS, YA_NAMES } from '../words/lexicon.ts';
import { FOREIGN_NAME_CLASSES, LEXICON_CLASSES } from './word-classes.ts';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/u);

/** One of the project's own annotated sets trained on beside the data (data/ner/), and how many times each sentence was. */
const OwnSet = z.object({ name: z.string().min(1), sha256: Sha256, repeat: z.number().int().positive() });
export type OwnSetInput = z.infer<typeof OwnSet>;

export const TrainingSettings = z.object({
  seed: z.number().int(),
  epochs: z.number().int().positive(),
  minCount: z.number().int().nonnegative(),
  wordDropout: z.number().min(0).max(1),
  /** The share for gold persons' tokens (perceptron.ts); absent, wordDropout's. */
  personDropout: z.number().min(0).max(1).optional(),
  /**
   * The linear-chain CRF (crf.ts), or its weights summed with the perceptron's ('sum'), its L2 penalty, first step,
   * averaging, the scale of its weights and, summed, its share (learner.ts); absent, the averaged perceptron trained.
   */
  learner: z.enum(['crf', 'sum']).optional(),
  l2: z.number().nonnegative().optional(),
  step: z.number().positive().optional(),
  average: z.boolean().optional(),
  scale: z.number().positive().optional(),
  share: z.number().gt(0).lt(1).optional(),
  /** A two-stage model's jackknife folds and the types its document features give evidence for (stacking.ts), comma-joined. */
  stackFolds: z.number().int().min(2).optional(),
  stackTypes: z.string().min(1).optional(),
  /** How its spans are mixed with the first stage's (mix-stages.ts). */
  stackMix: z.string().min(1).optional(),
}).refine((s) => (s.share !== undefined) === (s.learner === 'sum'), { message: "a CRF's share is recorded with the learner 'sum', and only with it", path: ['share'] });
export type TrainingSettings = z.infer<typeof TrainingSettings>;

export const TrainingInputs = z.object({
  /** The training data: its file name and the sha256 of its bytes. */
  data: z.object({ name: z.string().min(1), sha256: Sha256 }),
  /**
   * The project's own annotated sets trained on beside it, in training order. A model trained on one set recorded
   * it as one object: read as a list of one.
   */
  modern: z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(OwnSet).min(1)).optional(),
  settings: TrainingSettings,
  featureSet: z.number().int(),
  /** Per word list the features read (see featureLists), the sha256 of its sorted keys. */
  lists: z.record(z.string(), Sha256),
});
export type TrainingInputs = z.infer<typeof TrainingInputs>;

/**
 * Every word list the features look words up in (word-classes.ts, gazetteer-spans.ts and the word tests they
 * call), by name, as sorted keys. The gazetteer is read as the features read it: each name key with the types
 * it is given, and the inflected nationality adjectives.
 */
export function featureLists(gazetteer: Gazetteer): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [name, set] of LEXICON_CLASSES) lists[`lexicon:${name}`] = [...set].sort();
  lists['lexicon:name-link'] = [...NAME_LINKS].sort();
  // looksLikeVerb (the «verb-like» class) spares the names that begin with «ي».
  lists['lexicon:ya-names'] = [...YA_NAMES].sort();
  lists['given-names'] = [...GIVEN_NAMES].sort();
  for (const [name, set] of FOREIGN_NAME_CLASSES) lists[name] = [...set].sort();
  lists['kunya-words'] = [...KUNYA_WORDS].sort();
  lists.stopwords = stopwordKeys();
  lists['gazetteer:names'] = [...gazetteer.byKey].map(([key, entries]) => `${key}\t${[...new Set(entries.map((e) => (e.outlet ? 'outlet' : e.type)))].sort().join(',')}`).sort();
  lists['gazetteer:nisba'] = [...gazetteer.nisba.keys()].sort();
  return lists;
}

/** The hash of each feature list, by name, in name order (same lists → same header bytes). */
export function listHashes(gazetteer: Gazetteer): Record<string, string> {
  const lists = featureLists(gazetteer);
  return Object.fromEntries(Object.keys(lists).sort().map((name) => [name, sha256Hex((lists[name] ?? []).join('\n'))]));
}

/**
 * Why a model trained on `recorded` is not what training on `current` would give, as one sentence naming
 * `file`, or null when they agree. The data is compared only when `current.data` is given: a fresh clone has
 * no training data (it lives outside the repository), and the lists, settings and features still are checked.
 */
export function staleModelReason(file: string, recorded: TrainingInputs | undefined, current: Omit<TrainingInputs, 'data' | 'modern'> & { data?: TrainingInputs['data']; modern?: TrainingInputs['modern'] }): string | null {
  if (recorded === undefined) return `${file} does not record what it was trained on: run npm run train:ner.`;
  if (recorded.featureSet !== current.featureSet) return `${file} was trained on other features (set ${recorded.featureSet}, the code has ${current.featureSet}): run npm run train:ner.`;
  const names = [...new Set([...Object.keys(recorded.lists), ...Object.keys(current.lists)])].sort();
  const changed = names.filter((n) => recorded.lists[n] !== current.lists[n]);
  if (changed.length > 0) return `${file} was trained on other gazetteers (${changed.join(', ')} changed since): run npm run train:ner.`;
  // Both sides' keys: a CRF's model read with a perceptron's settings differs in the keys only it has.
  const keys = [...new Set([...Object.keys(current.settings), ...Object.keys(recorded.settings)])] as (keyof TrainingSettings)[];
  const settings = keys.filter((k) => recorded.settings[k] !== current.settings[k]);
  if (settings.length > 0) return `${file} was trained with other settings (${settings.join(', ')}): run npm run train:ner.`;
  // The own sets live in the repository, so they are always compared.
  const own = ownSetsReason(file, recorded.modern ?? [], current.modern ?? []);
  if (own !== null) return own;
  if (current.data !== undefined && recorded.data.sha256 !== current.data.sha256) return `${file} was trained on other data than ${current.data.name}: run npm run train:ner.`;
  return null;
}

/** Why own sets `was` (as a model recorded them) are not `is` (as the settings would train), or null. */
function ownSetsReason(file: string, was: readonly OwnSetInput[], is: readonly OwnSetInput[]): string | null {
  for (const set of is) {
    const old = was.find((w) => w.name === set.name);
    if (old === undefined) return `${file} was trained without ${set.name}: run npm run train:ner.`;
    if (old.sha256 !== set.sha256 || old.repeat !== set.repeat) return `${file} was trained on another ${set.name}${old.sha256 === set.sha256 ? ` (×${old.repeat}, the settings say ×${set.repeat})` : ''}: run npm run train:ner.`;
  }
  const gone = was.find((w) => !is.some((set) => set.name === w.name));
  if (gone !== undefined) return `${file} was trained on ${gone.name} too: run npm run train:ner.`;
  if (was.map((w) => w.name).join('\n') !== is.map((set) => set.name).join('\n')) return `${file} was trained on its own sets in another order: run npm run train:ner.`;
  return null;
}
