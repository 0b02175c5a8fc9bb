// tiny-inflate replaced, in the bundle, by Node's own zlib, for scripts/build-electron.mjs. linebreak (bundled for
// the PDF's line breaking, and imported by pdfkit) decodes its Unicode line-break classes at load through
// unicode-trie, which inflates them twice with tiny-inflate: a DEFLATE decoder in JavaScript, which `mawjaz render`
// runs in V8's baseline tier only (main/cli/commands/one-shot-tiering.ts). DEFLATE decodes to one result whatever
// decodes it, so zlib gives the same bytes.

const NAMESPACE = 'mawjaz-native-inflate';

/**
 * tiny-inflate's contract (its index.js, tinf_uncompress): `inflate(source, dest)` decodes the raw DEFLATE stream
 * `source` into `dest` and gives `dest`, or a copy of its decoded start when the stream is shorter.
 */
export const NATIVE_INFLATE_SOURCE = [
  "const { inflateRawSync } = require('node:zlib');",
  'module.exports = function inflate(source, dest) {',
  '  const decoded = inflateRawSync(source);',
  "  if (decoded.length > dest.length) throw new Error('Data error');",
  '  dest.set(decoded);',
  '  return decoded.length < dest.length ? dest.slice(0, decoded.length) : dest;',
  '};',
].join('\n');

/** The plugin: every import of tiny-inflate in the bundle is answered by NATIVE_INFLATE_SOURCE. */
export function nativeInflate() {
  return {
    name: 'native-inflate',
    setup(build) {
      build.onResolve({ filter: /^tiny-inflate$/ }, (args) => ({ path: args.path, namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({ contents: NATIVE_INFLATE_SOURCE, loader: 'js' }));
    },
  };
}
