/**
 * The learned same-event pair scorer's model file (issue 14): a logistic regression over the features of
 * event-pair-features.ts, with the mode it is used in (joiner, gate over the rules, or union with them) and the
 * threshold chosen in training, under a header that says what it was trained on (scripts/train-event-pairs.ts).
 * Parsed with zod; a file that is missing, damaged or trained on other features is an error naming the file.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { resources } from '../../resources.ts';
import { PAIR_FEATURES } from './event-pair-features.ts';

export const PairModelFile = z.object({
  header: z.object({
    format: z.literal('mawjaz-event-pairs'),
    version: z.literal(1),
    /** The selections trained on. */
    trainedOn: z.array(z.string()),
    /** SHA-256 of the training examples (features and labels): the guard test recomputes it. */
    examples: z.string().regex(/^[0-9a-f]{64}$/u),
    pairs: z.object({ positive: z.number().int().nonnegative(), negative: z.number().int().nonnegative() }),
    settings: z.object({
      l2: z.number().nonnegative(),
      iterations: z.number().int().positive(),
      /** The features it was allowed to weigh (the others weigh 0); all when absent. */
      only: z.array(z.string()).optional(),
    }),
  }),
  mode: z.enum(['joiner', 'gate', 'union']),
  /** The candidate floor it was trained with (event-pair-decider.ts's WIDE_CANDIDATES); the rules' floor when absent. */
  candidateFloor: z.number().min(0).max(1).optional(),
  threshold: z.number().min(0).max(1),
  bias: z.number(),
  /** One weight per feature, by name. */
  weights: z.record(z.string(), z.number()),
}).strict();
export type PairModelFile = z.infer<typeof PairModelFile>;

export interface PairModel {
  mode: PairModelFile['mode'];
  candidateFloor?: number;
  threshold: number;
  bias: number;
  /** Weights in PAIR_FEATURES' order. */
  weights: readonly number[];
}

export class PairModelError extends Error {
  override name = 'PairModelError';
}

/** A parsed file as the scorer uses it; throws when its features are not the code's. */
export function pairModel(file: PairModelFile): PairModel {
  const names = Object.keys(file.weights);
  const missing = PAIR_FEATURES.filter((f) => !(f in file.weights));
  const extra = names.filter((n) => !(PAIR_FEATURES as readonly string[]).includes(n));
  if (missing.length > 0 || extra.length > 0) throw new Error(`its features are not the code's (missing ${missing.join(', ') || 'none'}; unknown ${extra.join(', ') || 'none'})`);
  return {
    mode: file.mode,
    ...(file.candidateFloor === undefined ? {} : { candidateFloor: file.candidateFloor }),
    threshold: file.threshold,
    bias: file.bias,
    weights: PAIR_FEATURES.map((f) => file.weights[f] ?? 0),
  };
}

/** The probability that the pair tells one event. */
export function scorePair(model: PairModel, features: readonly number[]): number {
  let z = model.bias;
  for (let k = 0; k < model.weights.length; k++) z += (model.weights[k] ?? 0) * (features[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Reads and checks a model file, throwing PairModelError with one sentence naming it when it cannot be used. */
export function readPairModel(file: string): PairModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PairModelError(`The same-event pair model ${file} cannot be read (${code === 'ENOENT' ? 'it is missing' : (code ?? String(e))}); restore it from the project or rebuild it with npm run train:events.`);
  }
  try {
    return pairModel(PairModelFile.parse(JSON.parse(text)));
  } catch (e) {
    const why = e instanceof z.ZodError ? e.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ') : e instanceof Error ? e.message : String(e);
    throw new PairModelError(`The same-event pair model ${file} is damaged (${why}); restore it from the project or rebuild it with npm run train:events.`);
  }
}

let shipped: PairModel | undefined;

/** The shipped model, read once per process on first use. */
export function shippedPairModel(): PairModel {
  shipped ??= readPairModel(resources.eventPairModelFile);
  return shipped;
}
