import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// bin/mawjaz.mjs compiles the command line's CommonJS bundle with V8's code cache kept beside it
// (bin/code-cached-bundle.mjs). A small bundle is loaded in child processes (a cache is V8's, per process) as the
// command line is: the first run writes the cache, the next takes it, and a cache that does not fit is never fatal.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const loader = pathToFileURL(path.join(root, 'bin', 'code-cached-bundle.mjs')).href;

let dir: string;
let bundle: string;
/** The bundle's source: it requires a package that ends in a top-level await, once its import ran, as HarfBuzz is. */
function source(): string {
  const awaits = JSON.stringify(pathToFileURL(path.join(dir, 'awaits.mjs')).href);
  return `exports.main = async (n) => {
  await importForRequire(${awaits});
  const { twice } = require(${awaits});
  return [1, 2, 3].map((x) => twice(x * n)).join(',');
};
`;
}

beforeAll(() => {
  mkdirSync(path.join(root, 'tests', '.tmp'), { recursive: true });
  dir = mkdtempSync(path.join(root, 'tests', '.tmp', 'code-cache-'));
  writeFileSync(path.join(dir, 'awaits.mjs'), 'const k = await Promise.resolve(2);\nexport function twice(x) { return k * x; }\n');
  bundle = path.join(dir, 'bundle.cjs');
  writeFileSync(bundle, source());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One run of the bundle through the loader, in a fresh Node: its answer and what became of the cache. */
function runOnce(succeeded = true): { answer: string; cache: string } {
  const script = `const { loadCodeCached } = await import(${JSON.stringify(loader)});
    const run = loadCodeCached(${JSON.stringify(bundle)}, 'job');
    const answer = await run.exports.main(5);
    run.save(${String(succeeded)});
    process.stdout.write(JSON.stringify({ answer, cache: run.cache }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as { answer: string; cache: string };
}

const cacheFile = (): string => `${bundle}.job.code-cache`;

describe('a bundle compiled with a code cache kept beside it', () => {
  it('writes the cache after a first run that succeeded, and the next run takes it', () => {
    rmSync(cacheFile(), { force: true });
    expect(runOnce(false)).toEqual({ answer: '10,20,30', cache: 'none' });
    expect(existsSync(cacheFile())).toBe(false);
    expect(runOnce()).toEqual({ answer: '10,20,30', cache: 'none' });
    expect(existsSync(cacheFile())).toBe(true);
    expect(runOnce()).toEqual({ answer: '10,20,30', cache: 'accepted' });
  });

  it('compiles without a cache V8 refuses, and writes a good one in its place', () => {
    runOnce();
    const bytes = readFileSync(cacheFile());
    const head = bytes.indexOf(0x0a) + 1;
    // The same build's header over bytes V8 cannot read.
    writeFileSync(cacheFile(), Buffer.concat([bytes.subarray(0, head), Buffer.alloc(bytes.length - head, 7)]));
    expect(runOnce()).toEqual({ answer: '10,20,30', cache: 'refused' });
    expect(runOnce()).toEqual({ answer: '10,20,30', cache: 'accepted' });
  });

  it('never gives V8 the cache of another build of the bundle, even one of the same length', () => {
    runOnce();
    expect(runOnce().cache).toBe('accepted');
    // The same length, another sum: V8's own check (the source's length) would run the old bytecode.
    writeFileSync(bundle, source().replace('x * n', 'x + n'));
    utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    expect(runOnce()).toEqual({ answer: '12,14,16', cache: 'none' });
    expect(runOnce()).toEqual({ answer: '12,14,16', cache: 'accepted' });
    writeFileSync(bundle, source());
  });

  it('runs as without a cache where the cache cannot be written, leaving no scrap behind', () => {
    // A folder in the cache's place: neither read nor replaced, whoever runs the test (root ignores permissions).
    rmSync(cacheFile(), { force: true });
    mkdirSync(path.join(cacheFile(), 'taken'), { recursive: true });
    try {
      expect(runOnce()).toEqual({ answer: '10,20,30', cache: 'none' });
      expect(runOnce()).toEqual({ answer: '10,20,30', cache: 'none' });
      expect(readdirSync(dir).filter((f) => f.startsWith('bundle.cjs.job.code-cache.'))).toEqual([]);
    } finally {
      rmSync(cacheFile(), { recursive: true, force: true });
    }
  });
});

describe('the cache a run of the command line uses', () => {
  it("is its command's, and for a command writing documents, the kinds it writes, so a PDF run leaves Word runs a cache of their own", async () => {
    const { cacheNameFor } = (await import(loader)) as { cacheNameFor: (argv: string[]) => string };
    expect(cacheNameFor(['list', '--workspace', 'w.sqlite'])).toBe('list');
    expect(cacheNameFor(['render', 'b.json', '--pdf', 'b.pdf'])).toBe('render-pdf');
    expect(cacheNameFor(['render', 'b.json', '--docx', 'b.docx'])).toBe('render-docx');
    expect(cacheNameFor(['brief', 'in/', '--docx=b.docx', '--pdf', 'b.pdf', '--json', 'b.json'])).toBe('brief-pdf-docx');
    expect(cacheNameFor(['render', 'b.json'])).toBe('render');
    // A path or an option in first place is no command of ours: one shared cache, never a file named by user input.
    expect(cacheNameFor(['../x', '--pdf', 'b.pdf'])).toBe('other');
    expect(cacheNameFor([])).toBe('other');
  });
});

describe("the bundle's text", () => {
  it('is read alike whether ASCII (as the build writes it, read as Latin-1) or not (read as UTF-8)', () => {
    const words = path.join(dir, 'words.cjs');
    const say = (text: string): string => {
      writeFileSync(words, `exports.main = async () => ${text};\n`);
      const script = `const { loadCodeCached } = await import(${JSON.stringify(loader)});
        process.stdout.write(await loadCodeCached(${JSON.stringify(words)}, 'words').exports.main());`;
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
      expect(child.stderr).toBe('');
      return child.stdout;
    };
    expect(say(String.raw`'\u0645\u0648\u062c\u0632 ~'`)).toBe('موجز ~');
    // Read as Latin-1, these UTF-8 bytes would be «Ù…ÙˆØ¬Ø²».
    expect(say(`'موجز é'`)).toBe('موجز é');
  });
});
