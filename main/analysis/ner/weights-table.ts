/**
 * The tagger's weights looked up by feature hash: an open-addressing table over typed arrays, so scoring a
 * token costs one probe per feature and no string or object is made (the bench's 20,000 tokens/s).
 */

export interface WeightsTable {
  /** The row of a feature hash in `weights`, or -1 when the model does not know it. */
  row(hash: number): number;
  /** TAG_COUNT weights per row. */
  weights: Float32Array;
  rows: number;
}

/** A table over `hashes` (distinct), row r of `weights` belonging to hashes[r]. */
export function weightsTable(hashes: Uint32Array, weights: Float32Array): WeightsTable {
  let size = 1;
  while (size < hashes.length * 2) size *= 2;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const rows = new Int32Array(size).fill(-1);
  hashes.forEach((h, r) => {
    let slot = h & mask;
    while (rows[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = h;
    rows[slot] = r;
  });
  return {
    weights,
    rows: hashes.length,
    row(hash: number): number {
      let slot = hash & mask;
      for (;;) {
        const r = rows[slot] ?? -1;
        if (r === -1 || keys[slot] === hash) return r;
        slot = (slot + 1) & mask;
      }
    },
  };
}
