import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHINGLE_SIZE, shinglesOfKeys } from '../../../main/library/minhash.ts';
import { hashString } from '../../../main/text/hash.ts';
import { shingleTexts } from '../../../main/text/similarity/shingles.ts';

describe('shinglesOfKeys', () => {
  it('is the sorted, unique hashes of the shingle texts, however many keys and repeats', () => {
    const word = fc.constantFrom('قال', 'الوزير', 'امس', 'في', 'x', '');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (keys) => {
        const expected = [...new Set(shingleTexts(keys, SHINGLE_SIZE).map(hashString))].sort((a, b) => a - b);
        expect([...shinglesOfKeys(keys)]).toEqual(expected);
      }),
    );
  });
});
