import { describe, expect, it } from 'vitest';
import { textMemo } from '../../../../main/text/arabic/text-memo.ts';
import { tokenise } from '../../../../main/text/arabic/index.ts';

describe('textMemo', () => {
  it('computes a text once and returns the remembered value after', () => {
    const memo = textMemo<number>(100);
    let calls = 0;
    expect(memo.get('أ', () => ++calls)).toBe(1);
    expect(memo.get('أ', () => ++calls)).toBe(1);
    expect(calls).toBe(1);
  });

  it('starts over when the texts held would pass the bound', () => {
    const memo = textMemo<string>(6);
    let calls = 0;
    memo.get('abc', () => `x${++calls}`);
    memo.get('def', () => `x${++calls}`);
    memo.get('ghi', () => `x${++calls}`); // over the bound: the memo is emptied first
    expect(memo.get('ghi', () => `x${++calls}`)).toBe('x3');
    expect(memo.get('abc', () => `x${++calls}`)).toBe('x4');
  });

  it('does not remember a text larger than the whole bound', () => {
    const memo = textMemo<number>(2);
    let calls = 0;
    memo.get('abcd', () => ++calls);
    expect(memo.get('abcd', () => ++calls)).toBe(2);
  });
});

describe('memoised tokenise', () => {
  it('gives each caller its own array: changing one does not change the next', () => {
    const first = tokenise('قال الوزير');
    first.pop();
    expect(tokenise('قال الوزير').map((t) => t.key)).toEqual(['قال', 'الوزير']);
  });
});
