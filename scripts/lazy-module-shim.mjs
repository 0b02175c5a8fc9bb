// A module that stands in, in a bundle, for one a command rarely or never calls: it exports the same functions, each
// of which requires the real module (its CommonJS build, from node_modules) on its first call, so whatever does call
// one gets the real thing and nothing is loaded or compiled until then. Used by bundle-pdfkit.mjs and bundle-zod.mjs.
import { createRequire } from 'node:module';

/**
 * The shim's source for `specifier` (a package path as Node resolves it from `root`, the project): every function the
 * real module exports, each forwarding to the module once required. The shim requires it from the built chunk, one
 * folder below the root, so it finds the same package.
 */
export function lazyModuleSource(specifier, root) {
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
