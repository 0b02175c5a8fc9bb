/**
 * Loads HarfBuzz's module, before a module that imports it is imported. Its last statement awaits its WebAssembly's
 * instantiation (a top-level await), so it can be loaded by import() only, never by require(): the CommonJS build of
 * the command line (bin/code-cached-bundle.mjs) answers its require('harfbuzzjs') from what this import loaded. Run
 * as ES modules, the module is loaded here instead of by the import that follows, at the same cost.
 */
export async function loadHarfBuzz(): Promise<void> {
  await import('harfbuzzjs');
}
