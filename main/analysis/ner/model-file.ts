/**
 * The tagger's model file: a magic word, a JSON header parsed with zod (what the model is, what it was
 * trained on, its licence, a checksum of the body), then the body deflated: the feature hashes (uint32), the
 * weights (int16, TAG_COUNT per feature, one scale) and the transitions (int16, own scale), little-endian; then,
 * when the header has a `secondStage`, the second stage's (stacking.ts) in the same layout, right after the first's
 * in the same deflated body. A file without it (every model before the two stages) is a one-stage model and still
 * reads as one. Same model → same bytes: the header's keys are written in one order and deflate is deterministic.
 */
import { deflateSync, inflateSync } from 'fflate';
import { z } from 'zod';
import { ENTITY_TYPES, TAG_COUNT, TAGS } from './tags.ts';
import { TrainingInputs } from './training-inputs.ts';
import { sha256Hex } from '../../text/sha256.ts';

const MAGIC = 'MWNER1';

/** Bumped whenever features change: a model trained on other features must not be read with these. */
export const FEATURE_SET = 1;

/**
 * The second stage of a two-stage model: a tagger trained with the first stage's document features for `types`
 * (document-features.ts), its output mixed with the first stage's as `mix` says (mix-stages.ts), its weights' rows
 * and scales as the first stage's are in the header's top level.
 */
/** How the two stages' spans are mixed (mix-stages.ts), the ways a model may ship. */
export const StageMix = z.enum(['first', 'adds', 'keeps']);
export type StageMix = z.infer<typeof StageMix>;

export const SecondStageHeader = z.object({
  types: z.array(z.enum(ENTITY_TYPES)).min(1),
  mix: StageMix,
  folds: z.number().int().min(2),
  rows: z.number().int().nonnegative(),
  weightScale: z.number().positive(),
  transitionScale: z.number().positive(),
});
export type SecondStageHeader = z.infer<typeof SecondStageHeader>;

export const ModelHeader = z.object({
  format: z.literal('mawjaz-ner-perceptron'),
  featureSet: z.literal(FEATURE_SET),
  tags: z.array(z.string()).refine((t) => t.length === TAG_COUNT && t.every((x, i) => x === TAGS[i]), 'the tags are not the tagger’s'),
  rows: z.number().int().nonnegative(),
  weightScale: z.number().positive(),
  transitionScale: z.number().positive(),
  epochs: z.number().int().positive(),
  seed: z.number().int(),
  trainedOn: z.object({ data: z.string(), sentences: z.number().int().nonnegative(), heldOut: z.string() }),
  licence: z.string().min(1),
  attribution: z.array(z.string()),
  /**
   * Everything training read (training-inputs.ts), so that a model trained on other gazetteers is caught. Optional
   * only so that a model trained before it was recorded still loads; the shipped model's test requires it.
   */
  inputs: TrainingInputs.optional(),
  /** Absent: a one-stage model. */
  secondStage: SecondStageHeader.optional(),
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ModelHeader = z.infer<typeof ModelHeader>;

/** One stage's weights as numbers: already dequantised when read. */
export interface StageData {
  hashes: Uint32Array;
  weights: Float32Array;
  transitions: Float32Array;
}

/** A model as numbers: the first stage's weights, and the second stage's when the header has one. */
export interface ModelData extends StageData {
  header: ModelHeader;
  second: StageData | null;
}

/** A stage's weights to write, before quantising. */
export interface StageWeights {
  hashes: Uint32Array;
  weights: ArrayLike<number>;
  transitions: ArrayLike<number>;
}

function quantise(values: ArrayLike<number>): { q: Int16Array; scale: number } {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i] ?? 0));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(values.length);
  for (let i = 0; i < values.length; i++) q[i] = Math.round((values[i] ?? 0) / scale);
  return { q, scale };
}

interface QuantisedStage {
  raw: Uint8Array;
  rows: number;
  weightScale: number;
  transitionScale: number;
}

/** One stage's hashes, weights and transitions as the body lays them out. */
function stageBytes(stage: StageWeights): QuantisedStage {
  const w = quantise(stage.weights);
  const t = quantise(stage.transitions);
  const raw = new Uint8Array(stage.hashes.length * 4 + w.q.length * 2 + t.q.length * 2);
  const view = new DataView(raw.buffer);
  let at = 0;
  for (const h of stage.hashes) { view.setUint32(at, h, true); at += 4; }
  for (const x of w.q) { view.setInt16(at, x, true); at += 2; }
  for (const x of t.q) { view.setInt16(at, x, true); at += 2; }
  return { raw, rows: stage.hashes.length, weightScale: w.scale, transitionScale: t.scale };
}

/**
 * The bytes of a model file. `header` lacks what the body decides (rows, scales, checksum); `second`, the second
 * stage's weights with what its header part says besides them (absent: a one-stage model).
 */
export function encodeModel(
  header: Omit<ModelHeader, 'rows' | 'weightScale' | 'transitionScale' | 'bodySha256' | 'secondStage'>,
  hashes: Uint32Array,
  weights: ArrayLike<number>,
  transitions: ArrayLike<number>,
  second?: { weights: StageWeights; header: Omit<SecondStageHeader, 'rows' | 'weightScale' | 'transitionScale'> },
): Uint8Array {
  const first = stageBytes({ hashes, weights, transitions });
  const next = second === undefined ? null : stageBytes(second.weights);
  const raw = new Uint8Array(first.raw.length + (next?.raw.length ?? 0));
  raw.set(first.raw, 0);
  if (next !== null) raw.set(next.raw, first.raw.length);
  const body = deflateSync(raw, { level: 9 });
  const full: ModelHeader = {
    ...header, rows: first.rows, weightScale: first.weightScale, transitionScale: first.transitionScale,
    ...(second === undefined || next === null ? {} : { secondStage: { ...second.header, rows: next.rows, weightScale: next.weightScale, transitionScale: next.transitionScale } }),
    bodySha256: sha256Hex(body),
  };
  const json = new TextEncoder().encode(JSON.stringify(ModelHeader.parse(full)));
  const out = new Uint8Array(MAGIC.length + 4 + json.length + body.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, json.length, true);
  out.set(json, MAGIC.length + 4);
  out.set(body, MAGIC.length + 4 + json.length);
  return out;
}

/** The bytes one stage of `rows` rows takes in the inflated body. */
function stageLength(rows: number): number {
  return rows * 4 + rows * TAG_COUNT * 2 + (TAG_COUNT + 1) * TAG_COUNT * 2;
}

/** One stage's weights read from the inflated body at `start`. */
function readStage(raw: Uint8Array, start: number, stage: { rows: number; weightScale: number; transitionScale: number }): StageData {
  const T = TAG_COUNT;
  const view = new DataView(raw.buffer, raw.byteOffset + start, stageLength(stage.rows));
  const hashes = new Uint32Array(stage.rows);
  const weights = new Float32Array(stage.rows * T);
  const transitions = new Float32Array((T + 1) * T);
  let at = 0;
  for (let i = 0; i < hashes.length; i++) { hashes[i] = view.getUint32(at, true); at += 4; }
  for (let i = 0; i < weights.length; i++) { weights[i] = view.getInt16(at, true) * stage.weightScale; at += 2; }
  for (let i = 0; i < transitions.length; i++) { transitions[i] = view.getInt16(at, true) * stage.transitionScale; at += 2; }
  return { hashes, weights, transitions };
}

/** Reads a model file's bytes; throws an Error saying what is wrong (the caller names the file). */
export function decodeModel(bytes: Uint8Array): ModelData {
  if (bytes.length < MAGIC.length + 4 || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('it is not a Mawjaz entity model');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length, true);
  const start = MAGIC.length + 4;
  if (start + length > bytes.length) throw new Error('its header is cut short');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, start + length)));
  } catch {
    throw new Error('its header is not JSON');
  }
  const parsed = ModelHeader.safeParse(json);
  if (!parsed.success) throw new Error(`its header is invalid (${parsed.error.issues.map((i) => `${i.path.join('.') || 'header'}: ${i.message}`).join('; ')})`);
  const header = parsed.data;
  const body = bytes.subarray(start + length);
  if (sha256Hex(body) !== header.bodySha256) throw new Error('its weights do not match their checksum');
  const raw = inflateSync(body);
  const second = header.secondStage;
  const expected = stageLength(header.rows) + (second === undefined ? 0 : stageLength(second.rows));
  if (raw.length !== expected) throw new Error(`its weights have ${raw.length} bytes where ${expected} were expected`);
  const first = readStage(raw, 0, header);
  return { header, ...first, second: second === undefined ? null : readStage(raw, stageLength(header.rows), second) };
}
