import { describe, expect, it } from 'vitest';
import { contextTextMemo, textMemo } from '../../../../main/text/arabic/text-memo.ts';
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

describe('contextTextMemo', () => {
  it('remembers a text under each context apart', () => {
    const memo = contextTextMemo<string>(100);
    let calls = 0;
    expect(memo.get('2026-01-01', 'أمس', () => `a${++calls}`)).toBe('a1');
    expect(memo.get('2026-01-02', 'أمس', () => `a${++calls}`)).toBe('a2');
    expect(memo.get('2026-01-01', 'أمس', () => `a${++calls}`)).toBe('a1');
    expect(memo.get('2026-01-02', 'أمس', () => `a${++calls}`)).toBe('a2');
    expect(calls).toBe(2);
  });

  it('starts over, every context, when the texts held would pass the bound', () => {
    const memo = contextTextMemo<string>(6);
    let calls = 0;
    memo.get('c1', 'abc', () => `x${++calls}`);
    memo.get('c2', 'def', () => `x${++calls}`);
    memo.get('c1', 'ghi', () => `x${++calls}`); // over the bound: both contexts are emptied first
    expect(memo.get('c1', 'ghi', () => `x${++calls}`)).toBe('x3');
    expect(memo.get('c2', 'def', () => `x${++calls}`)).toBe('x4');
    expect(memo.get('c1', 'abc', () => `x${++calls}`)).toBe('x5');
  });

  it('does not remember a text larger than the whole bound', () => {
    const memo = contextTextMemo<number>(2);
    let calls = 0;
    memo.get('c', 'abcd', () => ++calls);
    expect(memo.get('c', 'abcd', () => ++calls)).toBe(2);
  });
});

describe('memoised tokenise', () => {
  it('gives each caller its own array: changing one does not change the next', () => {
    const first = tokenise('قال الوزير');
    first.pop();
    expect(tokenise('قال الوزير').map((t) => t.key)).toEqual(['قال', 'الوزير']);
  });
});
