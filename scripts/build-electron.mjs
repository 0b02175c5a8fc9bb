// The one build, into out/: the Node side — the Electron main process, the API's utility process, the work thread and
// the `mawjaz` command line with its web host — as ESM with shared chunks, the preload (one CommonJS file, as a sandboxed
// preload must be), and the renderer (bundled script, page, styles, UI fonts). npm's `prepare` runs it on
// `npm install`, so bin/mawjaz.mjs finds built JavaScript and no TypeScript is compiled at run time.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePdfkit } from './bundle-pdfkit.mjs';
import { bundleZod } from './bundle-zod.mjs';
import { asciiEscaped, asciiSources } from './ascii-sources.mjs';
import { nativeInflate } from './native-inflate.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * For the CommonJS build: HarfBuzz's module ends in a top-level await, which require() refuses, so the code imports
 * it before requiring it (main/render/pdf/typeset/load-harfbuzz.ts); in this build that import goes through the
 * loader's `importForRequire` (bin/code-cached-bundle.mjs), which require() then answers from.
 */
function importsForRequire() {
  return {
    name: 'imports-for-require',
    setup(b) {
      b.onLoad({ filter: /[\\/]load-harfbuzz\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes("import('harfbuzzjs')")) throw new Error(`${args.path} no longer imports harfbuzzjs: check scripts/build-electron.mjs`);
        // Escaped as asciiSources escapes the other sources, which this load comes before.
        return { contents: asciiEscaped(source.replace("import('harfbuzzjs')", "importForRequire('harfbuzzjs')")), loader: 'ts' };
      });
    },
  };
}
// `--out DIR` builds elsewhere (the packaging test builds into a temporary folder).
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 && process.argv[outArg + 1] ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'out');
rmSync(out, { recursive: true, force: true });
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
// zod, pdfkit and the PDF's line breaking and bidi are bundled (below), every other dependency is loaded from
// node_modules.
const BUNDLED = new Set(['zod', 'pdfkit', 'linebreak', 'bidi-js']);
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter((name) => !BUNDLED.has(name));
external.push('electron');
mkdirSync(path.join(out, 'renderer'), { recursive: true });

// What both builds of the Node side share: every dependency but those BUNDLED stays in node_modules; zod is pure
// JavaScript in some forty files, which every command that opens a workspace loads: bundled, it costs one file's read
// instead of forty resolutions, and its translations load only if called (bundle-zod.mjs). pdfkit is bundled so that
// what a PDF never runs of its imports (fontkit among them) loads only if called (bundle-pdfkit.mjs). linebreak (with
// its Unicode trie) and bidi-js, which pdfkit and the typesetter load for every PDF, are bundled so that `mawjaz
// render` compiles them from cli.cjs's code cache, not from their own files at every run. Errors name the
// .ts file and line (bin/source-mapped-stacks.mjs reads a map when a stack shows its file); the sources sit beside
// the maps.
const UNICODE_PROPERTY_ESCAPES = { 'regexp-unicode-property-escapes': true };
const nodeSide = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Regular expressions stay literals: esbuild rewrites one with a Unicode property escape (\p{L}) as `new RegExp(…)`
  // for every Node it knows (its table asks for a newer Unicode), which every Node and Electron we run reads alike;
  // rewritten, one inside a function was constructed again, through V8's regexp cache, at every call.
  supported: UNICODE_PROPERTY_ESCAPES,
  external: external.flatMap((name) => [name, `${name}/*`]),
  plugins: [bundlePdfkit(root), bundleZod(root), asciiSources(root)],
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
};

// One ESM build of every Node entry, split into shared chunks: a module a command imports dynamically (the readers,
// the renderers, the API) stays a chunk of its own, loaded when the command reaches it, and code the entries share is
// built once. Dependencies stay in node_modules (native better-sqlite3, HarfBuzz's WebAssembly, pdf.js and pdfkit's
// data files are found beside their packages). Chunks sit beside the entries, one folder below the project root as
// main/resources.ts is, so the fonts, templates and model are found the same way from the sources and from out/.
await build({
  ...nodeSide,
  entryPoints: {
    main: path.join(root, 'main', 'electron', 'main.ts'),
    'api-worker': path.join(root, 'main', 'electron', 'api-worker.ts'),
    // The work thread, beside the code that starts it (main/work-thread/thread-holder.ts).
    'work-thread-worker': path.join(root, 'main', 'work-thread', 'worker.ts'),
    // The import's cleaning pool's threads, beside the code that starts them (main/work-thread/clean-pool.ts).
    'clean-pool-worker': path.join(root, 'main', 'work-thread', 'clean-pool-worker.ts'),
    // The command line and its web host (the tests' and the fallback's; bin/mawjaz.mjs runs cli.cjs below).
    cli: path.join(root, 'main', 'cli', 'main.ts'),
    // The V8 tuning of one-shot commands, which bin/mawjaz.mjs applies before it compiles cli.cjs.
    'one-shot-tiering': path.join(root, 'main', 'cli', 'commands', 'one-shot-tiering.ts'),
  },
  outdir: out,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  splitting: true,
  format: 'esm',
});
// The command line once more as one CommonJS file, which bin/mawjaz.mjs compiles with V8's code cache
// (bin/code-cached-bundle.mjs): Node 20 keeps no code cache for ES modules, so every run compiled the chunks it
// loaded again (≈ 60 ms of CPU of `mawjaz render`). The modules a command imports dynamically still run only when it
// reaches them (esbuild wraps each in a function called on its import). `import.meta` has no CommonJS form: its URL is
// the file's and a package is resolved by require.resolve, from out/ as the ESM chunks resolve it.
function codeCachedBundle(entry, outfile) {
  return build({
    ...nodeSide,
    entryPoints: [entry],
    outfile,
    format: 'cjs',
    // Every import() a require(): vm.Script's own import() needs Node's experimental hook, which warns on use.
    supported: { ...UNICODE_PROPERTY_ESCAPES, 'dynamic-import': false },
    minifyWhitespace: true,
    // linebreak's trie inflated by zlib (native-inflate.mjs), required as this CommonJS file requires Node's modules.
    plugins: [importsForRequire(), ...nodeSide.plugins, nativeInflate()],
    define: { 'import.meta.url': '__mawjazFileUrl', 'import.meta.resolve': '__mawjazResolve' },
    banner: {
      js: "const __mawjazFileUrl = require('node:url').pathToFileURL(__filename).href; const __mawjazResolve = (name) => require('node:url').pathToFileURL(require.resolve(name)).href;",
    },
  });
}
await codeCachedBundle(path.join(root, 'main', 'cli', 'main.ts'), path.join(out, 'cli.cjs'));
// The import's cleaning threads the same way (main/work-thread/start-worker.ts, bin/code-cached-thread.mjs): each
// thread compiled its ES modules again at every import (334 → 204 ms of CPU a thread with the cache, on the bench's 2,000 articles).
await codeCachedBundle(path.join(root, 'main', 'work-thread', 'clean-pool-worker.ts'), path.join(out, 'clean-pool-worker.cjs'));
await build({
  entryPoints: [path.join(root, 'main', 'electron', 'preload.ts')],
  outfile: path.join(out, 'preload.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  logLevel: 'warning',
});
await build({
  entryPoints: [path.join(root, 'renderer', 'app', 'main.ts')],
  outfile: path.join(out, 'renderer', 'app.js'),
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'chrome120',
  logLevel: 'warning',
});
cpSync(path.join(root, 'renderer', 'index.html'), path.join(out, 'renderer', 'index.html'));
cpSync(path.join(root, 'renderer', 'assets'), path.join(out, 'renderer', 'assets'), { recursive: true });
cpSync(path.join(root, 'fonts'), path.join(out, 'renderer', 'fonts'), { recursive: true, filter: (f) => !f.endsWith('.txt') });
// pdf.js's browser build and its worker, which the export screen loads from the app's own files to draw an exported
// PDF (the web host serves the same two files under /pdfjs/, main/web/static-files.ts).
mkdirSync(path.join(out, 'renderer', 'pdfjs'), { recursive: true });
for (const file of ['pdf.min.mjs', 'pdf.worker.min.mjs']) {
  cpSync(path.join(root, 'node_modules', 'pdfjs-dist', 'build', file), path.join(out, 'renderer', 'pdfjs', file));
}
console.log(`built Mawjaz into ${path.relative(root, out) || '.'}/`);
