/**
 * What an exchange does with one item, from three facts: the item in the source (always there: the loop runs over
 * the source), the item in the target (or its absence), and what both sides had when they last agreed (the origin
 * a copy recorded, library-origins.ts). The classic three-way rule of version control: a side that has not moved
 * since the common base gives way to one that has; two sides that both moved conflict; without a common base two
 * different items conflict. Pure: the exchange does the writing.
 */

export type MergeDecision =
  /** The target lacks it and never had it: write it. */
  | 'new'
  /** Both sides hold the same. */
  | 'already-there'
  /** Only the source changed since the last agreement: write it over the target. */
  | 'update'
  /** Only the target changed since: keep the target's (nothing of the source is lost: it had not moved). */
  | 'keep-target'
  /** Both changed, or no common base: keep the target's, list it. */
  | 'conflict'
  /** The target had it once (an origin says so) and deleted it since: not brought back, listed. */
  | 'deleted-in-target';

export interface MergeFacts {
  /** The source's stamp (a brief's version in a library, else the content's fingerprint). */
  source: string;
  /** The target's stamp, or null when the target does not have the item. */
  target: string | null;
  /** Whether both sides hold the same content (their fingerprints agree). */
  same: boolean;
  /** The stamps of source and target when they last agreed, or null when they never exchanged it. */
  origin: { source: string; target: string } | null;
}

/** The decision for one item: see MergeDecision. */
export function decideMerge(f: MergeFacts): MergeDecision {
  if (f.target === null) return f.origin === null ? 'new' : 'deleted-in-target';
  if (f.same) return 'already-there';
  if (f.origin === null) return 'conflict';
  const sourceMoved = f.source !== f.origin.source;
  const targetMoved = f.target !== f.origin.target;
  if (!sourceMoved) return 'keep-target';
  return targetMoved ? 'conflict' : 'update';
}
