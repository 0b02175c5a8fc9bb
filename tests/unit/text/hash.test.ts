import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashJoined, hashString } from '../../../main/text/hash.ts';

describe('hashJoined', () => {
  it('is hashString of the keys joined by spaces, for any run of any keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 8 }), fc.nat(8), fc.nat(8), (keys, a, b) => {
        const [from, to] = [Math.min(a, b, keys.length), Math.min(Math.max(a, b), keys.length)];
        expect(hashJoined(keys, from, to)).toBe(hashString(keys.slice(from, to).join(' ')));
      }),
    );
  });

  it('hashes an Arabic word shingle as its text', () => {
    expect(hashJoined(['قال', 'الوزير', 'امس'], 0, 3)).toBe(hashString('قال الوزير امس'));
  });
});
