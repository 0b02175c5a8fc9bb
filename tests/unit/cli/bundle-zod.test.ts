import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { bundleZod } from '../../../scripts/bundle-zod.mjs';

// The build bundles zod without its translations (scripts/bundle-zod.mjs): a module using zod is built with the plugin,
// as the CLI is, and run; English messages are zod's own, and a locale asked for still works, loaded on its call.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

let dir: string;
let bundle: string;
beforeAll(async () => {
  // Inside the project, as out/ is, so the bundle finds zod in node_modules.
  mkdirSync(path.join(root, 'tests', '.tmp'), { recursive: true });
  dir = mkdtempSync(path.join(root, 'tests', '.tmp', 'zod-'));
  writeFileSync(
    path.join(dir, 'entry.ts'),
    [
      "import { z } from 'zod';",
      'const Age = z.number().int();',
      'export function english(): string { return Age.safeParse(1.5).error?.issues[0]?.message ?? ""; }',
      'export function french(): string { z.config(z.locales.fr()); return Age.safeParse("x").error?.issues[0]?.message ?? ""; }',
    ].join('\n'),
  );
  await build({ entryPoints: [path.join(dir, 'entry.ts')], outdir: path.join(dir, 'out'), bundle: true, format: 'esm', platform: 'node', plugins: [bundleZod(root)], logLevel: 'warning' });
  bundle = path.join(dir, 'out', 'entry.js');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `fn` of the bundle in a fresh Node; answers what it returned. */
function call(fn: 'english' | 'french'): string {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)}); process.stdout.write(m.${fn}());`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  expect(child.stderr).toBe('');
  return child.stdout;
}

describe('zod bundled without its translations', () => {
  it('bundles English and no other locale', () => {
    const text = readFileSync(bundle, 'utf8');
    expect(text).toContain('node_modules/zod/v4/locales/en.js');
    expect(text).not.toMatch(/node_modules\/zod\/v4\/locales\/(?!en\.js)[a-zA-Z-]+\.js/);
  });

  it('says errors in English as zod does, and still gives a locale asked for', () => {
    expect(call('english')).toBe('Invalid input: expected int, received number');
    const french = call('french');
    expect(french).toMatch(/^Entrée invalide/);
  });
});
