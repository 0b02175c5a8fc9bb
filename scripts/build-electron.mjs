// Builds the Electron app into out/: main and the API's utility process (ESM, dependencies external), the preload (one CommonJS file, as a
// sandboxed preload must be), and the renderer (bundled script, page, styles, UI fonts).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'out');
rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, 'renderer'), { recursive: true });

await build({
  entryPoints: [path.join(root, 'main', 'electron', 'main.ts')],
  outfile: path.join(out, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await build({
  entryPoints: [path.join(root, 'main', 'electron', 'api-worker.ts')],
  outfile: path.join(out, 'api-worker.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
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
console.log(`built the Electron app into ${path.relative(root, out)}/`);
