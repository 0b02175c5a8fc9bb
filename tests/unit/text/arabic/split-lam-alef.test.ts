import { describe, expect, it } from 'vitest';
import { joinSplitLamAlef } from '../../../../main/text/arabic/split-lam-alef.ts';

describe('joinSplitLamAlef', () => {
  it('joins a final or isolated lam-alef read with a space inside', () => {
    expect(joinSplitLamAlef('ل ا يزال، وانتظروا طويل ا على المل أ.')).toBe('لا يزال، وانتظروا طويلا على الملأ.');
  });
  it('keeps a space before a word that begins with alef', () => {
    expect(joinSplitLamAlef('قال أحمد إن المال ازداد، وقال إنه لا إله')).toBe('قال أحمد إن المال ازداد، وقال إنه لا إله');
  });
});
