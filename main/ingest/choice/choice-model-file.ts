// A learned chooser's weights as a small JSON file (models/<chooser>/…json), with a header saying what they were
// trained on, so that a model trained on other data, settings or features is caught (each chooser's guard test).
// The title and the outlet chooser share this form; each names its own kind and training command.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeZodError } from '../../files/describe-zod-error.ts';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/u);

/** What training read: each set's files hashed, the frozen rules' reads hashed, the settings, the feature code's version and the outlet list's hash. */
export const ChoiceTrainingInputs = z.object({
  sets: z.record(z.string(), Sha256),
  /** The frozen rules' reads the rules feature was trained on (scripts/frozen-rules-reads.ts). */
  frozen: Sha256,
  settings: z.object({ iterations: z.number().int().positive(), learningRate: z.number().positive(), l2: z.number().nonnegative() }),
  featureSet: z.number().int(),
  outlets: Sha256,
});
export type ChoiceTrainingInputs = z.infer<typeof ChoiceTrainingInputs>;

/** Which chooser a model file is for: the kind its header carries, what the error says it is, and the command that writes it. */
export interface ChoiceModelKind {
  kind: string;
  /** «title model», «outlet model». */
  noun: string;
  /** «npm run train:title-lines». */
  command: string;
}

function modelFileSchema(kind: ChoiceModelKind) {
  return z.object({
    kind: z.literal(kind.kind),
    inputs: ChoiceTrainingInputs,
    /**
     * How far a pick must score above «no choice» to be taken, where the training command chooses it with the weights
     * (the outlet chooser's: train-outlets.ts picks it on the sets left out in turn), so that a model and its
     * threshold are never out of step.
     */
    abstainMargin: z.number().finite().optional(),
    /** Feature name → weight, in name order. */
    weights: z.record(z.string(), z.number().finite()),
  });
}

const byName = ([a]: [string, unknown], [b]: [string, unknown]): number => (a < b ? -1 : a > b ? 1 : 0);

/** The model file's bytes: keys in a fixed order and weights by name, so the same training gives the same bytes. */
export function encodeChoiceModel(kind: ChoiceModelKind, inputs: ChoiceTrainingInputs, weights: ReadonlyMap<string, number>, abstainMargin?: number): string {
  const file = {
    kind: kind.kind,
    inputs: { sets: Object.fromEntries(Object.entries(inputs.sets).sort(byName)), frozen: inputs.frozen, settings: inputs.settings, featureSet: inputs.featureSet, outlets: inputs.outlets },
    ...(abstainMargin === undefined ? {} : { abstainMargin }),
    weights: Object.fromEntries([...weights].sort(byName)),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** The model in `file` with its weights as a map; a file that cannot be read or is not a model of `kind` throws one sentence naming it. */
export function readChoiceModel(kind: ChoiceModelKind, file: string): { inputs: ChoiceTrainingInputs; weights: Map<string, number>; abstainMargin: number | null } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file} is not a readable ${kind.noun} (${e instanceof Error ? e.message : String(e)}): run ${kind.command}.`, { cause: e });
  }
  const parsed = modelFileSchema(kind).safeParse(json);
  if (!parsed.success) throw new Error(`${file} is not a ${kind.noun} (${describeZodError(parsed.error)}): run ${kind.command}.`);
  return { inputs: parsed.data.inputs, weights: new Map(Object.entries(parsed.data.weights)), abstainMargin: parsed.data.abstainMargin ?? null };
}

/** What a chooser decides with: its weights, and its abstaining margin where its training chose one. */
export interface ChoiceModel {
  weights: ReadonlyMap<string, number>;
  abstainMargin: number | null;
}

const loaded = new Map<string, ChoiceModel>();

/**
 * The model in `file`, read once per process on first use. A missing or damaged file stops the caller with one
 * sentence naming it: a silent fall back to the rules would give reads of another quality than the one measured.
 */
export function choiceModel(kind: ChoiceModelKind, file: string): ChoiceModel {
  const key = `${kind.kind}\n${file}`;
  let model = loaded.get(key);
  if (model === undefined) {
    const { weights, abstainMargin } = readChoiceModel(kind, file);
    model = { weights, abstainMargin };
    loaded.set(key, model);
  }
  return model;
}

/** The weights in `file` (choiceModel's). */
export function choiceWeights(kind: ChoiceModelKind, file: string): ReadonlyMap<string, number> {
  return choiceModel(kind, file).weights;
}
