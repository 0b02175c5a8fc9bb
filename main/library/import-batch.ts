import type { ArticleRecord } from '../model/article.ts';
import { cleanBatch } from '../ingest/clean-article.ts';
import { expandPaths } from '../ingest/expand-paths.ts';
import { isIngestError } from '../ingest/readers/ingest-error.ts';
import type { RawDocument } from '../model/raw-document.ts';
import { readDocument, readPastedText } from '../ingest/read-document.ts';
import { prepareArticle, type PreparedArticle } from './prepare-article.ts';
import type { ImportEntry, ImportFailure, ImportReport, ImportStatus } from './import-report.ts';
import type { Store } from './store.ts';
import type { AddResult } from './articles.ts';
import { ImportCancelledError } from './import-cancelled.ts';
import { isRuns } from './prepared-runs.ts';

// The error a cancelled batch rejects with, in a file of its own so the API knows it without this pipeline.
export { ImportCancelledError };

export { ImportEntry, ImportFailure, ImportReport, ImportStatus } from './import-report.ts';

export interface ImportProgress {
  /** 'read': a file was read (or failed to); 'store': an article was written (inside the batch transaction). */
  phase: 'read' | 'store';
  done: number;
  total: number;
  file: string;
  status: ImportStatus | 'read';
}

export interface ImportOptions {
  /** The import time, also the cleaner's reference for relative dates; pinned by `--date`. */
  now?: Date;
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  read?: typeof readDocument;
  clean?: typeof cleanBatch;
  /**
   * Cleans and prepares what was read, all at once or in runs as they are ready (stored as they come, in the same
   * transaction); `prepareSlots` in place unless given (the API runs it on its work thread,
   * so the thread that answers calls stays free).
   */
  prepare?: (slots: readonly ReadSlot[], now: Date) => PreparedSlot[] | PreparedRuns | Promise<PreparedSlot[] | PreparedRuns>;
  /**
   * Called in the same synchronous step as the batch's last cancel check, as its transaction goes to commit: from
   * then on a cancel can no longer undo the batch, and must not say it did. (Should the commit itself then fail, the
   * import fails with that error.)
   */
  onCommit?: () => void;
  /** Told how many files the batch holds before any is read (the API starts its cleaning threads then). */
  onFiles?: (files: number) => void;
}

/** What went wrong with one file, in one line (an IngestError's problem, or the error's message). */
function problem(e: unknown): string {
  if (isIngestError(e)) return e.problem;
  return (e instanceof Error ? e.message : String(e)).replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A failed step's problem and its code: a reader's own code, else `otherwise` (what the step was doing). */
function failure(e: unknown, otherwise: ImportFailure): { error: string; code: ImportFailure } {
  return { error: problem(e), code: isIngestError(e) ? e.code : otherwise };
}

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelledError({ cause: signal.reason });
}

/**
 * Cleans the batch together (the cleaner learns boilerplate repeated across it), one result per document in
 * order. If the cleaner throws, each document is cleaned on its own so one bad document fails alone.
 */
function cleanAll(raws: readonly RawDocument[], clean: typeof cleanBatch, at: Date): ({ record: ArticleRecord } | { error: string; code: ImportFailure })[] {
  if (raws.length === 0) return [];
  // The cleaner takes the day (YYYY-MM-DD) it resolves relative dates against.
  const now = at.toISOString().slice(0, 10);
  try {
    const records = clean([...raws], { now });
    if (records.length === raws.length) return records.map((record) => ({ record }));
  } catch {
    // fall through to one by one
  }
  return raws.map((raw) => {
    try {
      const [record] = clean([raw], { now });
      return record ? { record } : { error: 'the cleaner returned no article', code: 'not-cleaned' as const };
    } catch (e) {
      return failure(e, 'not-cleaned');
    }
  });
}

/** One input of a batch once cleaned and prepared: ready to write, or why it failed. */
export interface PreparedSlot {
  file: string;
  prepared?: PreparedArticle;
  error?: string;
  code?: ImportFailure;
}

/**
 * A batch's prepared slots handed out in runs as they are ready, in the batch's order, `total` in all: the batch is
 * stored as they come, so that storing the first runs overlaps with cleaning the rest (work-thread/clean-pool.ts).
 */
export interface PreparedRuns {
  total: number;
  runs: AsyncIterable<PreparedSlot[]>;
}

/**
 * Ends a batch's runs when the cleaner failed on one document after earlier runs were handed out: the batch is then
 * cleaned document by document, as one thread cleans it, and `again()` gives it whole, to store from the start.
 */
export class BatchCleanedAlone extends Error {
  constructor(readonly again: () => Promise<PreparedSlot[]>) {
    super('the cleaner failed on a document of the batch: the batch is cleaned again, document by document');
    this.name = 'BatchCleanedAlone';
  }
}

/** The report of a batch: its entries, in order, and their totals. */
export function summarise(entries: ImportEntry[]): ImportReport {
  const totals = { files: entries.length, imported: 0, duplicate: 0, 'near-duplicate': 0, failed: 0 };
  for (const e of entries) totals[e.status]++;
  return { entries, totals };
}

// A store that writes several articles in a few statements (a team library, across a network) is given the batch
// in chunks of this many: progress and a cancel are heard between chunks, as they are between articles otherwise.
const CHUNK = 100;

/** Stores one chunk: in one call where the store writes several at once, else one article after the other. */
async function addChunk(store: Store, chunk: readonly PreparedSlot[], now: Date): Promise<(AddResult | null)[]> {
  const articles = chunk.flatMap((p) => (p.prepared ? [p.prepared] : []));
  if (store.addArticles === undefined) return [chunk[0]?.prepared ? await store.addArticle(chunk[0].prepared, now) : null];
  const added = articles.length === 0 ? [] : await store.addArticles(articles, now);
  let next = 0;
  return chunk.map((p) => (p.prepared ? (added[next++] ?? null) : null));
}

/**
 * Writes prepared articles in ONE transaction: if anything throws (a crash, a cancel, a failing progress
 * callback, a failed run of the batch's cleaning) the workspace is left exactly as before the batch. Bad files were
 * already set aside as failed. Other callers wait for the batch to commit (writer-queue.ts); a cancel heard between
 * two articles (two chunks, for a store that writes several at once) undoes it. Runs handed out as they are ready are
 * stored as they come: the transaction opens with the first run and stays open while the later runs are cleaned. The
 * trade: the batch commits sooner, but the workspace's writer (and another process, which gets SQLITE_BUSY) waits
 * through most of the cleaning rather than the storing alone — which is why only the command line and the bench
 * import in runs; the desk's work thread hands its batch over whole.
 */
async function storeAll(store: Store, pending: PreparedSlot[] | PreparedRuns, options: ImportOptions, now: Date): Promise<ImportEntry[]> {
  let committing = false;
  const commit = (): void => {
    committing = true;
    options.onCommit?.();
  };
  try {
    return await storeRuns(store, isRuns(pending) ? pending : { total: pending.length, runs: [pending] }, { ...options, onCommit: commit }, now);
  } catch (e) {
    // A cancel wins over how the batch's cleaning then ended; a commit under way is no longer undone by one.
    if (!committing) checkCancelled(options.signal);
    if (e instanceof BatchCleanedAlone) return storeRuns(store, { total: isRuns(pending) ? pending.total : pending.length, runs: [await e.again()] }, options, now);
    throw e;
  }
}

async function storeRuns(store: Store, pending: PreparedRuns | { total: number; runs: Iterable<PreparedSlot[]> }, options: ImportOptions, now: Date): Promise<ImportEntry[]> {
  const { total } = pending;
  const step = store.addArticles === undefined ? 1 : CHUNK;
  const runs = Symbol.asyncIterator in pending.runs ? pending.runs[Symbol.asyncIterator]() : (pending.runs as Iterable<PreparedSlot[]>)[Symbol.iterator]();
  try {
    checkCancelled(options.signal);
    // The first run is awaited before the transaction opens: other callers are not kept waiting on the whole cleaning.
    let run = await runs.next();
    checkCancelled(options.signal);
    return await store.transaction(async () => {
      const written: ImportEntry[] = [];
      for (; run.done !== true; run = await runs.next()) {
        for (let start = 0; start < run.value.length; start += step) {
          checkCancelled(options.signal);
          const chunk = run.value.slice(start, start + step);
          const added = await addChunk(store, chunk, now);
          for (const [j, p] of chunk.entries()) {
            const r = added[j] ?? null;
            const entry: ImportEntry = r !== null ? await fromAdd(store, p.file, r) : { file: p.file, status: 'failed', error: p.error ?? 'failed', code: p.code ?? 'not-cleaned' };
            written.push(entry);
            options.onProgress?.({ phase: 'store', done: written.length, total, file: p.file, status: entry.status });
          }
        }
      }
      // A cancel heard during the last progress report still undoes the batch; from the next step on none can.
      checkCancelled(options.signal);
      options.onCommit?.();
      return written;
    });
  } finally {
    // Runs left before their end (a failure, a cancel) stop the cleaning that gives them.
    await runs.return?.();
  }
}

async function fromAdd(store: Store, file: string, r: AddResult): Promise<ImportEntry> {
  const entry: ImportEntry = { file, status: r.status, id: r.id };
  if (r.duplicateOf !== undefined) {
    entry.duplicateOf = r.duplicateOf;
    const original = await store.getArticle(r.duplicateOf);
    if (original !== null) entry.duplicateOfName = original.title ?? original.file;
  }
  if (r.similarity !== undefined) entry.similarity = r.similarity;
  return entry;
}

/** One input of a batch, in the order given: its document once read, or why it failed. */
export interface ReadSlot {
  file: string;
  raw?: RawDocument;
  error?: string;
  code?: ImportFailure;
}

/** Prepares one cleaned record for writing (see prepareArticle); a record it refuses fails alone, named. */
export function prepareCleaned(file: string, record: ArticleRecord, raw: RawDocument): PreparedSlot {
  try {
    return { file, prepared: prepareArticle(record, raw) };
  } catch (e) {
    return { file, ...failure(e, 'not-cleaned') };
  }
}

/** Cleans and prepares the slots that were read; every slot comes back as a PreparedSlot, in order. */
export function prepareSlots(slots: readonly ReadSlot[], now: Date, clean: typeof cleanBatch = cleanBatch): PreparedSlot[] {
  const read = slots.filter((s): s is ReadSlot & { raw: RawDocument } => s.raw !== undefined);
  const cleaned = cleanAll(
    read.map((s) => s.raw),
    clean,
    now,
  );
  const results = new Map<ReadSlot, PreparedSlot>();
  read.forEach((slot, i) => {
    const c = cleaned[i];
    if (c === undefined || 'error' in c) {
      results.set(slot, { file: slot.file, error: c?.error ?? 'not cleaned', code: c?.code ?? 'not-cleaned' });
      return;
    }
    results.set(slot, prepareCleaned(slot.file, c.record, slot.raw));
  });
  return slots.map((s) => results.get(s) ?? { file: s.file, error: s.error ?? 'not read', code: s.code ?? 'unreadable' });
}

/**
 * Imports files and folders into the workspace. Reading and cleaning happen first, outside any transaction;
 * a file that cannot be read or cleaned is reported as failed and the rest goes on; then all writes happen in
 * one transaction, so afterwards the workspace holds exactly the good files — or, after a crash or a cancel,
 * exactly what it held before. Rejects with ImportCancelledError when `signal` aborts.
 */
export async function importPaths(store: Store, paths: string[], options: ImportOptions = {}): Promise<ImportReport> {
  const now = options.now ?? new Date();
  const read = options.read ?? readDocument;
  checkCancelled(options.signal);
  const { files, errors } = await expandPaths(paths);
  const failedPaths: ImportEntry[] = errors.map((e) => ({ file: e.file, status: 'failed', error: e.problem, code: e.code }));
  options.onFiles?.(files.length);
  const slots: ReadSlot[] = [];
  const reads = readsAhead(files, read, options.signal);
  for (const [i, file] of files.entries()) {
    checkCancelled(options.signal);
    try {
      slots.push({ file, raw: await reads.next(i) });
      options.onProgress?.({ phase: 'read', done: i + 1, total: files.length, file, status: 'read' });
    } catch (e) {
      checkCancelled(options.signal);
      slots.push({ file, ...failure(e, 'unreadable') });
      options.onProgress?.({ phase: 'read', done: i + 1, total: files.length, file, status: 'failed' });
    }
  }
  const pending = await prepareAll(slots, options, now);
  return summarise([...failedPaths, ...(await storeAll(store, pending, options, now))]);
}

/**
 * How many files of a batch are being read at once. Reading a file waits mostly on the disk and on Node's thread
 * pool (open, stat, read, close), so one at a time left this thread idle most of the reading phase; a few ahead keep
 * it busy, and cost no more memory than a few documents.
 */
export const READS_AHEAD = 8;

/**
 * The batch's reads, started up to READS_AHEAD files ahead of the one asked for and handed out in the files' order:
 * `next(i)` is the read of `files[i]`, asked for in order, each once. A read that fails rejects only when its turn
 * comes (it is marked handled when started); a read that throws at once fails the same way.
 */
function readsAhead(files: readonly string[], read: NonNullable<ImportOptions['read']>, signal: AbortSignal | undefined): { next(i: number): Promise<RawDocument> } {
  const started: Promise<RawDocument>[] = [];
  const start = (j: number): void => {
    const file = files[j] as string;
    let reading: Promise<RawDocument>;
    try {
      reading = read(file, { signal });
    } catch (e) {
      reading = Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    reading.catch(() => undefined);
    started.push(reading);
  };
  return {
    next(i) {
      // Reads are started only while the batch is not cancelled: a cancel heard meanwhile starts no new one.
      while (started.length < Math.min(files.length, i + READS_AHEAD) && signal?.aborted !== true) start(started.length);
      return started[i] ?? Promise.reject(new ImportCancelledError({ cause: signal?.reason }));
    },
  };
}

/** Cleans and prepares the batch, in place or as `options.prepare` does it; a cancel meanwhile wins over its outcome. */
async function prepareAll(slots: readonly ReadSlot[], options: ImportOptions, now: Date): Promise<PreparedSlot[] | PreparedRuns> {
  checkCancelled(options.signal);
  let pending: PreparedSlot[] | PreparedRuns;
  try {
    pending = options.prepare ? await options.prepare(slots, now) : prepareSlots(slots, now, options.clean ?? cleanBatch);
  } catch (e) {
    checkCancelled(options.signal);
    throw e;
  }
  checkCancelled(options.signal);
  return pending;
}

/** Imports pasted texts ({name, text}) like files: same cleaning, duplicate checks and single transaction. */
export async function importTexts(store: Store, texts: readonly { name: string; text: string }[], options: Omit<ImportOptions, 'read'> = {}): Promise<ImportReport> {
  const now = options.now ?? new Date();
  checkCancelled(options.signal);
  const slots = texts.map((t): ReadSlot => {
    try {
      return { file: t.name, raw: readPastedText(t.text, t.name) };
    } catch (e) {
      return { file: t.name, ...failure(e, 'unreadable') };
    }
  });
  const pending = await prepareAll(slots, options, now);
  return summarise(await storeAll(store, pending, options, now));
}
