import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packaging itself needs the network (electron-builder downloads Electron), so this checks everything short of
// it: electron-builder's own schema accepts the configuration, it asks for what the issue requires, and the build
// it packages holds every file the app loads at run time.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  files?: (string | { filter?: string[] })[];
  extraResources?: { from: string; to: string }[];
  electronFuses?: Record<string, boolean>;
  npmRebuild?: boolean;
  asar?: boolean;
  icon?: string;
  linux?: { target?: string[]; icon?: string };
  win?: { target?: string[]; icon?: string };
  mac?: { target?: string[] };
}

interface ConfigModule {
  getConfig: (projectDir: string, configPath: string | null, fromOptions: unknown) => Promise<BuilderConfig>;
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
}
// electron-builder's own loader and schema check: internal paths, held still by the exact version in package.json.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as ConfigModule;
const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };

async function loadConfig(): Promise<BuilderConfig> {
  return getConfig(root, path.join(root, 'electron-builder.yml'), null);
}

describe('electron-builder.yml', () => {
  it('is accepted by electron-builder’s own schema, and a wrong key is not', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const typo = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(typo, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('gives the package the app icon: a 512-pixel PNG, the Linux sizes folder and the Windows .ico, all in the files it packs', async () => {
    const config = await loadConfig();
    expect(config.icon).toBe('renderer/assets/icons/512x512.png');
    expect(config.linux?.icon).toBe('renderer/assets/icons');
    expect(config.win?.icon).toBe('renderer/assets/favicon.ico');
    for (const file of [config.icon, config.win?.icon]) expect(existsSync(path.join(root, file ?? 'missing'))).toBe(true);
    const linuxSizes = readdirSync(path.join(root, config.linux?.icon ?? 'missing')).filter((f) => /^\d+x\d+\.png$/.test(f));
    expect(linuxSizes).toEqual(expect.arrayContaining(['16x16.png', '32x32.png', '48x48.png', '256x256.png', '512x512.png']));
  });

  it('sets the fuses, the four installers, asar and the native rebuild', async () => {
    const config = await loadConfig();
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.asar).toBe(true);
    // better-sqlite3 is a native module: it must be rebuilt against Electron's ABI.
    expect(config.npmRebuild).toBe(true);
  });

  it('ships the fonts (each with its licence), the templates and the sample articles where the app looks for them', async () => {
    const config = await loadConfig();
    const resources = Object.fromEntries((config.extraResources ?? []).map((r) => [r.to, r.from]));
    expect(Object.keys(resources).sort()).toEqual(['THIRD_PARTY_NOTICES.md', 'fonts', 'models', 'sample-workspace', 'templates']);
    for (const from of Object.values(resources)) expect(existsSync(path.join(root, from)), from).toBe(true);
    const fonts = readdirSync(path.join(root, resources['fonts']!));
    expect(fonts.filter((f) => f.endsWith('.ttf')).length).toBeGreaterThan(0);
    for (const family of new Set(fonts.filter((f) => f.endsWith('.ttf')).map((f) => f.replace(/-.*$/, '').replace(/(Sans|Kufi|Serif).*$/, '')))) {
      expect(fonts, `a licence for ${family}`).toContain(`${family}-LICENSE.txt`);
    }
    expect(readdirSync(path.join(root, resources['templates']!)).some((f) => f.endsWith('.json'))).toBe(true);
    // The entity model is CC BY-SA 4.0 (derived from ANERcorp): its licence ships beside it and the notices name it.
    expect(readdirSync(path.join(root, resources['models']!, 'ner')).sort()).toEqual(['LICENSE.md', 'anercorp-perceptron.bin']);
    expect(readFileSync(path.join(root, resources['models']!, 'ner', 'LICENSE.md'), 'utf8')).toMatch(/CC BY-SA 4\.0[\s\S]*Benajiba/);
    expect(readFileSync(path.join(root, resources['THIRD_PARTY_NOTICES.md']!), 'utf8')).toMatch(/anercorp-perceptron\.bin[\s\S]*CC BY-SA 4\.0[\s\S]*Benajiba/);
    // The folder names the packaged app reads (main/resources.ts, with MAWJAZ_RESOURCES set by the Electron entry).
    const lookup = readFileSync(path.join(root, 'main', 'resources.ts'), 'utf8');
    for (const to of Object.keys(resources)) expect(lookup).toContain(`'${to}'`);
  });
});

describe('the build electron-builder packages', () => {
  let out: string;
  beforeAll(() => {
    // Inside the project, as out/ is: the bundles leave their dependencies to node_modules.
    mkdirSync(path.join(root, 'tests', '.tmp'), { recursive: true });
    out = mkdtempSync(path.join(root, 'tests', '.tmp', 'build-'));
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs'), '--out', out], { stdio: 'pipe', timeout: 120_000 });
  }, 150_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('holds the entry package.json names, the worker, the preload and the page with everything it loads', async () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main.js');
    const config = await loadConfig();
    const files = (config.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));
    expect(files).toContain('out/**');
    for (const f of ['main.js', 'api-worker.js', 'work-thread-worker.js', 'preload.cjs', 'renderer/index.html', 'renderer/app.js', 'renderer/assets/styles.css']) {
      expect(existsSync(path.join(out, f)), f).toBe(true);
    }
    // The files main.js opens beside itself.
    const main = readFileSync(path.join(root, 'main', 'electron', 'main.ts'), 'utf8');
    for (const f of ['preload.cjs', 'api-worker.js']) expect(main).toContain(`'${f}'`);
    // Every script, style and font the page asks for is in the build (the CSP allows nothing from elsewhere).
    const page = readFileSync(path.join(out, 'renderer', 'index.html'), 'utf8');
    const css = readFileSync(path.join(out, 'renderer', 'assets', 'styles.css'), 'utf8');
    const wanted = [
      ...[...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => path.join(out, 'renderer', m[1]!)),
      ...[...css.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((m) => path.join(out, 'renderer', 'assets', m[1]!)),
    ];
    expect(wanted.length).toBeGreaterThan(2);
    for (const file of wanted) expect(existsSync(file), path.relative(out, file)).toBe(true);
  });

  it('packs pdf.js and its worker beside the page, where the export screen loads them (pdf-document.ts)', () => {
    const loader = readFileSync(path.join(root, 'renderer', 'app', 'pdf-document.ts'), 'utf8');
    for (const file of ['pdf.min.mjs', 'pdf.worker.min.mjs']) {
      expect(loader).toContain(`'pdfjs/${file}'`);
      expect(readFileSync(path.join(out, 'renderer', 'pdfjs', file))).toEqual(readFileSync(path.join(root, 'node_modules', 'pdfjs-dist', 'build', file)));
    }
  });

  it('bundles the preload into one CommonJS file that requires nothing but electron', () => {
    const preload = readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    const required = new Set([...preload.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });
  it('runs the bundled work thread: an assembly job in, the stages and a brief out', async () => {
    const article = {
      id: 'a1', file: 'a1.txt', format: 'txt', encoding: 'utf-8', url: null,
      title: 'عنوان', titleBasis: 'explicit', outlet: null, outletBasis: 'unknown', author: null, authorBasis: 'unknown',
      published: '2025-04-10', publishedBasis: 'explicit', language: 'ar', languageBasis: 'inferred',
      body: 'قال وزير الخارجية إن الاجتماع سيعقد في بغداد يوم الأحد المقبل.\n\nوأضاف أن الوفد يضم عشرة أعضاء.', removed: [],
    };
    // The packaged app points MAWJAZ_RESOURCES at its resources (main/electron/main.ts); here they are the project's.
    const worker = new Worker(path.join(out, 'work-thread-worker.js'), { env: { ...process.env, MAWJAZ_RESOURCES: root } });
    try {
      const answers: { kind: string; stage?: string; message?: string; brief?: { sources: unknown[] } }[] = [];
      const done = new Promise<void>((resolve, reject) => {
        worker.on('message', (m: (typeof answers)[number]) => {
          answers.push(m);
          if (m.kind !== 'stage' && m.kind !== 'ready') resolve();
        });
        worker.on('error', reject);
      });
      worker.postMessage({ kind: 'assemble', id: 1, articles: [article], options: { now: '2025-04-10' } });
      await done;
      expect(answers.find((a) => a.kind === 'failed')?.message).toBeUndefined();
      expect(answers[0]).toEqual({ kind: 'ready', id: 0 });
      expect(answers.filter((a) => a.kind === 'stage').map((a) => a.stage)).toEqual(['actors', 'summary', 'timeline', 'questions']);
      expect(answers.at(-1)).toMatchObject({ kind: 'assembled', id: 1 });
      expect(answers.at(-1)?.brief?.sources).toHaveLength(1);
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});
