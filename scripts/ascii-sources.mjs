// The project's TypeScript handed to esbuild with every character beyond ASCII written as a \u escape, for
// scripts/build-electron.mjs. esbuild escapes such characters in strings (its default ASCII charset) but leaves them
// as they are in regular expression literals, and the text layer's Arabic patterns are many: one was enough to make
// out/cli.cjs a file Node decodes as UTF-8 the slow way and V8 keeps as a two-byte string, twice the memory, at the
// start of every command (reading it ≈ 6.3 ms of CPU, against ≈ 3.2 as ASCII). An escape means what its character
// means in a string, a regular expression (with the u flag, a pair of surrogate escapes is the one character) and a
// String.raw template handed to RegExp (the only raw use of such characters in main/), and nothing in a comment.
// Lines are kept, so the source maps still name each .ts line (a column on a line with escapes moves).
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * `text` with each UTF-16 code unit above 0x7F written as `\uXXXX`. A character already escaped by a backslash (an
 * odd run of them before it: `\›` in a pattern) is the character itself, so its backslash goes with it.
 */
export function asciiEscaped(text) {
  return text.replace(/(\\*)([\u0080-\u{10ffff}])/gu, (_m, slashes, ch) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    let out = kept;
    for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
}

/** The plugin: each .ts file under `root`/main loaded through asciiEscaped. */
export function asciiSources(root) {
  const main = path.join(root, 'main') + path.sep;
  return {
    name: 'ascii-sources',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.startsWith(main)) return undefined;
        return { contents: asciiEscaped(await readFile(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
}
