/**
 * The tagger's model file: a magic word, a JSON header parsed with zod (what the model is, what it was
 * trained on, its licence, a checksum of the body), then the body deflated: the feature hashes (uint32), the
 * weights (int16, TAG_COUNT per feature, one scale) and the transitions (int16, own scale), little-endian.
 * Same model → same bytes: the header's keys are written in one order and deflate is deterministic.
 */
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'fflate';
import { z } from 'zod';
import { TAG_COUNT, TAGS } from './tags.ts';
import { TrainingInputs } from './training-inputs.ts';

const MAGIC = 'MWNER1';

/** Bumped whenever features change: a model trained on other features must not be read with these. */
export const FEATURE_SET = 1;

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
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ModelHeader = z.infer<typeof ModelHeader>;

/** A model as numbers: weights are already dequantised when read. */
export interface ModelData {
  header: ModelHeader;
  hashes: Uint32Array;
  weights: Float32Array;
  transitions: Float32Array;
}

function quantise(values: ArrayLike<number>): { q: Int16Array; scale: number } {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i] ?? 0));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(values.length);
  for (let i = 0; i < values.length; i++) q[i] = Math.round((values[i] ?? 0) / scale);
  return { q, scale };
}

/** The bytes of a model file. `header` lacks what the body decides (rows, scales, checksum). */
export function encodeModel(
  header: Omit<ModelHeader, 'rows' | 'weightScale' | 'transitionScale' | 'bodySha256'>,
  hashes: Uint32Array,
  weights: ArrayLike<number>,
  transitions: ArrayLike<number>,
): Uint8Array {
  const w = quantise(weights);
  const t = quantise(transitions);
  const raw = new Uint8Array(hashes.length * 4 + w.q.length * 2 + t.q.length * 2);
  const view = new DataView(raw.buffer);
  let at = 0;
  for (const h of hashes) { view.setUint32(at, h, true); at += 4; }
  for (const x of w.q) { view.setInt16(at, x, true); at += 2; }
  for (const x of t.q) { view.setInt16(at, x, true); at += 2; }
  const body = deflateSync(raw, { level: 9 });
  const full: ModelHeader = {
    ...header, rows: hashes.length, weightScale: w.scale, transitionScale: t.scale, bodySha256: createHash('sha256').update(body).digest('hex'),
  };
  const json = new TextEncoder().encode(JSON.stringify(ModelHeader.parse(full)));
  const out = new Uint8Array(MAGIC.length + 4 + json.length + body.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, json.length, true);
  out.set(json, MAGIC.length + 4);
  out.set(body, MAGIC.length + 4 + json.length);
  return out;
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
  if (createHash('sha256').update(body).digest('hex') !== header.bodySha256) throw new Error('its weights do not match their checksum');
  const raw = inflateSync(body);
  const T = TAG_COUNT;
  const expected = header.rows * 4 + header.rows * T * 2 + (T + 1) * T * 2;
  if (raw.length !== expected) throw new Error(`its weights have ${raw.length} bytes where ${expected} were expected`);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const hashes = new Uint32Array(header.rows);
  const weights = new Float32Array(header.rows * T);
  const transitions = new Float32Array((T + 1) * T);
  let at = 0;
  for (let i = 0; i < hashes.length; i++) { hashes[i] = view.getUint32(at, true); at += 4; }
  for (let i = 0; i < weights.length; i++) { weights[i] = view.getInt16(at, true) * header.weightScale; at += 2; }
  for (let i = 0; i < transitions.length; i++) { transitions[i] = view.getInt16(at, true) * header.transitionScale; at += 2; }
  return { header, hashes, weights, transitions };
}
