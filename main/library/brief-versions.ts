import { z } from 'zod';

/**
 * A brief's versions as a team library keeps them (postgres/brief-versions.ts): who changed it, how and when, the
 * content each save made (from schema 4 on), and the saves it refused because they were made from an older version
 * — both kept, neither lost. A workspace file has one analyst and keeps none of this.
 */

/** One change to a brief: who made it, when, and which version it made (or, refused, which it was refused against). */
export const BriefChange = z.object({
  version: z.number().int().positive(),
  kind: z.enum(['save', 'undo', 'redo', 'delete', 'restore', 'refused']),
  title: z.string(),
  changedBy: z.string(),
  changedAt: z.string(),
});
export type BriefChange = z.infer<typeof BriefChange>;

/** A save refused against a newer version: the draft is kept, and may be kept as a brief of its own ("keep both"). */
export const RefusedSave = z.object({
  id: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
  currentVersion: z.number().int().positive(),
  title: z.string(),
  refusedBy: z.string(),
  refusedAt: z.string(),
  /** The brief it was kept as, once the analyst chose to keep both. */
  keptAs: z.string().nullable(),
});
export type RefusedSave = z.infer<typeof RefusedSave>;

export const BriefVersions = z.object({
  /** The brief's version now. */
  version: z.number().int().nonnegative(),
  /** Oldest first; `openable`: the content of that version is kept and can be opened. */
  changes: z.array(BriefChange.extend({ openable: z.boolean() })),
  /** Newest first. */
  refused: z.array(RefusedSave),
});
export type BriefVersions = z.infer<typeof BriefVersions>;

/** A store's versions of its briefs (the team library's); a workspace file has none. */
export interface BriefVersionStore {
  versionsOf(id: string): Promise<BriefVersions | null>;
  /** The brief as a save, an undo or a redo made it at `version`, or null when that content is not kept. */
  contentAt(id: string, version: number): Promise<{ title: string; json: unknown } | null>;
  /** A refused save's draft, or null. */
  refusedDraft(id: string, refusedId: number): Promise<{ title: string; json: unknown; keptAs: string | null } | null>;
  /** Records that a refused draft was kept as the brief `keptAs`. */
  markKept(refusedId: number, keptAs: string): Promise<void>;
}
