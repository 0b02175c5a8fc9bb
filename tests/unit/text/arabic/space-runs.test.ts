import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spaceRunCount, spaceSplitCount } from '../../../../main/text/arabic/index.ts';

describe('spaceRunCount', () => {
  it('counts runs between spaces, tabs and line ends', () => {
    expect(spaceRunCount('')).toBe(0);
    expect(spaceRunCount('  ')).toBe(0);
    expect(spaceRunCount('وكالة الأنباء  السعودية\t(واس)')).toBe(4);
    expect(spaceRunCount(' كتب: محمد ')).toBe(2);
  });

  it('equals splitting on runs of spaces, tabs and line ends (the only characters at or below the space drawn here)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ب', ' ', '\t', '\n', '-', '\u00a0') }), (s) => {
        expect(spaceRunCount(s)).toBe(s.split(/[\t\n ]+/u).filter((w) => w.length > 0).length);
      }),
    );
  });

  it('stops at `atMost`: the smaller of the full count and the bound', () => {
    expect(spaceRunCount('أ ب ج د', 2)).toBe(2);
    expect(spaceRunCount('أ ب', 5)).toBe(2);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ب', ' ', '\t', '\n') }), fc.integer({ min: 1, max: 30 }), (s, atMost) => {
        expect(spaceRunCount(s, atMost)).toBe(Math.min(spaceRunCount(s), atMost));
      }),
    );
  });
});

describe('spaceSplitCount', () => {
  // Every white space \s matches (Unicode's Zs, the line ends, the byte order mark) among letters, a hyphen and a
  // surrogate pair: the count is the pieces split gives, whatever white space stands where.
  const unit = fc.constantFrom('a', 'ب', '-', '😀', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b');

  it('is the length of split on runs of white space', () => {
    expect(spaceSplitCount('')).toBe(1);
    expect(spaceSplitCount(' كتب: محمد ')).toBe(4);
    fc.assert(
      fc.property(fc.string({ unit }), (s) => {
        expect(spaceSplitCount(s)).toBe(s.split(/\s+/u).length);
      }),
    );
  });

  it('stops at atMost, and says whether split gives more than a number of pieces exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit }), fc.integer({ min: 0, max: 8 }), (s, n) => {
        expect(spaceSplitCount(s, n + 1)).toBe(Math.min(s.split(/\s+/u).length, Math.max(1, n + 1)));
        expect(spaceSplitCount(s, n + 1) > n).toBe(s.split(/\s+/u).length > n);
      }),
    );
  });
});
