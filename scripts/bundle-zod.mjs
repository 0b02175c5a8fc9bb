// zod is bundled into the build (scripts/build-electron.mjs) without its sixty-odd translations of error messages:
// `z.locales` re-exports every one (≈ 370 KB of JavaScript, half of zod's bundle), which every command that loads zod
// compiled, while Mawjaz uses English only, and zod loads English itself (classic/schemas.js). `z.locales` stays
// whole: each locale is a function that requires zod's CommonJS translations on its first call (lazy-module-shim.mjs).
import { lazyModuleSource } from './lazy-module-shim.mjs';

const NAMESPACE = 'mawjaz-lazy-zod-locales';
/** zod's locales as a package path, which the shim requires (zod's exports map it to the CommonJS build). */
const LOCALES = 'zod/v4/locales';

/** The plugin: zod's own import of its locales' index becomes the shim. */
export function bundleZod(root) {
  return {
    name: 'bundle-zod',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        /[\\/]node_modules[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: LOCALES, namespace: NAMESPACE } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({ contents: lazyModuleSource(LOCALES, root), loader: 'js', resolveDir: root }));
    },
  };
}
