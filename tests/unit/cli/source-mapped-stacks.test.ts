import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// bin/mawjaz.mjs runs the build with stacks mapped back to the TypeScript sources, each map read only when a stack
// shows its file (bin/source-mapped-stacks.mjs). A small TypeScript module is built the way scripts/build-electron.mjs
// builds (ESM, linked source maps without the sources) and made to throw in a child process.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const mapper = pathToFileURL(path.join(root, 'bin', 'source-mapped-stacks.mjs')).href;

let dir: string;
beforeAll(async () => {
  mkdirSync(path.join(root, 'tests', '.tmp'), { recursive: true });
  dir = mkdtempSync(path.join(root, 'tests', '.tmp', 'stacks-'));
  mkdirSync(path.join(dir, 'src'));
  // The throw is on line 4 of thrower.ts, column 9.
  writeFileSync(path.join(dir, 'src', 'thrower.ts'), ['interface Job { name: string }', '', 'export function fail(job: Job): never {', '  throw new Error(`no ${job.name}`);', '}', ''].join('\n'));
  writeFileSync(path.join(dir, 'src', 'entry.ts'), "import { fail } from './thrower.ts';\n\nexport function run(): never {\n  return fail({ name: 'luck' });\n}\n");
  await build({ entryPoints: [path.join(dir, 'src', 'entry.ts')], outdir: path.join(dir, 'out'), bundle: true, format: 'esm', platform: 'node', sourcemap: true, sourcesContent: false, logLevel: 'warning' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The stack of the built module's error, in a fresh Node, with the mapper on `mapped` (or off). */
function stackOf(mapped: string | null): string {
  const built = pathToFileURL(path.join(dir, 'out', 'entry.js')).href;
  const setup = mapped === null ? '' : `const { mapStacksOf } = await import(${JSON.stringify(mapper)}); mapStacksOf(${JSON.stringify(mapped)});`;
  const script = `${setup} const { run } = await import(${JSON.stringify(built)}); try { run(); } catch (e) { process.stdout.write(e.stack); }`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  expect(child.stderr).toBe('');
  return child.stdout;
}

describe('stacks of the built code, mapped when read', () => {
  it('names the TypeScript file, line and column of each frame in the build', () => {
    const stack = stackOf(path.join(dir, 'out'));
    const lines = stack.split('\n');
    expect(lines[0]).toBe('Error: no luck');
    expect(lines[1]).toBe(`    at fail (${path.join(dir, 'src', 'thrower.ts')}:4:9)`);
    expect(lines[2]).toBe(`    at run (${path.join(dir, 'src', 'entry.ts')}:4:10)`);
    // Frames outside the build (the -e script, Node's own) are left as V8 wrote them.
    expect(lines.slice(3).some((l) => l.includes('[eval'))).toBe(true);
    expect(stack).not.toContain('entry.js');
  });

  it('leaves the frames of files outside the folder it was given as they were', () => {
    const plain = stackOf(null);
    expect(plain).toContain(`${pathToFileURL(path.join(dir, 'out', 'entry.js')).href}:`);
    // The built frames, identical (the -e script's own column differs with its length).
    const built = (stack: string): string[] => stack.split('\n').filter((l) => l.includes('/out/'));
    expect(built(plain)).toHaveLength(2);
    expect(built(stackOf(path.join(dir, 'elsewhere')))).toEqual(built(plain));
  });
});
