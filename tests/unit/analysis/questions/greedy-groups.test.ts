import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupBy } from '../../../../main/analysis/questions/draft.ts';
import { connectedGroups, groupByCandidates, groupSharingMembers } from '../../../../main/analysis/questions/greedy-groups.ts';

// A random symmetric relation over item indices, as a set of "i,j" keys.
const relation = fc.record({
  n: fc.integer({ min: 0, max: 30 }),
  edges: fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 80 }),
});

describe('greedy groups', () => {
  it('groups as groupBy does when the candidates cover the relation', () => {
    fc.assert(
      fc.property(relation, ({ n, edges }) => {
        const items = Array.from({ length: n }, (_, i) => i);
        const linked = new Set(edges.flatMap(([a, b]) => [`${a},${b}`, `${b},${a}`]));
        const belongs = (a: number, b: number): boolean => linked.has(`${a},${b}`);
        // Candidates: the linked items plus some noise, in no particular order.
        const candidates = (i: number): number[] => [...items.filter((j) => belongs(j, i)).reverse(), (i * 7) % Math.max(1, n), i + 1];
        expect(groupByCandidates(items, candidates, belongs)).toEqual(groupBy(items, belongs));
      }),
      { numRuns: 300 },
    );
  });

  it('groups pairs sharing a member as groupBy does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(15), fc.nat(15)), { maxLength: 60 }), (pairs) => {
        const expected = groupBy(pairs, (x, y) => x.some((m) => y.includes(m)));
        expect(groupSharingMembers(pairs, (p) => p)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('follows the greedy rule, not transitive closure: a later bridge does not merge groups', () => {
    const pairs: [string, string][] = [['a', 'b'], ['c', 'd'], ['b', 'c']];
    expect(groupSharingMembers(pairs, (p) => p)).toEqual([[['a', 'b'], ['b', 'c']], [['c', 'd']]]);
  });
});

describe('connectedGroups', () => {
  it('joins two groups a later item bridges, which groupSharingMembers leaves apart', () => {
    const pairs: [string, string][] = [['a', 'b'], ['c', 'd'], ['b', 'd'], ['e', 'f']];
    expect(groupSharingMembers(pairs, (p) => p)).toHaveLength(3);
    expect(connectedGroups(pairs, (p) => p)).toEqual([[['a', 'b'], ['c', 'd'], ['b', 'd']], [['e', 'f']]]);
  });
});
