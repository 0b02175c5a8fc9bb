import { matchKey } from '../../text/arabic/index.ts';
import { carryDeletions } from './carry-deletions.ts';
import { ExchangeError } from './exchange-error.ts';
import { ExchangeKind, type LibraryOrigin, type OriginStore } from '../library-origins.ts';
import type { Store } from '../store.ts';
import { ReportBuilder, type ExchangeDirection, type ExchangeReport } from './exchange-report.ts';
import { isUnreachable, itemId, readArticleBatch, readSource, readTarget, type Damaged, type Item, type ItemMap } from './exchange-items.ts';
import { decideMerge, type MergeDecision } from './merge-decision.ts';
import { writeItem, type WriteOutcome } from './write-item.ts';

/**
 * One exchange between a team library and a workspace file, either way. The articles go in batches (ARTICLE_BATCH):
 * each batch is read from the source, then in ONE transaction of the target compared with what it holds, decided item
 * by item (merge-decision.ts), written, and where each came from recorded in the workspace (library-origins.ts), so
 * 100,000 articles are never held at once. Then, in one more transaction, the topics, the desk-wide items and the
 * briefs, what the source deleted since the last exchange (deleted in the target when the target left it alone,
 * carry-deletions.ts) and the topics' articles. A failure of the target (the server stopped mid-way) rolls its batch
 * back and rejects, saying how many articles the batches before it brought (they stay: running it again finds them
 * there and does the rest). An item that cannot be read or written is listed with its reason and the rest goes on
 * (its write is a savepoint of its own).
 */

/** How many articles an exchange reads and writes at a time: one round trip of reads and one target transaction each. */
export const ARTICLE_BATCH = 500;

export interface ExchangeOptions {
  direction: ExchangeDirection;
  library: Store;
  workspace: Store;
  /** The library's identity (library-identity.ts): what origins are recorded under; no password in it. */
  libraryId: string;
  /** host:port/database, for the report. */
  libraryName: string;
  /** Copy only: the topics to copy (their articles and briefs), or null for everything. */
  topics: readonly string[] | null;
  /** Articles per batch (ARTICLE_BATCH unless given: tests make it small). */
  batchSize?: number;
}

interface Run {
  o: ExchangeOptions;
  target: Store;
  report: ReportBuilder;
  origins: Map<string, LibraryOrigin>;
  updates: LibraryOrigin[];
  /** Target ids of the articles the target holds after this exchange (for topic memberships). */
  present: Set<string>;
}

const KIND_ORDER = ExchangeKind.options;

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function originFacts(run: Run, origin: LibraryOrigin | undefined): { source: string; target: string } | null {
  if (origin === undefined) return null;
  return run.o.direction === 'copy' ? { source: origin.remoteStamp, target: origin.localStamp } : { source: origin.localStamp, target: origin.remoteStamp };
}

/** Both sides agree on the item now: record the stamps each has, the library's and the workspace's. */
function agreed(run: Run, item: Item, libraryStamp: string, localStamp: string): void {
  run.updates.push({ library: run.o.libraryId, kind: item.kind, remoteKey: item.key, localKey: item.key, remoteStamp: libraryStamp, localStamp, refusedStamp: null });
}

function versionOf(stamp: string | undefined): number | null {
  const m = /^v(\d+)$/.exec(stamp ?? '');
  return m === null ? null : Number(m[1]);
}

/** Runs `fn` as a savepoint of the target's transaction: an item's failure undoes that item only, unless the store is gone. */
async function guarded(run: Run, item: Item, fn: () => Promise<WriteOutcome>): Promise<WriteOutcome | null> {
  try {
    return await run.target.transaction(fn);
  } catch (e) {
    if (isUnreachable(e)) throw e;
    run.report.skip({ kind: item.kind, key: item.key, label: item.label, reason: `could not be written: ${message(e)}` });
    return null;
  }
}

function conflictText(run: Run): string {
  return run.o.direction === 'copy'
    ? "changed both here and in the library since the last exchange: the workspace's is kept, the library's is not copied"
    : "changed both here and in the library since the last exchange: the library's is kept, this workspace's is not sent";
}

async function sendConflictingBrief(run: Run, item: Item, before: Item, origin: LibraryOrigin | undefined): Promise<void> {
  const label = item.label;
  const base = versionOf(origin?.remoteStamp);
  const libraryVersion = versionOf(before.stamp) ?? undefined;
  if (origin === undefined || base === null) {
    run.report.conflict({ kind: 'brief', key: item.key, label, outcome: 'not sent: the library has a different brief with this id, never copied here', ...(libraryVersion === undefined ? {} : { libraryVersion }) });
    return;
  }
  if (origin.refusedStamp === item.fingerprint) {
    run.report.conflict({ kind: 'brief', key: item.key, label, outcome: 'already kept in the library as a refused save; not sent again', baseVersion: base, ...(libraryVersion === undefined ? {} : { libraryVersion }) });
    return;
  }
  const out = await guarded(run, item, () => writeItem(run.target, item, before, base));
  if (out === null) return;
  if ('conflict' in out) {
    run.report.conflict({
      kind: 'brief', key: item.key, label, libraryVersion: out.conflict.libraryVersion, baseVersion: out.conflict.baseVersion,
      outcome: 'refused by the library, whose brief changed since this edit was made from it: both versions are kept there (the refused save is listed in the brief\'s versions)',
    });
    run.updates.push({ ...origin, refusedStamp: item.fingerprint });
    return;
  }
  recordWrite(run, item, out, 'updated');
}

function recordWrite(run: Run, item: Item, out: WriteOutcome, tally: 'new' | 'updated'): void {
  if ('skip' in out) {
    run.report.skip({ kind: item.kind, key: item.key, label: item.label, reason: out.skip });
    return;
  }
  if ('conflict' in out) {
    run.report.conflict({ kind: item.kind, key: item.key, label: item.label, libraryVersion: out.conflict.libraryVersion, baseVersion: out.conflict.baseVersion, outcome: 'refused by the library: both versions are kept there' });
    return;
  }
  run.report.count(item.kind, tally);
  if (item.kind === 'article') run.present.add(item.key);
  if (run.o.direction === 'copy') agreed(run, item, item.stamp, item.fingerprint);
  else agreed(run, item, out.stamp ?? item.fingerprint, item.fingerprint);
}

async function apply(run: Run, item: Item, before: Item | null, decision: MergeDecision, origin: LibraryOrigin | undefined): Promise<void> {
  const { report, o } = run;
  switch (decision) {
    case 'new':
    case 'update': {
      const base = o.direction === 'send' && item.kind === 'brief' ? versionOf(origin?.remoteStamp) : null;
      const out = await guarded(run, item, () => writeItem(run.target, item, before, base));
      if (out !== null) recordWrite(run, item, out, decision === 'new' ? 'new' : 'updated');
      return;
    }
    case 'already-there':
    case 'keep-target':
      report.count(item.kind, 'alreadyThere');
      if (item.kind === 'article') run.present.add(item.key);
      // Agreeing now (the same content on both sides) is a new common base; a kept change is not.
      if (decision === 'already-there' && before !== null) {
        if (o.direction === 'copy') agreed(run, item, item.stamp, before.fingerprint);
        else agreed(run, item, before.stamp, item.fingerprint);
      }
      return;
    case 'conflict':
      if (item.kind === 'article') run.present.add(item.key);
      if (o.direction === 'send' && item.kind === 'brief' && before !== null) {
        await sendConflictingBrief(run, item, before, origin);
        return;
      }
      report.conflict({ kind: item.kind, key: item.key, label: item.label, outcome: conflictText(run) });
      return;
    case 'deleted-in-target':
      report.skip({
        kind: item.kind, key: item.key, label: item.label,
        reason: o.direction === 'copy' ? 'deleted in this workspace since it was copied: not brought back' : 'deleted in the library since it was copied: not sent again',
      });
      return;
  }
}

/** Puts each topic's articles (those the target now holds) into the target's topic of the same name. */
async function addMemberships(run: Run, source: ItemMap): Promise<void> {
  const topics = await run.target.listTopics();
  for (const item of source.values()) {
    if (item.payload.kind !== 'topic') continue;
    const target = topics.find((t) => matchKey(t.name) === item.key);
    if (target === undefined) continue;
    const members = item.payload.members.filter((id) => run.present.has(id));
    if (members.length === 0) continue;
    const added = await run.target.transaction(() => run.target.assignArticles(target.id, members)).catch((e: unknown) => {
      if (isUnreachable(e)) throw e;
      run.report.skip({ kind: 'topic', key: item.key, label: item.label, reason: `its articles could not be assigned: ${message(e)}` });
      return 0;
    });
    run.report.addMemberships(added);
  }
}

/** Records the new common base of the items both sides hold, and forgets the origins of those neither holds. */
async function recordOrigins(store: OriginStore, updates: readonly LibraryOrigin[], gone: readonly LibraryOrigin[]): Promise<void> {
  if (updates.length > 0) await store.put(updates);
  if (gone.length > 0) await store.drop(gone);
}

/** Decides and writes each item, in the target's transaction, against what the target holds of them. */
async function exchangeItems(run: Run, items: ItemMap): Promise<void> {
  const held = await readTarget(run.target, items);
  const unreadable = new Set(held.damaged.map((d) => itemId(d.kind, d.key)));
  for (const d of held.damaged) run.report.skip({ kind: d.kind, key: d.key, label: d.key, reason: `the ${run.o.direction === 'copy' ? "workspace's" : "library's"} copy could not be read: ${d.reason}` });
  const ordered = [...items.values()].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  for (const item of ordered) {
    const id = itemId(item.kind, item.key);
    if (unreadable.has(id)) continue;
    const before = held.items.get(id) ?? null;
    const origin = run.origins.get(id);
    const decision = decideMerge({ source: item.stamp, target: before?.stamp ?? null, same: before?.fingerprint === item.fingerprint, origin: originFacts(run, origin) });
    await apply(run, item, before, decision, origin);
  }
}

function skipDamaged(report: ReportBuilder, damaged: readonly Damaged[]): void {
  for (const d of damaged) report.skip({ kind: d.kind, key: d.key, label: d.key, reason: `could not be read: ${d.reason}` });
}

/**
 * Runs `fn` in one transaction of the target and records the origins it agreed on and those it forgot: in the same
 * transaction for a copy (the workspace is the target), just after the library committed for a send. Should that
 * record fail, the next send finds the same items already there (articles by their text, briefs by their content)
 * and records it then, and finds the deleted ones gone on both sides and forgets them then.
 */
async function inOneStep(run: Run, originStore: OriginStore, fn: () => Promise<LibraryOrigin[]>): Promise<void> {
  run.updates = [];
  let gone: LibraryOrigin[] = [];
  await run.target.transaction(async () => {
    gone = await fn();
    if (run.o.direction === 'copy') await recordOrigins(originStore, run.updates, gone);
  });
  if (run.o.direction === 'send' && run.updates.length + gone.length > 0) await run.o.workspace.transaction(() => recordOrigins(originStore, run.updates, gone));
}

/** Says, on the error that stopped an exchange, how many articles the batches before it brought (they stay). */
function stoppedAfter(e: unknown, run: Run, done: number, total: number): unknown {
  if (done === 0 || !(e instanceof Error)) return e;
  const verb = run.o.direction === 'copy' ? 'copied' : 'sent';
  e.message = `${e.message} (${String(done)} of ${String(total)} articles were ${verb} before it stopped, in batches that stay; running it again finds them there and brings the rest)`;
  return e;
}

/** Runs one exchange (see the module's comment) and answers its report. */
export async function runExchange(o: ExchangeOptions): Promise<ExchangeReport> {
  const originStore: OriginStore | undefined = o.workspace.origins;
  if (originStore === undefined) throw new ExchangeError('the workspace in use is a team library: a copy is taken into, and sent back from, a workspace file');
  const [source, target] = o.direction === 'copy' ? [o.library, o.workspace] : [o.workspace, o.library];
  const report = new ReportBuilder(o.direction, o.libraryName, o.workspace.file);
  const read = await readSource(source, { topics: o.direction === 'copy' ? o.topics : null });
  for (const name of read.unknownTopics) report.skip({ kind: 'topic', key: name, label: name, reason: 'the library has no topic of that name' });
  skipDamaged(report, read.damaged);
  const origins = new Map((await originStore.list(o.libraryId)).map((x) => [itemId(x.kind, x.remoteKey), x]));
  const run: Run = { o, target, report, origins, updates: [], present: new Set() };
  const batch = Math.max(1, o.batchSize ?? ARTICLE_BATCH);
  const articlesRead = new Set<string>();
  let done = 0;
  try {
    for (let at = 0; at < read.articleIds.length; at += batch) {
      const part = read.articleIds.slice(at, at + batch);
      const got = await readArticleBatch(source, part, true);
      skipDamaged(report, got.damaged);
      for (const id of got.items.keys()) articlesRead.add(id);
      await inOneStep(run, originStore, async () => {
        await exchangeItems(run, got.items);
        return [];
      });
      done += part.length;
    }
    await inOneStep(run, originStore, async () => {
      await exchangeItems(run, read.items);
      const gone = await carryDeletions({
        source, target, report, origins,
        read: { has: (id) => read.items.has(id) || articlesRead.has(id) },
        agreedTargetStamp: (origin) => originFacts(run, origin)?.target ?? '',
        ...(o.direction === 'copy' ? { deletedIn: 'in the library', keptIn: 'in this workspace' } : { deletedIn: 'in this workspace', keptIn: 'in the library' }),
      });
      await addMemberships(run, read.items);
      return gone;
    });
  } catch (e) {
    throw stoppedAfter(e, run, done, read.articleIds.length);
  }
  return report.done();
}
