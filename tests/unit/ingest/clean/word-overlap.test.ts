import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentStemSet, contentStems, storyStems } from '../../../../main/ingest/clean/word-overlap.ts';
import { isStopword, lightStem, wordKeys } from '../../../../main/text/arabic/index.ts';

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'seeds');
const lines = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => readFileSync(path.join(seeds, f), 'utf8').split('\n'));

/** The stems as the cleaner read them before they were remembered per text: each word looked up, in order. */
function stemsWordByWord(text: string): string[] {
  const keys = wordKeys(text).filter((k) => !isStopword(k) && !/^\d+$/u.test(k) && k.length > 1);
  return [...new Set(keys.map((k) => lightStem(k)))];
}

describe('contentStemSet', () => {
  it('is every content word\'s stem in the order of its first word, on every seed line', () => {
    for (const line of lines) expect([...contentStemSet(line)]).toEqual(stemsWordByWord(line));
    expect(lines.length).toBeGreaterThan(100);
  });

  it('is remembered, and a copy from contentStems changed by its caller leaves it as it was', () => {
    const line = lines.find((l) => l.length > 80) ?? '';
    const copy = contentStems(line);
    copy.add('ليس-كلمة');
    expect(contentStemSet(line)).toBe(contentStemSet(line));
    expect(contentStemSet(line).has('ليس-كلمة')).toBe(false);
  });
});

describe('storyStems', () => {
  it('is contentStems of the lines joined by line breaks, in the same order', () => {
    const story = lines.slice(0, 60);
    expect([...storyStems(story)]).toEqual([...contentStems(story.join('\n'))]);
  });
});
