import { z } from 'zod';
import { ExchangeKind } from '../library-origins.ts';

/**
 * What a copy between a team library and a workspace file did, item kind by item kind: nothing is left out
 * silently — every item either counts as written, already there or kept, or is listed as a conflict or a skip with
 * its reason. The API answers it as is (api/contract.ts), the CLI prints it.
 */

export const ExchangeDirection = z.enum(['copy', 'send']);
export type ExchangeDirection = z.infer<typeof ExchangeDirection>;

export const KindCounts = z.object({
  /** Written to the target, which did not have it. */
  new: z.number().int().nonnegative(),
  /** Written over the target's copy, which had not changed since the last exchange. */
  updated: z.number().int().nonnegative(),
  /** The target had it as it is (or had only its own later changes of it, kept). */
  alreadyThere: z.number().int().nonnegative(),
  /** Changed on both sides since the last exchange: listed in `conflicts`. */
  conflicts: z.number().int().nonnegative(),
  /** Not exchanged: listed in `skipped` with the reason. */
  skipped: z.number().int().nonnegative(),
  /** Deleted in the target, as the source deleted it since the last exchange: listed in `deleted`. */
  deleted: z.number().int().nonnegative(),
});
export type KindCounts = z.infer<typeof KindCounts>;

export const ExchangeConflict = z.object({
  kind: ExchangeKind,
  key: z.string(),
  /** What the analyst recognises it by: a title, a topic's or outlet's name. */
  label: z.string(),
  /** What happened to each side. */
  outcome: z.string(),
  /** For a brief: the library's version and the one the local edit was made from. */
  libraryVersion: z.number().int().positive().optional(),
  baseVersion: z.number().int().positive().optional(),
});
export type ExchangeConflict = z.infer<typeof ExchangeConflict>;

export const ExchangeSkip = z.object({ kind: ExchangeKind, key: z.string(), label: z.string(), reason: z.string() });
export type ExchangeSkip = z.infer<typeof ExchangeSkip>;

/** An article or brief the source deleted since the last exchange, deleted in the target too. */
export const ExchangeDeletion = z.object({ kind: ExchangeKind, key: z.string(), label: z.string() });
export type ExchangeDeletion = z.infer<typeof ExchangeDeletion>;

export const ExchangeReport = z.object({
  direction: ExchangeDirection,
  /** The library as host:port/database, never a password. */
  library: z.string(),
  /** The workspace file. */
  workspace: z.string(),
  counts: z.record(ExchangeKind, KindCounts),
  /** Articles newly put in topics of the target. */
  membershipsAdded: z.number().int().nonnegative(),
  conflicts: z.array(ExchangeConflict),
  skipped: z.array(ExchangeSkip),
  deleted: z.array(ExchangeDeletion),
});
export type ExchangeReport = z.infer<typeof ExchangeReport>;

/** What a decision (merge-decision.ts) counts as. */
export type Tally = keyof KindCounts;

/** A report being filled in as an exchange goes; `done` parses it, so what leaves is what the schema says. */
export class ReportBuilder {
  private readonly counts = Object.fromEntries(ExchangeKind.options.map((k) => [k, { new: 0, updated: 0, alreadyThere: 0, conflicts: 0, skipped: 0, deleted: 0 }])) as Record<ExchangeKind, KindCounts>;
  private readonly conflicts: ExchangeConflict[] = [];
  private readonly skipped: ExchangeSkip[] = [];
  private readonly deletions: ExchangeDeletion[] = [];
  private memberships = 0;

  constructor(
    private readonly direction: ExchangeDirection,
    private readonly library: string,
    private readonly workspace: string,
  ) {}

  count(kind: ExchangeKind, tally: Exclude<Tally, 'conflicts' | 'skipped' | 'deleted'>): void {
    this.counts[kind][tally] += 1;
  }

  conflict(c: ExchangeConflict): void {
    this.counts[c.kind].conflicts += 1;
    this.conflicts.push(c);
  }

  skip(s: ExchangeSkip): void {
    this.counts[s.kind].skipped += 1;
    this.skipped.push(s);
  }

  deleted(d: ExchangeDeletion): void {
    this.counts[d.kind].deleted += 1;
    this.deletions.push(d);
  }

  addMemberships(n: number): void {
    this.memberships += n;
  }

  done(): ExchangeReport {
    return ExchangeReport.parse({
      direction: this.direction,
      library: this.library,
      workspace: this.workspace,
      counts: this.counts,
      membershipsAdded: this.memberships,
      conflicts: this.conflicts,
      skipped: this.skipped,
      deleted: this.deletions,
    });
  }
}
