import type { PreparedRuns, PreparedSlot, ReadSlot } from '../library/import-batch.ts';
import { allPrepared } from '../library/prepared-runs.ts';
import { WorkTimedOutError, seconds, type WorkThread } from '../work-thread/work-thread.ts';

export interface CleanBudget {
  /** How long cleaning one document may take. */
  fileMs: number;
  /** What each document adds to the batch's budget (cleaning news articles takes milliseconds each). */
  perFileMs: number;
}

export const CLEAN_BUDGET: CleanBudget = Object.freeze({ fileMs: 60_000, perFileMs: 1_000 });

/**
 * Cleans and prepares a batch on the work thread within a time budget. The batch is cleaned together (the
 * cleaner learns boilerplate across it); if that runs past its budget — one pathological document can make the
 * cleaner crawl — each document is cleaned on its own with a budget of its own, and a document past it fails
 * alone, named, while the rest of the batch goes on. A batch the work hands out in runs (cleaned in the calling
 * thread's pool, which has no budget) is handed on as it is.
 */
export async function prepareWithinBudget(work: WorkThread, slots: readonly ReadSlot[], now: Date, budget: CleanBudget = CLEAN_BUDGET): Promise<PreparedSlot[] | PreparedRuns> {
  const read = slots.filter((s) => s.raw !== undefined).length;
  try {
    return await work.prepareImport(slots, now, { budgetMs: budget.fileMs + budget.perFileMs * read });
  } catch (e) {
    if (!(e instanceof WorkTimedOutError)) throw e;
  }
  const prepared: PreparedSlot[] = [];
  for (const slot of slots) {
    if (slot.raw === undefined) {
      prepared.push({ file: slot.file, error: slot.error ?? 'not read', code: slot.code ?? 'unreadable' });
      continue;
    }
    try {
      prepared.push(...(await allPrepared(await work.prepareImport([slot], now, { budgetMs: budget.fileMs }))));
    } catch (e) {
      if (!(e instanceof WorkTimedOutError)) throw e;
      prepared.push({ file: slot.file, error: `cleaning took longer than ${seconds(budget.fileMs)} s and was stopped; the rest of the batch goes on`, code: 'timed-out' });
    }
  }
  return prepared;
}
