import { sha256Hex } from '../../text/sha256.ts';

/** JSON with every object's keys in code-point order, so equal content gives equal text whatever order it was built in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A short, stable fingerprint of an item's content (sha256 of its canonical JSON): what an exchange compares. */
export function fingerprint(value: unknown): string {
  return sha256Hex(canonical(value)).slice(0, 32);
}
