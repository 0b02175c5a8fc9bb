// The title chooser's weights as a small JSON file (models/title-lines/title-lines.json), with a header saying what
// they were trained on, so that a model trained on other data, settings or features is caught (its guard test).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeZodError } from '../../files/describe-zod-error.ts';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/u);

/** What training read: each set's files hashed, the frozen rules' reads hashed, the settings, the feature code's version and the outlet list's hash. */
export const TitleTrainingInputs = z.object({
  sets: z.record(z.string(), Sha256),
  /** The frozen rules' reads the rules feature was trained on (scripts/frozen-rules-reads.ts). */
  frozen: Sha256,
  settings: z.object({ iterations: z.number().int().positive(), learningRate: z.number().positive(), l2: z.number().nonnegative() }),
  featureSet: z.number().int(),
  outlets: Sha256,
});
export type TitleTrainingInputs = z.infer<typeof TitleTrainingInputs>;

export const TitleModelFile = z.object({
  kind: z.literal('mawjaz-title-lines'),
  inputs: TitleTrainingInputs,
  /** Feature name → weight, in name order. */
  weights: z.record(z.string(), z.number().finite()),
});
export type TitleModelFile = z.infer<typeof TitleModelFile>;

/**
 * The version of the features title-candidates.ts computes: raise it whenever a feature is added, removed or computed
 * otherwise, so that the shipped weights are known to be stale until the model is trained again.
 */
export const TITLE_FEATURE_SET = 1;

/** The model file's bytes: keys in a fixed order and weights by name, so the same training gives the same bytes. */
export function encodeTitleModel(inputs: TitleTrainingInputs, weights: ReadonlyMap<string, number>): string {
  const sorted = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
  const file: TitleModelFile = {
    kind: 'mawjaz-title-lines',
    inputs: { sets: sorted(inputs.sets) as Record<string, string>, frozen: inputs.frozen, settings: inputs.settings, featureSet: inputs.featureSet, outlets: inputs.outlets },
    weights: Object.fromEntries([...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** The model in `file` with its weights as a map; a file that cannot be read or is not a title model throws one sentence naming it. */
export function readTitleModel(file: string): { inputs: TitleTrainingInputs; weights: Map<string, number> } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file} is not a readable title model (${e instanceof Error ? e.message : String(e)}): run npm run train:title-lines.`, { cause: e });
  }
  const parsed = TitleModelFile.safeParse(json);
  if (!parsed.success) throw new Error(`${file} is not a title model (${describeZodError(parsed.error)}): run npm run train:title-lines.`);
  return { inputs: parsed.data.inputs, weights: new Map(Object.entries(parsed.data.weights)) };
}
