import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postings } from '../../../../main/analysis/summary/postings.ts';

describe('postings', () => {
  it('lists each key with the indices of the items that give it, ascending, as scanning every item for it would', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }), { maxLength: 20 }), (items) => {
        const index = postings(items, (keys) => keys);
        const keys = [...new Set(items.flat())];
        expect([...index.keys()].sort()).toEqual(keys.sort());
        for (const k of keys) expect(index.get(k)).toEqual(items.flatMap((item, i) => (item.includes(k) ? [i] : [])));
      }),
    );
  });

  it('keeps the order in which keys first appear', () => {
    expect([...postings([{ k: 2 }, { k: 1 }, { k: 2 }], (x) => [x.k])]).toEqual([
      [2, [0, 2]],
      [1, [1]],
    ]);
  });
});
