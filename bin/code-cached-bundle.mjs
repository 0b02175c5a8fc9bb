// A CommonJS bundle compiled with V8's code cache, kept beside the bundle. Node 20 keeps no code cache for ES modules
// (module.enableCompileCache came with Node 22), so every `mawjaz` run parsed and compiled again the JavaScript it
// loaded. vm.Script takes a cache (`cachedData`) and makes one after the run (`createCachedData`), which then holds
// every function the run compiled, not only the top level. Whole processes, CPU, main's ES modules against this
// (9 interleaved rounds): render of the seeds' brief 510 -> 440 ms, list 230 -> 190 ms, search 250 -> 200 ms.
//
// One cache per kind of run (each command, and each document kind it writes, loads and compiles other code): `<bundle>.<name>.code-cache`, headed by
// the bundle's size and time, so a rebuilt bundle never meets an old cache (V8's own check compares the source's
// length only). V8 refuses a cache made by another V8 or under other flags; a refused, missing or unreadable cache
// costs what no cache costs, and a new one is written after a run that succeeded. A folder that cannot be written
// (a read-only install) keeps the run as it was without a cache.
import { isAscii } from 'node:buffer';
import { accessSync, constants, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** The document kinds a command may write, each compiling a writer of its own (pdfkit and HarfBuzz, or docx). */
const DOCUMENT_FLAGS = ['--pdf', '--docx'];

/**
 * The cache a run of `argv` uses: its command's, and for a command that writes documents, the kinds it writes
 * (`render-pdf`, `render-docx`, `brief-pdf-docx`). A cache holds only what the run that made it compiled, and it is
 * written once: with one cache for `render`, a first `render --pdf` left every later `render --docx` compiling the
 * Word writer at each start.
 */
export function cacheNameFor(argv) {
  if (!/^[a-z-]+$/.test(argv[0] ?? '')) return 'other';
  const kinds = DOCUMENT_FLAGS.filter((flag) => argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`)));
  return [argv[0], ...kinds.map((flag) => flag.slice(2))].join('-');
}

/** The bundle's identity, written ahead of the cache: a cache made from another build is never given to V8. */
function buildStamp(file) {
  const { size, mtimeMs } = statSync(file);
  return `mawjaz-code-cache ${String(size)} ${String(mtimeMs)} ${process.version}\n`;
}

/** The cache's bytes for this build of `file`, or undefined (none, unreadable, or another build's). */
function readCache(cacheFile, stamp) {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const head = Buffer.from(stamp, 'latin1');
  return bytes.length > head.length && bytes.subarray(0, head.length).equals(head) ? bytes.subarray(head.length) : undefined;
}

/**
 * The bundle's text. The build writes it in ASCII (scripts/ascii-sources.mjs), whose bytes read as Latin-1 are the
 * same characters: decoded so, with no UTF-8 decoding, the 2.2 MB cost ≈ 3 ms of CPU at every command instead of ≈ 6.
 * A bundle with any other byte is read as UTF-8.
 */
function bundleText(file) {
  const bytes = readFileSync(file);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/**
 * Loads the CommonJS bundle `file` (its `module.exports`), compiled from the code cache named `name` when there is
 * one V8 accepts. `save(succeeded)`, called once the run is over, writes the cache the run's compiles make when there
 * was none to accept and the run succeeded (a failed run, a usage error, compiled too little of what a run needs).
 */
export function loadCodeCached(file, name) {
  const cacheFile = `${file}.${name}.code-cache`;
  const stamp = buildStamp(file);
  const cachedData = readCache(cacheFile, stamp);
  // The function declaration (not a parenthesised function expression, which V8 compiles eagerly, every inner
  // function with it) on the bundle's first line, so its lines are the source map's.
  const script = new vm.Script(`function mawjazBundle(exports, require, module, __filename, __dirname, importForRequire) {${bundleText(file)}\n}\nmawjazBundle`, {
    filename: file,
    // No importModuleDynamically: the build turns every import() into a require() (Node 20's hook for a script's
    // import() is experimental and warns on use).
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, requireFor(file), module, file, path.dirname(file), importForRequire);
  return {
    exports: module.exports,
    /** What became of the cache: none to give V8, accepted, or refused by it (then compiled without). */
    cache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'refused' : 'accepted',
    save(succeeded, writer = String(process.pid)) {
      if (!succeeded || (cachedData !== undefined && !script.cachedDataRejected)) return;
      // A folder the user cannot write (a read-only install): asked first, so that no run of it (each thread of the
      // cleaning pool, at every import) serialises the whole bundle's code only to fail to write it.
      if (!writable(path.dirname(cacheFile))) return;
      // Named by its writer: threads of one process (bin/code-cached-thread.mjs) share its pid.
      const temporary = `${cacheFile}.${writer}`;
      try {
        writeFileSync(temporary, Buffer.concat([Buffer.from(stamp, 'latin1'), script.createCachedData()]));
        // Renamed into place: another run reading the cache meanwhile reads a whole one or none.
        renameSync(temporary, cacheFile);
      } catch {
        // A folder the user cannot write: every run compiles, as without a cache.
        rmSync(temporary, { force: true });
      }
    },
  };
}

/** Whether this process may write in `folder`. */
function writable(folder) {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** ES modules imported for the bundle's require(), by specifier. */
const imported = new Map();

/**
 * Imports a package for the bundle's require() (the build's `importForRequire`, scripts/build-electron.mjs): the
 * only way its require() can reach an ES module that ends in a top-level await.
 */
async function importForRequire(specifier) {
  imported.set(specifier, await import(specifier));
}

/**
 * The bundle's require(), from its folder. A package that is an ES module ending in a top-level await (HarfBuzz's,
 * which instantiates its WebAssembly) cannot be required (ERR_REQUIRE_ASYNC_MODULE): the code imports it first
 * (main/render/pdf/typeset/load-harfbuzz.ts, through importForRequire in this build), and require() answers it from
 * what that import loaded.
 */
function requireFor(file) {
  const base = createRequire(file);
  const require = (id) => imported.get(id) ?? base(id);
  require.resolve = base.resolve;
  require.cache = base.cache;
  return require;
}
