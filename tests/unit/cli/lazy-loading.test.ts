import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each command loads only what it uses: the built CLI (what `mawjaz` runs) is run in a child process with a module
// hook that writes down every package an import resolves to. The readers' and renderers' packages are large (pdf.js,
// pdfkit, HarfBuzz's WebAssembly), and `--help`, `list` and `search` must answer without them.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** What only reading a document or writing one needs. */
const HEAVY = ['pdfkit', 'harfbuzzjs', 'pdfjs-dist', 'mammoth', 'linkedom', '@mozilla/readability', 'docx', 'jszip', 'fontkit'];

// The hook (Node's module.register): each import resolved into node_modules appends its package name to LOG.
const HOOK = `
import { appendFileSync } from 'node:fs';
let log;
let data = {};
export function initialize(given) { log = given.log; data = given; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const m = /\\/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(resolved.url);
  if (m) appendFileSync(log, m[1] + '\\n');
  // The build's own files, as 'built:' and the file's name (bundled code, zod among it, shows only here).
  else if (data.out !== undefined && resolved.url.startsWith(data.out)) appendFileSync(log, 'built:' + resolved.url.slice(data.out.length) + '\\n');
  return resolved;
}
`;

let dir: string;
let out: string;
beforeAll(() => {
  // Inside the project, as out/ is, so the bundles find their packages in node_modules.
  mkdirSync(path.join(root, 'tests', '.tmp'), { recursive: true });
  dir = mkdtempSync(path.join(root, 'tests', '.tmp', 'lazy-'));
  out = path.join(dir, 'out');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs'), '--out', out], { stdio: 'pipe', timeout: 120_000 });
  writeFileSync(path.join(dir, 'hook.mjs'), HOOK);
}, 150_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the built CLI with `args` — its ES modules (out/cli.js, what `mawjaz --help` runs), or the CommonJS bundle
 * every other command runs, through its code cache (bin/code-cached-bundle.mjs) — and answers its exit code, output
 * and the packages it loaded.
 */
function runBuilt(name: string, args: string[], form: 'esm' | 'cjs' = 'esm', hooked = true): {
  status: number | null; stdout: string; stderr: string; packages: Set<string>; built: string[];
  /** Node's own modules the run loaded (process.moduleLoadList), internal ones included: 'child_process', 'internal/…'. */
  builtins: Set<string>;
} {
  const log = path.join(dir, `${name}-${form}.log`);
  writeFileSync(log, '');
  const register = `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(path.join(dir, 'hook.mjs')).href)}, { data: { log: ${JSON.stringify(log)}, out: ${JSON.stringify(pathToFileURL(out).href + '/')} } });`;
  // Packages required as CommonJS (createRequire) pass no module hook: the require cache names them, after the run.
  const load =
    form === 'esm'
      ? `const { main } = await import(${JSON.stringify(pathToFileURL(path.join(out, 'cli.js')).href)});`
      : `const { loadCodeCached } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'bin', 'code-cached-bundle.mjs')).href)});
         const { main } = loadCodeCached(${JSON.stringify(path.join(out, 'cli.cjs'))}, 'test').exports;`;
  const start = `${load} process.exitCode = await main(process.argv.slice(1));
    const { createRequire } = await import('node:module'); const { appendFileSync } = await import('node:fs');
    for (const file of Object.keys(createRequire(import.meta.url).cache)) {
      const m = /\\/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(file);
      if (m) appendFileSync(${JSON.stringify(log)}, m[1] + '\\n');
    }
    for (const m of process.moduleLoadList) if (m.startsWith('NativeModule ')) appendFileSync(${JSON.stringify(log)}, 'node:' + m.slice('NativeModule '.length) + '\\n');`;
  // Without the hook only the require cache and Node's own modules are written down: the hook runs on a thread of
  // its own, which loads worker_threads into the run.
  const hook = hooked ? ['--import', `data:text/javascript,${encodeURIComponent(register)}`] : [];
  const run = spawnSync(process.execPath, [...hook, '--input-type=module', '-e', start, '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    // The build sits below tests/.tmp, not one folder below the project: point it at the project's resources.
    env: { ...process.env, MAWJAZ_RESOURCES: root },
  });
  const lines = readFileSync(log, 'utf8').split('\n').filter((l) => l !== '');
  const built = lines.filter((l) => l.startsWith('built:')).map((l) => l.slice('built:'.length));
  const builtins = new Set(lines.filter((l) => l.startsWith('node:')).map((l) => l.slice('node:'.length)));
  const packages = new Set(lines.filter((l) => !l.startsWith('built:') && !l.startsWith('node:')));
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, packages, built, builtins };
}

/** The sources (as the build's source maps name them) of the built files a run loaded. */
function sourcesOf(built: readonly string[]): string[] {
  return built.flatMap((file) => (JSON.parse(readFileSync(path.join(out, `${file}.map`), 'utf8')) as { sources: string[] }).sources);
}

describe('the built mawjaz loads what a command uses and nothing more', () => {
  it('is one ASCII file, which Node reads as a one-byte string (scripts/ascii-sources.mjs)', () => {
    const bundle = readFileSync(path.join(out, 'cli.cjs'));
    expect(bundle.length).toBeGreaterThan(0);
    expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });


  it('answers --help with no package at all', () => {
    const run = runBuilt('help', ['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: mawjaz <command>');
    expect([...run.packages]).toEqual([]);
    // Nor zod (bundled) or the Arabic text layer, which only commands that parse or read Arabic need.
    const sources = sourcesOf(run.built);
    expect(sources.some((s) => s.endsWith('main/cli/main.ts'))).toBe(true);
    expect(sources.filter((s) => s.includes('node_modules/zod/') || s.includes('main/text/'))).toEqual([]);
  }, 60_000);

  it('lists and searches a workspace with SQLite, without the readers or the renderers', () => {
    const workspace = path.join(dir, 'w.mawjaz');
    for (const [name, args, form] of [['list', ['list', '--workspace', workspace], 'esm'], ['search', ['search', 'غزة', '--workspace', workspace], 'esm'], ['list', ['list', '--workspace', workspace], 'cjs'], ['search', ['search', 'غزة', '--workspace', workspace], 'cjs']] as const) {
      const run = runBuilt(name, [...args], form);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      // The hook sees what the command does load: the workspace is SQLite (zod is bundled, scripts/build-electron.mjs).
      expect(run.packages, name).toContain('better-sqlite3');
      expect(HEAVY.filter((p) => run.packages.has(p)), name).toEqual([]);
      // Nor child_process, which only `mawjaz web --open` uses (with dgram and net, which it loads: ≈ 3 ms at each
      // start). net is left out here: an output piped to this test is a socket of net's.
      expect(run.builtins, name).toContain('fs');
      expect(['child_process', 'dgram'].filter((m) => run.builtins.has(m)), name).toEqual([]);
      // Nor crypto (the workspace's hashes, text/sha256.ts, and the handlers' brief ids): listing and searching hash
      // nothing, and loading it cost ≈ 3 ms of CPU at every start.
      expect(run.builtins.has('crypto'), name).toBe(false);
      // Nor the cleaner and its date rules: the API's import handler once pulled them in for every command that
      // creates the API (its calendars and the stopword lists of every language, ~60 ms at each start).
      expect(run.packages.has('stopwords-iso'), name).toBe(false);
      if (form === 'esm') expect(sourcesOf(run.built).filter((s) => s.includes('main/ingest/clean')), name).toEqual([]);
    }
    // Nor worker_threads, which only a command that starts a thread needs (work-thread/start-worker.ts): seen without
    // the module hook, whose own thread loads it.
    for (const [name, args] of [['list', ['list', '--workspace', workspace]], ['search', ['search', 'غزة', '--workspace', workspace]]] as const) {
      const run = runBuilt(`${name}-unhooked`, [...args], 'cjs', false);
      expect(run.status, name).toBe(0);
      expect(['worker_threads', 'crypto'].filter((m) => run.builtins.has(m)), name).toEqual([]);
    }
  }, 120_000);

  it('loads an HTML file’s reader when a command reads one', () => {
    const page = path.join(dir, 'page.html');
    writeFileSync(page, '<!doctype html><html lang="ar"><head><title>عنوان الخبر</title></head><body><article><h1>عنوان الخبر</h1><p>قال المتحدث إن الاجتماع عقد في المدينة صباح اليوم، وإن الوفدين اتفقا على مواصلة الحوار في الأسابيع المقبلة.</p></article></body></html>');
    for (const form of ['esm', 'cjs'] as const) {
      const run = runBuilt('clean', ['clean', page, '--json', path.join(dir, 'clean.json')], form);
      expect(run.status).toBe(0);
      expect(run.packages).toContain('linkedom');
      // Reading HTML needs no PDF or Word code.
      expect(['pdfkit', 'harfbuzzjs', 'pdfjs-dist', 'mammoth', 'docx'].filter((p) => run.packages.has(p))).toEqual([]);
    }
  }, 60_000);

  it('writes a PDF with pdfkit and HarfBuzz, without the Word writer or the readers', () => {
    const brief = path.join(root, 'tests', 'fixtures', 'briefs', 'sample.json');
    // What pdfkit imports for what a PDF of ours never does (scripts/bundle-pdfkit.mjs): fontkit (pdfkit is given
    // each TrueType font's metrics, render/pdf/pdfkit-font.ts) and with it WOFF2 fonts and fontkit's own shaping;
    // encryption. pdfkit's own standard font, required as CommonJS, shows the cache is read.
    const unused = ['fontkit', 'brotli', 'unicode-properties', '@noble/ciphers'];
    for (const form of ['esm', 'cjs'] as const) {
      const run = runBuilt('render', ['render', brief, '--pdf', path.join(dir, 'brief.pdf')], form);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      // The CommonJS bundle holds the whole of pdfkit (its standard font's file too), so only the ES modules show it.
      if (form === 'esm') expect(run.packages).toContain('pdfkit');
      expect(run.packages).toContain('harfbuzzjs');
      expect(['docx', 'jszip', 'mammoth', 'pdfjs-dist', 'linkedom'].filter((p) => run.packages.has(p))).toEqual([]);
      expect(unused.filter((p) => run.packages.has(p))).toEqual([]);
      // A brief file rendered needs no workspace: SQLite is not loaded (api/handlers/create-files-api.ts).
      expect(run.packages).not.toContain('better-sqlite3');
      expect(['child_process', 'dgram'].filter((m) => run.builtins.has(m))).toEqual([]);
    }
    // Nor are they bundled in (esbuild names each bundled file in a comment): they stay in node_modules, required
    // only if called.
    const chunks = readdirSync(out).filter((f) => f.endsWith('.js') || f.endsWith('.cjs')).map((f) => readFileSync(path.join(out, f), 'utf8'));
    expect(chunks.some((c) => c.includes('node_modules/pdfkit/'))).toBe(true);
    expect(unused.filter((p) => chunks.some((c) => c.includes(`node_modules/${p}/`)))).toEqual([]);
  }, 60_000);
});
