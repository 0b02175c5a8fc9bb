import path from 'node:path';

/**
 * Bundles the renderer (renderer/app/main.ts) into one script, in memory. The browser host calls it once per
 * start; the Electron build writes the same bundle to disk (scripts/build-electron.mjs).
 */
export async function bundleRenderer(rendererDir: string): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(rendererDir, 'app', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    platform: 'browser',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const [out] = result.outputFiles;
  if (!out) throw new Error('the renderer bundle came out empty');
  return out.text;
}
