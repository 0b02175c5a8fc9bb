import type { LibraryOrigin } from '../library-origins.ts';
import type { Store } from '../store.ts';
import { articleItem, briefItem, isUnreachable, type Item } from './exchange-items.ts';
import type { ReportBuilder } from './exchange-report.ts';

/**
 * Deletions carried by an exchange, either way: an article or a brief that both sides held when they last agreed
 * (an origin records it) and that the source has deleted since. The target deletes it too when it has not changed
 * it since (its stamp is still the agreed one), as three-way merging deletes a file one side removed; when it has,
 * the target's is kept and the pair is a conflict. Either way the report lists it. An item merely outside a copy's
 * topics, or that could not be read, is not taken for deleted: the source is asked whether it still holds it. Once
 * neither side holds the item, its origin has nothing left to say: it is returned, for the exchange to forget.
 */

export interface DeletionRun {
  source: Store;
  target: Store;
  report: ReportBuilder;
  /** Whether the exchange read an item of the source (by exchange-items.ts's itemId). */
  read: { has(id: string): boolean };
  /** Origins by item id (exchange-items.ts's itemId). */
  origins: ReadonlyMap<string, LibraryOrigin>;
  /** The target's stamp when both sides last agreed. */
  agreedTargetStamp: (origin: LibraryOrigin) => string;
  /** Where the deletion was made and where a changed copy is kept, for the report: 'in the library', 'in this workspace'. */
  deletedIn: string;
  keptIn: string;
}

async function sourceHolds(store: Store, kind: 'article' | 'brief', key: string): Promise<boolean> {
  return kind === 'article' ? (await store.articleCopy(key)) !== null : (await store.getBrief(key)) !== null;
}

async function targetItem(store: Store, kind: 'article' | 'brief', key: string): Promise<Item | null> {
  if (kind === 'article') {
    const copy = await store.articleCopy(key);
    return copy === null ? null : articleItem(copy);
  }
  const brief = await store.getBrief(key);
  return brief === null ? null : briefItem(brief.id, brief.title, brief.json, brief.version ?? null);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Carries the source's deletions into the target (see the module's comment). Call inside the target's transaction.
 * Answers the origins of the items now deleted on both sides (here, or before this exchange).
 */
export async function carryDeletions(run: DeletionRun): Promise<LibraryOrigin[]> {
  const gone: LibraryOrigin[] = [];
  for (const [id, origin] of run.origins) {
    const kind = origin.kind;
    if ((kind !== 'article' && kind !== 'brief') || run.read.has(id)) continue;
    if (await sourceHolds(run.source, kind, origin.remoteKey)) continue;
    const held = await targetItem(run.target, kind, origin.remoteKey);
    if (held === null) {
      gone.push(origin);
      continue;
    }
    if (held.stamp !== run.agreedTargetStamp(origin)) {
      run.report.conflict({ kind, key: held.key, label: held.label, outcome: `deleted ${run.deletedIn} since the last exchange, and changed ${run.keptIn} since: kept ${run.keptIn}` });
      continue;
    }
    try {
      await run.target.transaction(() => (kind === 'article' ? run.target.deleteArticle(held.key) : run.target.deleteBrief(held.key)));
      run.report.deleted({ kind, key: held.key, label: held.label });
      gone.push(origin);
    } catch (e) {
      if (isUnreachable(e)) throw e;
      run.report.skip({ kind, key: held.key, label: held.label, reason: `deleted ${run.deletedIn} since the last exchange, but could not be deleted ${run.keptIn}: ${message(e)}` });
    }
  }
  return gone;
}
