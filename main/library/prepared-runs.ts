// A prepared batch, whole or in runs, taken to its end. Apart from import-batch.ts, whose cleaning imports the whole
// ingest layer: the API's import handler needs only this, and every command that creates the API (list, search) would
// otherwise load the cleaner, the date rules and their calendars at start.
import type { PreparedRuns, PreparedSlot } from './import-batch.ts';

/** Whether a prepared batch comes in runs (the command line's pool hands them out as they are ready). */
export function isRuns(pending: PreparedSlot[] | PreparedRuns): pending is PreparedRuns {
  return !Array.isArray(pending);
}

/** Every slot of a prepared batch, its runs taken to the end. */
export async function allPrepared(pending: PreparedSlot[] | PreparedRuns): Promise<PreparedSlot[]> {
  if (!isRuns(pending)) return pending;
  const slots: PreparedSlot[] = [];
  for await (const run of pending.runs) slots.push(...run);
  return slots;
}
