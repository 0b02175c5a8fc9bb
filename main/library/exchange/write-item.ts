import type { ArticleCopy } from '../article-copy.ts';
import type { Store } from '../store.ts';
import type { Item, Payload } from './exchange-items.ts';

/** What writing an item did: written (with the stamp the target now has), refused as a conflict, or not written. */
export type WriteOutcome =
  | { written: true; stamp: string | null }
  | { written: false; conflict: { libraryVersion: number; baseVersion: number } }
  | { written: false; skip: string };

const WRITTEN: WriteOutcome = { written: true, stamp: null };

/** Whether a line is in the story as the cleaner left it: it is, unless the record lists it among the removed. */
function cleanerKept(copy: ArticleCopy, line: number): boolean {
  return !copy.record.removed.some((r) => r.line === line);
}

/** Makes the target's corrections of an article exactly the source's: metadata and moved lines. */
async function setCorrections(target: Store, id: string, source: ArticleCopy, before: ArticleCopy | null): Promise<void> {
  if (before !== null && Object.keys(before.corrections).length > 0) await target.revertMetadata(id);
  if (Object.keys(source.corrections).length > 0) await target.correctMetadata(id, source.corrections);
  const lines = new Set([...Object.keys(before?.lines ?? {}), ...Object.keys(source.lines)].map(Number));
  for (const line of [...lines].sort((a, b) => a - b)) {
    await target.setLineInStory(id, line, source.lines[String(line)] ?? cleanerKept(source, line));
  }
}

async function writeArticle(target: Store, copy: ArticleCopy, before: Item | null): Promise<WriteOutcome> {
  const previous = before?.payload.kind === 'article' ? before.payload.copy : null;
  if (previous === null) {
    // Imported at the time the library imported it, so both copies list it alike; stored once by its text's hash.
    const added = await target.addArticle(copy.record, new Date(copy.importedAt));
    if (added.id !== copy.record.id) return { written: false, skip: `the same text is there already as article ${added.id}; its corrections were not carried over` };
  }
  await setCorrections(target, copy.record.id, copy, previous);
  return WRITTEN;
}

async function writeBrief(target: Store, p: Extract<Payload, { kind: 'brief' }>, baseVersion: number | null): Promise<WriteOutcome> {
  const saved = await target.saveBrief({ id: p.id, title: p.title, json: p.json, ...(baseVersion === null ? {} : { baseVersion }) });
  if (saved.conflict !== undefined) return { written: false, conflict: { libraryVersion: saved.conflict.currentVersion, baseVersion: saved.conflict.baseVersion } };
  return { written: true, stamp: saved.version === undefined ? null : `v${String(saved.version)}` };
}

/**
 * Writes a source item into the target over `before` (the target's item, or null when it has none). `baseVersion`:
 * for a brief sent to a team library, the version the local edit was made from — a library that moved on since
 * refuses the save and keeps both (postgres/briefs.ts).
 */
export async function writeItem(target: Store, item: Item, before: Item | null, baseVersion: number | null): Promise<WriteOutcome> {
  const p = item.payload;
  switch (p.kind) {
    case 'article':
      return writeArticle(target, p.copy, before);
    case 'topic':
      if (before?.payload.kind === 'topic') await target.setTopicKeywords(before.payload.id, p.keywords);
      else await target.createTopic(p.name, p.keywords);
      return WRITTEN;
    case 'actor-correction':
      await target.addActorCorrection(p.rule);
      return WRITTEN;
    case 'gazetteer':
      await target.upsertGazetteerEntry(p.entry);
      return WRITTEN;
    case 'outlet-grade':
      await target.gradeOutlet({ outlet: p.outlet, grade: p.grade });
      return WRITTEN;
    case 'brief':
      return writeBrief(target, p, baseVersion);
  }
}
