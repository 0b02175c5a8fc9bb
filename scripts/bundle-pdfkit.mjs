// pdfkit (with fontkit) bundled into the build rather than loaded from node_modules, for scripts/build-electron.mjs.
// Bundled, the modules that pdfkit and fontkit import but a PDF of Mawjaz's never runs can load on their first call
// instead of with pdfkit — Node gives no way to defer another package's imports. Loading them cost a render a fifth
// of pdfkit's start (≈ 25 ms of CPU each, measured in a fresh Node 20): fontkit's WOFF2 decoder inflates Brotli's
// dictionary, unicode-properties (fontkit's own shaper; Mawjaz shapes with HarfBuzz) inflates its tables, and
// pdfkit's AES (encrypted PDFs; Mawjaz writes none) fills its tables. Each is replaced by a module exporting the same
// functions, each of which requires the real module on its first call, so whatever does call one gets the real thing.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** Packages (as imported) loaded on first use. */
export const LAZY_DEPENDENCIES = ['brotli/decompress.js', 'unicode-properties', '@noble/ciphers/aes'];

const NAMESPACE = 'mawjaz-lazy-dependency';

/** The shim's source: every function the real module exports, each forwarding to the module once required. */
function shimSource(specifier, root) {
  // The CommonJS build, as the shim will require it from the built chunk (one folder below the root).
  const real = createRequire(`${root}/`)(specifier);
  const lines = [
    "import { createRequire } from 'node:module';",
    'let loaded;',
    `const real = () => (loaded ??= createRequire(import.meta.url)(${JSON.stringify(specifier)}));`,
  ];
  if (typeof real === 'function') lines.push('export default function lazyDefault(...args) { return real()(...args); }');
  for (const [name, value] of Object.entries(real)) {
    if (name === 'default' || typeof value !== 'function' || !/^[A-Za-z_$][\w$]*$/.test(name)) continue;
    lines.push(`export function ${name}(...args) { return real().${name}(...args); }`);
  }
  return lines.join('\n');
}

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
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({ contents: shimSource(args.path, root), loader: 'js', resolveDir: root }));
      build.onLoad({ filter: /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const uses = source.split('import.meta.url').length - 1;
        if (uses === 0) throw new Error('pdfkit no longer finds its files from import.meta.url: check scripts/bundle-pdfkit.mjs');
        return { contents: source.replaceAll('import.meta.url', "import.meta.resolve('pdfkit')"), loader: 'js' };
      });
    },
  };
}
