/** A sparse, L2-normalised TF-IDF vector. */
export type SparseVector = ReadonlyMap<string, number>;

/**
 * TF-IDF vectors (raw term frequency × smoothed idf = ln((1 + N) / (1 + df)) + 1), each normalised to
 * unit length so that cosine similarity is a dot product. Documents here are sentences (§4 step 4).
 */
export function tfidfVectors(documents: readonly (readonly string[])[]): SparseVector[] {
  const vectorise = tfidfModel(documents);
  return documents.map(vectorise);
}

/**
 * The idf of a collection as a function that turns any list of terms (a document of the collection or a
 * part of one) into its unit TF-IDF vector.
 */
export function tfidfModel(documents: readonly (readonly string[])[]): (terms: readonly string[]) => SparseVector {
  const df = new Map<string, number>();
  for (const terms of documents) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length;
  return (terms) => {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = f * (Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  };
}

/** Cosine similarity of two unit vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}
