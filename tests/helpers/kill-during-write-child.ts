/**
 * The child process that tests/unit/library/kill-during-write.test.ts kills with SIGKILL. It writes to a workspace
 * through the project's own paths and prints one line per step, so the parent can kill it at a known point:
 *
 *   import <workspace> <folder> [<hold-at>]   importPaths over the folder; prints `read k`, `store k` (inside the
 *                                             batch transaction), `committing` (the batch's point of no return, just
 *                                             before its commit), `committed` (importPaths has returned),
 *                                             `done <imported>`. When a line equals
 *                                             <hold-at>, the child stops right there (mid-batch) and waits to be killed.
 *   autosave <workspace> <brief-id>           saves successive drafts of one brief, forever; prints `saved v` once
 *                                             saveBrief has returned for version v (the acknowledgement the UI gets).
 */
import fs from 'node:fs';
import { openWorkspace } from '../../main/library/open-workspace.ts';
import { draftOf, versionOf } from './kill-during-write-draft.ts';

/** Written with writeSync: the line reaches the pipe before the next write to the workspace starts. */
function say(line: string, holdAt?: string): void {
  fs.writeSync(1, `${line}\n`);
  // Blocks the only thread for good (no timers, no I/O): the workspace stays exactly as it is at this line.
  if (line === holdAt) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

async function runImport(workspace: string, folder: string, holdAt?: string): Promise<void> {
  // Loaded here, not above: the readers take seconds to load, and the autosave child does not need them.
  const { importPaths } = await import('../../main/library/import-batch.ts');
  const store = openWorkspace(workspace);
  const report = await importPaths(store, [folder], {
    now: new Date('2026-01-15T08:00:00Z'),
    onProgress: (p) => say(`${p.phase} ${String(p.done)}`, holdAt),
    onCommit: () => say('committing', holdAt),
  });
  say('committed', holdAt);
  await store.close();
  say(`done ${String(report.totals.imported)}`);
}

async function runAutosave(workspace: string, id: string): Promise<void> {
  const store = openWorkspace(workspace);
  const saved = await store.getBrief(id);
  for (let v = saved ? versionOf(saved.json) + 1 : 1; ; v++) {
    await store.saveBrief({ id, title: `موجز ${String(v)}`, json: draftOf(v) });
    say(`saved ${String(v)}`);
  }
}

const [mode, workspace, arg, holdAt] = process.argv.slice(2);
if (mode === 'import' && workspace && arg) await runImport(workspace, arg, holdAt);
else if (mode === 'autosave' && workspace && arg) await runAutosave(workspace, arg);
else throw new Error(`usage: kill-during-write-child.ts import <workspace> <folder> [<hold-at>] | autosave <workspace> <brief-id>`);
