import { describe, expect, it } from 'vitest';
import { rankByName, trigrams, trigramSimilarity } from '../../../main/library/name-trigrams.ts';

// The figures pg_trgm gives on PostgreSQL 15 (show_trgm and similarity, as printed by psql; the second is the
// example of its documentation), so the local store's measure is the server's.
describe('name trigrams as pg_trgm counts them', () => {
  it('pads each word with two spaces before and one after, lower-cased, each trigram once', () => {
    expect([...trigrams('abc DEF abc')].sort()).toEqual(['  a', '  d', ' ab', ' de', 'abc', 'bc ', 'def', 'ef ']);
    expect([...trigrams('a')].sort()).toEqual(['  a', ' a ']);
    expect(trigrams('—  ..').size).toBe(0);
  });

  it('measures similarity as shared trigrams over all trigrams', () => {
    expect(Math.fround(trigramSimilarity(trigrams('word'), trigrams('two words')))).toBe(Math.fround(0.36363637));
    // Arabic letters are word characters (in a database whose LC_CTYPE knows them): «الامم المتحده» against «الامم المتحدة».
    expect(Math.fround(trigramSimilarity(trigrams('الامم المتحده'), trigrams('الامم المتحدة')))).toBe(Math.fround(0.71428573));
    expect(trigramSimilarity(trigrams(''), trigrams(''))).toBe(0);
  });

  it('keeps names at least 0.3 similar, most similar first, ties by id, cut at the limit', () => {
    const items = [
      { id: 3, key: 'بغداد' },
      { id: 1, key: 'بغداد' },
      { id: 2, key: 'بغدادي' },
      { id: 4, key: 'دمشق' },
    ];
    const ranked = rankByName('بغداد', items, (i) => i.key, (i) => i.id, 10);
    expect(ranked.map((m) => m.item.id)).toEqual([1, 3, 2]);
    expect(ranked[0]?.similarity).toBe(1);
    expect(rankByName('بغداد', items, (i) => i.key, (i) => i.id, 2).map((m) => m.item.id)).toEqual([1, 3]);
  });
});
