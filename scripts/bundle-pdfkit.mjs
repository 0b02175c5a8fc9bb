// pdfkit bundled into the build rather than loaded from node_modules, for scripts/build-electron.mjs. Bundled, the
// modules that pdfkit imports but a PDF of Mawjaz's never runs can load on their first call instead of with pdfkit —
// Node gives no way to defer another package's imports. Each is replaced by a module exporting the same functions,
// each of which requires the real module on its first call (lazy-module-shim.mjs):
// - fontkit, half of what pdfkit brought (≈ 440 KB of JavaScript, and a table reader built at load): Mawjaz gives
//   pdfkit each TrueType font's metrics itself (main/render/pdf/pdfkit-font.ts), draws glyph ids shaped by HarfBuzz
//   and writes the font program itself (truetype-subset.ts), so fontkit loads only for a font that module leaves to
//   it (CFF outlines, a variable font). Its own heavy imports (WOFF2's Brotli dictionary, its shaper's Unicode
//   tables) come with it then, and only then. `mawjaz render` of the seeds' brief: ≈ 7 % less CPU, 12 MB less memory.
// - pdfkit's AES (encrypted PDFs; Mawjaz writes none), which fills its tables at load.
import { readFile } from 'node:fs/promises';
import { lazyModuleSource } from './lazy-module-shim.mjs';

/** Packages (as imported) loaded on first use. */
export const LAZY_DEPENDENCIES = ['fontkit', '@noble/ciphers/aes'];

const NAMESPACE = 'mawjaz-lazy-dependency';

/**
 * The plugin. pdfkit finds its own files (its standard fonts through its package.json's "imports", its colour
 * profile) from its module's URL: bundled, that URL is asked of Node (`import.meta.resolve('pdfkit')`), so they are
 * found where pdfkit is installed. An import of a name a shim lacks fails the build, so nothing goes missing silently.
 */
export function bundlePdfkit(root) {
  const lazy = new RegExp(`^(${LAZY_DEPENDENCIES.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
  return {
    name: 'bundle-pdfkit',
    setup(build) {
      build.onResolve({ filter: lazy }, (args) => ({ path: args.path, namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({ contents: lazyModuleSource(args.path, root), loader: 'js', resolveDir: root }));
      build.onLoad({ filter: /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const uses = source.split('import.meta.url').length - 1;
        if (uses === 0) throw new Error('pdfkit no longer finds its files from import.meta.url: check scripts/bundle-pdfkit.mjs');
        return { contents: source.replaceAll('import.meta.url', "import.meta.resolve('pdfkit')"), loader: 'js' };
      });
    },
  };
}
