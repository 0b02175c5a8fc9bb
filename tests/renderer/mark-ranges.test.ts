import { describe, expect, it } from 'vitest';
import { markRanges } from '../../renderer/app/mark-ranges.ts';

describe('marking ranges of a text', () => {
  it('cuts the text into plain and marked runs that put it back together', () => {
    const text = 'قال الوزير إن المحادثات ستستأنف';
    const runs = markRanges(text, [[4, 10], [14, 23]]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.marked).map((r) => r.text)).toEqual(['الوزير', 'المحادثات']);
  });

  it('sorts ranges, clips overlaps and the text’s end, and drops empty ones', () => {
    const runs = markRanges('abcdefgh', [[6, 20], [1, 4], [3, 5], [2, 2]]);
    expect(runs).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'e', marked: true },
      { text: 'f', marked: false },
      { text: 'gh', marked: true },
    ]);
  });

  it('keeps markup-like text as text (the view binds it as text, never as HTML)', () => {
    expect(markRanges('<b>x</b>', [])).toEqual([{ text: '<b>x</b>', marked: false }]);
    expect(markRanges('', [[0, 3]])).toEqual([]);
  });
});
