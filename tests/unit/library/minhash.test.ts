import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHINGLE_SIZE, shingles, shinglesOfKeys, signature } from '../../../main/library/minhash.ts';
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

describe('signature', () => {
  it('keeps the values stored workspaces hold (their band rows are looked up by them)', () => {
    const set = shingles('قال الوزير إن الحكومة ستعلن غدا خطة جديدة لدعم المزارعين في المناطق الريفية');
    // Taken from the signature before its loop was rewritten for speed: a stored workspace's buckets depend on them.
    expect([...signature(set)].slice(0, 8)).toEqual([626520199, 253528468, 192794818, 214684284, 21875818, 694373237, 172631389, 510440227]);
  });
});
