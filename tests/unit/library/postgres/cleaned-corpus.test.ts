import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cacheInputs, cleanedCorpus, corpusHash, readCleanedCorpus, type CorpusKey } from '../../../bench/cleaned-corpus.ts';
import { generateEach } from '../../../bench/library.ts';
import { cleanInChunks } from '../../../bench/team-corpus.ts';
import type { PreparedArticle } from '../../../../main/library/prepare-article.ts';
import { tempDir } from '../helpers.ts';

// The team library bench's cleaned corpus, cached on disk (tests/bench/cleaned-corpus.ts): what it reads back is what
// cleaning gives, a second call reads instead of cleaning, and its name changes with whatever decides its bytes.

const KEY: CorpusKey = { count: 24, chunk: 10, now: new Date('2025-04-10T00:00:00Z'), fileOf: (i) => `/corpus/article-${String(i).padStart(6, '0')}.txt` };

async function all(chunks: AsyncIterable<PreparedArticle[]>): Promise<PreparedArticle[][]> {
  const out: PreparedArticle[][] = [];
  for await (const c of chunks) out.push(c);
  return out;
}

describe('the cleaned corpus cache', () => {
  it('reads back, chunk by chunk, exactly what cleaning gives, and cleans only once', async () => {
    const folder = tempDir();
    const made = await cleanedCorpus(KEY, undefined, folder);
    expect(made.built).toBe(true);
    expect(fs.readdirSync(folder)).toEqual([path.basename(made.file)]); // no scratch file left
    const cleaned = await all(cleanInChunks(generateEach(KEY.count), KEY));
    const read = await all(readCleanedCorpus(made.file, KEY.chunk));
    expect(read.map((c) => c.length)).toEqual([10, 10, 4]);
    expect(read).toEqual(cleaned);
    expect(read[0]?.[0]?.shingles).toBeInstanceOf(Uint32Array);
    const again = await cleanedCorpus(KEY, () => {
      throw new Error('cleaned again');
    }, folder);
    expect(again).toEqual({ file: made.file, built: false });
  }, 120_000);

  it('is named by the generator, the settings and the cleaner’s code', async () => {
    const base = await corpusHash(KEY);
    expect(await corpusHash({ ...KEY })).toBe(base);
    for (const other of [{ count: 25 }, { chunk: 12 }, { now: new Date('2025-04-11T00:00:00Z') }, { fileOf: (i: number) => `/corpus/a-${String(i)}.txt` }]) {
      expect(await corpusHash({ ...KEY, ...other }), Object.keys(other).join()).not.toBe(base);
    }
    // The cleaner's modules are found by following its imports, with the generator's seeds and the choosers' models.
    const inputs = await cacheInputs();
    for (const f of ['main/ingest/clean-article.ts', 'main/text/arabic/normalise.ts', 'main/library/search-text.ts', 'tests/bench/library.ts', 'package-lock.json']) expect(inputs).toContain(f);
    expect(inputs.some((f) => f.startsWith('tests/fixtures/seeds/'))).toBe(true);
    expect(inputs.some((f) => f.startsWith('models/title-lines/'))).toBe(true);
    expect(inputs.some((f) => f.startsWith('main/render/pdf/') || f.startsWith('main/electron/'))).toBe(false);
  }, 60_000);

  it('fails loudly on a damaged file', async () => {
    const file = path.join(tempDir(), 'damaged.ndjson.gz');
    fs.writeFileSync(file, zlib.gzipSync('{"record": {"id": "x"}}\n'));
    await expect(all(readCleanedCorpus(file, 10))).rejects.toThrow();
  });
});
