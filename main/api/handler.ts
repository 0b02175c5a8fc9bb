import type { z } from 'zod';
import type { Contract, Method, Progress, Response } from './contract.ts';
import type { WorkThread } from '../work-thread/work-thread.ts';
import type { Store } from '../library/store.ts';
import type { CleanBudget } from './prepare-within-budget.ts';

/** What every handler may use: the open workspace, the pinned clock and the progress channel. */
export interface ApiContext {
  store: Store;
  /** The clock: an ISO date-time. Injected so tests and `--date` pin it. */
  now: () => string;
  exportsDir: string;
  openPath: (path: string) => Promise<boolean>;
  exportHref: (name: string) => string | null;
  emit: (p: Progress) => void;
  /** The running import, so `articles:importCancel` can stop it. */
  imports: { current: RunningImport | null };
  /** How long one file of an import may take to read; a minute unless given (tests shorten it). */
  readBudgetMs?: number;
  /** How long cleaning an import may take (prepare-within-budget.ts); tests shorten it. */
  cleanBudget?: CleanBudget;
  /**
   * Assembling and exporting run on their own thread, so the API keeps answering meanwhile, and
   * `brief:assembleCancel` / `brief:exportCancel` can stop them.
   */
  work: WorkThread;
}

/** The import under way: its cancel, and whether its batch has committed (after which a cancel undoes nothing). */
export interface RunningImport {
  controller: AbortController;
  committed: boolean;
}

export type Handler<M extends Method> = (request: z.output<Contract[M]['request']>, ctx: ApiContext) => Promise<Response<M>> | Response<M>;
/** One handler for every contract method: a table that lacks one does not compile (create-api.ts `satisfies` it). */
export type Handlers = { [M in Method]: Handler<M> };
/** A part of the handler table (one domain's file); the parts together must make a whole `Handlers`. */
export type SomeHandlers = Partial<Handlers>;
