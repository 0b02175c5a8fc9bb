#!/usr/bin/env node
// The `mawjaz` command. It runs the built JavaScript in out/ (scripts/build-electron.mjs, which `npm install` runs
// through npm's `prepare`), so no TypeScript is compiled at start. When the build is missing, or older than a source
// file of main/ (a developer's edit, a test run on a changed tree), it runs the TypeScript sources through tsx
// instead: slower to start, never stale. MAWJAZ_SOURCES=1 asks for the sources whatever the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const built = path.join(root, 'out', 'cli.js');

/** Whether a file in `dir` or below it changed after `time`. */
function changedSince(dir, time) {
  // Paths joined as strings (Node takes '/' on every system): path.join's normalising was a third of this walk's
  // CPU, which every command pays at start.
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory() ? changedSince(file, time) : entry.isFile() && statSync(file).mtimeMs > time) return true;
  }
  return false;
}

/** Whether out/cli.js exists and no file of main/ changed after it was built. */
function buildIsCurrent() {
  if (!existsSync(built)) return false;
  const sources = path.join(root, 'main');
  return !existsSync(sources) || !changedSince(sources, statSync(built).mtimeMs);
}

let main;
if (process.env.MAWJAZ_SOURCES !== '1' && buildIsCurrent()) {
  // Errors name the .ts file and line, through the build's source maps, read only if a stack is.
  const { mapStacksOf } = await import('./source-mapped-stacks.mjs');
  mapStacksOf(path.dirname(built));
  ({ main } = await import(built));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../main/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
