/**
 * Deterministic short ids for assembled brief items: the same text and sources always give the same id,
 * so analyst edits stay attached to their item when a brief is rebuilt. FNV-1a over UTF-16 code units in
 * two independent 32-bit lanes (64 bits), which keeps collisions negligible for a brief's few hundred items.
 */
export function stableId(prefix: string, parts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const input = parts.join('\u0000');
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  return `${prefix}-${hex(a)}${hex(b)}`;
}
