import { z } from 'zod';

/**
 * Changes between two JSON values, small enough to keep a hundred undo steps of a large brief: objects are compared
 * key by key, arrays by their common head and tail, so rewriting one summary point stores that point's text, not
 * the brief. A patch applied to the value it was taken from gives the other value exactly (same JSON text).
 */
const Path = z.array(z.union([z.string(), z.number().int().nonnegative()]));

export const JsonOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set'), path: Path, value: z.unknown() }),
  z.object({ op: z.literal('delete'), path: Path }),
  z.object({ op: z.literal('splice'), path: Path, start: z.number().int().nonnegative(), remove: z.number().int().nonnegative(), insert: z.array(z.unknown()) }),
]);
export type JsonOp = z.infer<typeof JsonOp>;
export const JsonPatch = z.array(JsonOp);
export type JsonPatch = z.infer<typeof JsonPatch>;

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function equal(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && equal(a[k], b[k]));
  }
  return false;
}

function diffArrays(a: Json[], b: Json[], path: (string | number)[], out: JsonOp[]): void {
  let head = 0;
  while (head < a.length && head < b.length && equal(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && equal(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const removed = a.length - head - tail;
  const inserted = b.slice(head, b.length - tail);
  if (removed === inserted.length) {
    // Same length: the items changed in place (an edit, a swap of neighbours); their own changes are smaller.
    for (let i = 0; i < removed; i++) diffInto(a[head + i], b[head + i], [...path, head + i], out);
    return;
  }
  out.push({ op: 'splice', path, start: head, remove: removed, insert: inserted });
}

function diffInto(a: Json, b: Json, path: (string | number)[], out: JsonOp[]): void {
  if (equal(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) return diffArrays(a, b, path, out);
  if (isObject(a) && isObject(b)) {
    for (const k of Object.keys(a)) if (!(k in b)) out.push({ op: 'delete', path: [...path, k] });
    for (const [k, v] of Object.entries(b)) {
      if (k in a) diffInto(a[k], v, [...path, k], out);
      else out.push({ op: 'set', path: [...path, k], value: v });
    }
    return;
  }
  out.push({ op: 'set', path, value: b });
}

/** The changes that turn `from` into `to` (both plain JSON: objects, arrays, strings, numbers, booleans, null). */
export function diffJson(from: Json, to: Json): JsonPatch {
  const out: JsonOp[] = [];
  diffInto(from, to, [], out);
  return out;
}

/** `value` with the container at `path` replaced by `change(container)`; containers on the way are copied, never mutated. */
function updateAt(value: Json, path: readonly (string | number)[], change: (v: Json) => Json): Json {
  if (path.length === 0) return change(value);
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value) && typeof key === 'number' && key < value.length) {
    const copy = [...value];
    copy[key] = updateAt(value[key], rest, change);
    return copy;
  }
  if (isObject(value) && typeof key === 'string') return { ...value, [key]: updateAt(value[key], rest, change) };
  throw new Error(`the patch does not fit this value (no ${JSON.stringify(key)} at ${JSON.stringify(path)})`);
}

function applyOp(value: Json, op: JsonOp): Json {
  if (op.op === 'splice') {
    return updateAt(value, op.path, (arr) => {
      if (!Array.isArray(arr) || op.start + op.remove > arr.length) throw new Error(`the patch does not fit this value (splice at ${JSON.stringify(op.path)})`);
      return [...arr.slice(0, op.start), ...op.insert, ...arr.slice(op.start + op.remove)];
    });
  }
  if (op.path.length === 0) {
    if (op.op === 'set') return op.value;
    throw new Error('the patch deletes the whole value');
  }
  const parent = op.path.slice(0, -1);
  const key = op.path[op.path.length - 1] as string | number;
  return updateAt(value, parent, (container) => {
    if (Array.isArray(container) && typeof key === 'number' && key < container.length && op.op === 'set') {
      const copy = [...container];
      copy[key] = op.value;
      return copy;
    }
    if (!isObject(container) || typeof key !== 'string') throw new Error(`the patch does not fit this value (at ${JSON.stringify(op.path)})`);
    if (op.op === 'set') return { ...container, [key]: op.value };
    const { [key]: _gone, ...rest } = container;
    return rest;
  });
}

/** Applies a patch made by `diffJson` to the value it was taken from; a patch that does not fit is refused. */
export function applyJsonPatch(value: Json, patch: JsonPatch): Json {
  return patch.reduce(applyOp, value);
}
