import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { NATIVE_INFLATE_SOURCE } from '../../../scripts/native-inflate.mjs';

// The build answers tiny-inflate with zlib (scripts/native-inflate.mjs): the stand-in must give what tiny-inflate
// gives, on linebreak's own trie (inflated twice, as unicode-trie does) and on other streams.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(path.join(root, 'package.json'));
type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;
const tinyInflate = require(require.resolve('tiny-inflate', { paths: [path.dirname(require.resolve('unicode-trie'))] })) as Inflate;

/** The stand-in's module, run as the bundle runs it (CommonJS). */
function nativeInflate(): Inflate {
  const module = { exports: {} as unknown };
  new Function('require', 'module', String(NATIVE_INFLATE_SOURCE))(require, module);
  return module.exports as Inflate;
}

/** linebreak's trie as unicode-trie reads it: its header's decoded length, and the stream after the header. */
function linebreakTrie(): { length: number; stream: Uint8Array } {
  const source = readFileSync(path.join(path.dirname(require.resolve('linebreak')), 'main.cjs'), 'utf8');
  const encoded = /toByteArray\("([^"]+)"\)/.exec(source)?.[1];
  if (encoded === undefined) throw new Error("linebreak's trie not found in its main.cjs");
  const bytes = Buffer.from(encoded, 'base64');
  return { length: bytes.readUInt32LE(8), stream: bytes.subarray(12) };
}

describe('tiny-inflate answered by zlib', () => {
  it("decodes linebreak's Unicode trie as tiny-inflate does, through both of unicode-trie's passes", () => {
    const inflate = nativeInflate();
    const { length, stream } = linebreakTrie();
    const once = [tinyInflate(stream, new Uint8Array(length)), inflate(stream, new Uint8Array(length))];
    // The first pass is shorter than the header says: both give a copy of the decoded start.
    expect(once[1]?.length).toBeLessThan(length);
    expect(once[1]).toEqual(once[0]);
    const twice = once.map((bytes, i) => (i === 0 ? tinyInflate : inflate)(bytes ?? new Uint8Array(), new Uint8Array(length)));
    expect(twice[1]?.length).toBe(length);
    expect(twice[1]).toEqual(twice[0]);
  });

  it('gives the destination itself when the stream fills it, and refuses a stream longer than it', () => {
    const inflate = nativeInflate();
    const data = Uint8Array.from({ length: 5000 }, (_v, i) => (i * 7919) % 251);
    const dest = new Uint8Array(data.length);
    expect(inflate(deflateRawSync(data), dest)).toBe(dest);
    expect(dest).toEqual(tinyInflate(deflateRawSync(data), new Uint8Array(data.length)));
    expect(() => inflate(deflateRawSync(data), new Uint8Array(10))).toThrow('Data error');
  });
});
