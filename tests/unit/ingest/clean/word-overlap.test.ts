import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentStems, contentStemsAmong } from '../../../../main/ingest/clean/word-overlap.ts';

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'seeds');
const lines = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => readFileSync(path.join(seeds, f), 'utf8').split('\n'));

describe('contentStemsAmong', () => {
  it('is contentStems of the text kept to the stems asked about, on every seed line against its neighbour\'s stems', () => {
    for (let i = 1; i < lines.length; i++) {
      const text = lines[i] ?? '';
      const among = contentStems(lines[i - 1] ?? '');
      // A stem the text has and one it lacks, besides the neighbour's: the answer holds only what both have.
      among.add([...contentStems(text)][0] ?? 'x').add('ليس-كلمة');
      expect(contentStemsAmong(text, among)).toEqual(new Set([...contentStems(text)].filter((s) => among.has(s))));
    }
    expect(lines.length).toBeGreaterThan(100);
  });

  it('is empty when nothing is asked about', () => {
    expect(contentStemsAmong(lines.find((l) => l.length > 80) ?? '', new Set()).size).toBe(0);
  });
});
