// Builds the Electron app into out/: main, the API's utility process and its work thread (ESM, dependencies external), the preload (one CommonJS file, as a
// sandboxed preload must be), and the renderer (bundled script, page, styles, UI fonts).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// `--out DIR` builds elsewhere (the packaging test builds into a temporary folder).
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 && process.argv[outArg + 1] ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'out');
rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, 'renderer'), { recursive: true });

/** One Node-side bundle: ESM with its dependencies left external, or the preload as a single CommonJS file. */
function nodeBundle(entry, outfile, format) {
  return build({
    entryPoints: [path.join(root, 'main', entry)],
    outfile: path.join(out, outfile),
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    ...(format === 'esm' ? { packages: 'external' } : { external: ['electron'] }),
    logLevel: 'warning',
  });
}

await nodeBundle('electron/main.ts', 'main.js', 'esm');
await nodeBundle('electron/api-worker.ts', 'api-worker.js', 'esm');
// The work thread (assembling, exporting), beside the API worker that starts it (main/work-thread/work-thread.ts).
await nodeBundle('work-thread/worker.ts', 'work-thread-worker.js', 'esm');
await nodeBundle('electron/preload.ts', 'preload.cjs', 'cjs');
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
console.log(`built the Electron app into ${path.relative(root, out) || '.'}/`);
