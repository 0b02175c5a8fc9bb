import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spaceRunCount } from '../../../../main/text/arabic/index.ts';

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
