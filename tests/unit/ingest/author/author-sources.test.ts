import { describe, expect, it } from 'vitest';
import { AUTHOR_SOURCES, NAME_SPANS } from '../../../../main/ingest/author/author-sources.ts';

describe('NAME_SPANS', () => {
  it('finds a name opening with a given name beside a cue word no rule knows, and closes it at a comma', () => {
    expect(NAME_SPANS.read('✦ محمد عبد الرحيم، مراسل المدينة')).toEqual(['محمد عبد الرحيم']);
  });
  it('finds nothing in a line of words that open with no given name', () => {
    expect(NAME_SPANS.read('أخبار العالم اليوم')).toEqual([]);
  });
});

describe('AUTHOR_SOURCES', () => {
  it('names each reader once, so each is one feature', () => {
    const kinds = AUTHOR_SOURCES.map((s) => s.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(AUTHOR_SOURCES.find((s) => s.kind === 'cue')?.read('بقلم: محمد عبد الرحيم')).toBe('محمد عبد الرحيم');
  });
});
