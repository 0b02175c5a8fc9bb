#!/usr/bin/env node
// The `mawjaz` command. It runs the built JavaScript in out/ (scripts/build-electron.mjs, which `npm install` runs
// through npm's `prepare`), so no TypeScript is compiled at start. When the build is missing, or older than a source
// file of main/ (a developer's edit, a test run on a changed tree), it runs the TypeScript sources through tsx
// instead: slower to start, never stale. MAWJAZ_SOURCES=1 asks for the sources whatever the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

const argv = process.argv.slice(2);
if (process.env.MAWJAZ_SOURCES !== '1' && buildIsCurrent()) {
  // Errors name the .ts file and line, through the build's source maps, read only if a stack is.
  const { mapStacksOf } = await import('./source-mapped-stacks.mjs');
  mapStacksOf(path.dirname(built));
  const bundle = path.join(root, 'out', 'cli.cjs');
  const help = argv.length === 0 || argv[0] === 'help' || argv.includes('--help') || argv.includes('-h');
  // The bundle is built after out/cli.js (scripts/build-electron.mjs): one older than it is a build that failed half
  // way, and would run yesterday's code.
  if (!help && existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(built).mtimeMs) {
    // The command line as one CommonJS file compiled from V8's code cache (code-cached-bundle.mjs), a cache for each
    // kind of run. A one-shot command's V8 flags are set first: V8 takes a cache only under the flags that made it.
    const { isOneShotRun, tuneForOneShot } = await import(pathToFileURL(path.join(root, 'out', 'one-shot-tiering.js')).href);
    if (isOneShotRun(argv)) tuneForOneShot();
    const { cacheNameFor, loadCodeCached } = await import('./code-cached-bundle.mjs');
    const cli = loadCodeCached(bundle, cacheNameFor(argv));
    process.exitCode = await cli.exports.main(argv);
    cli.save(process.exitCode === 0);
  } else {
    // Help, which the ES modules answer from the small entry alone (the bundle's whole top level, even from the
    // cache, cost more), or a build from before the CommonJS file.
    const { main } = await import(built);
    process.exitCode = await main(argv);
  }
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../main/cli/main.ts');
  process.exitCode = await main(argv);
}
