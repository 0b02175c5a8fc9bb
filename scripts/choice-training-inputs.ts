// What a learned chooser's training reads, hashed: the training sets' files, the frozen rules' reads, the settings, the
// feature code's version and the outlet list the features look names up in. Each chooser's guard test compares these
// with its shipped model's header.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownOutlets } from '../main/ingest/metadata/known-outlets.ts';
import type { ChoiceTrainingInputs } from '../main/ingest/choice/choice-model-file.ts';
import type { FitSettings } from '../main/ingest/choice/fit-choice.ts';
import { sha256Hex } from '../main/text/sha256.ts';
import { FROZEN_READS_FILE, TRAINING_SETS } from './format-training-sets.ts';

function setHash(folder: string): string {
  return sha256Hex(...readdirSync(folder).sort().flatMap((name) => [`${name}\n`, readFileSync(join(folder, name))]));
}

/** Sets a chooser learns from beyond TRAINING_SETS (the outlet chooser: the studied held-out ones) and their frozen reads' file. */
export interface MoreTraining {
  sets: readonly string[];
  frozenFile: string;
}

/**
 * The inputs training a chooser of `featureSet` with `settings` in the checkout at `root` would record now; `frozenFile`
 * is the frozen rules' reads its rules feature stands on (the titles' and outlets' unless told); `more`, the sets it
 * learns from beyond TRAINING_SETS.
 */
export function currentChoiceInputs(root: string, featureSet: number, settings: FitSettings, frozenFile: string = FROZEN_READS_FILE, more: MoreTraining | null = null): ChoiceTrainingInputs {
  const formatsRoot = join(root, 'tests', 'fixtures', 'formats');
  const outlets = knownOutlets().map((o) => JSON.stringify([o.name, o.aliases, o.domains, o.kind, o.country ?? null])).sort();
  const frozen = sha256Hex(readFileSync(join(root, frozenFile)), ...(more === null ? [] : [readFileSync(join(root, more.frozenFile))]));
  return {
    sets: Object.fromEntries([...TRAINING_SETS, ...(more?.sets ?? [])].map((s) => [s, setHash(join(formatsRoot, s))])),
    settings: { iterations: settings.iterations, learningRate: settings.learningRate, l2: settings.l2 },
    frozen,
    featureSet,
    outlets: sha256Hex(outlets.join('\n')),
  };
}

/** Why a model trained on `recorded` is not what `command` would now give, as one sentence naming `file`; null when it is. */
export function staleChoiceModelReason(file: string, command: string, recorded: ChoiceTrainingInputs, current: ChoiceTrainingInputs, frozenFile: string = FROZEN_READS_FILE): string | null {
  if (recorded.featureSet !== current.featureSet) return `${file} was trained on other features (set ${recorded.featureSet}, the code has ${current.featureSet}): run ${command}.`;
  const sets = [...new Set([...Object.keys(recorded.sets), ...Object.keys(current.sets)])].sort().filter((s) => recorded.sets[s] !== current.sets[s]);
  if (sets.length > 0) return `${file} was trained on other pages (${sets.join(', ')} changed since): run ${command}.`;
  if (recorded.frozen !== current.frozen) return `${file} was trained on other frozen rules' reads (${frozenFile}): run ${command}.`;
  if (JSON.stringify(recorded.settings) !== JSON.stringify(current.settings)) return `${file} was trained with other settings: run ${command}.`;
  if (recorded.outlets !== current.outlets) return `${file} was trained on another outlet list: run ${command}.`;
  return null;
}
