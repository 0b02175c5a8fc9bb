import { describe, expect, it } from 'vitest';
import { countInWords } from '../../../../main/text/arabic/index.ts';

const DAYS = { one: 'يوم واحد', two: 'يومان', plural: 'أيام', accusative: 'يومًا', genitive: 'يوم' };

describe('a count in words, agreeing with its number', () => {
  it.each([
    [1, 'يوم واحد'], [2, 'يومان'], [3, '3 أيام'], [10, '10 أيام'], [11, '11 يومًا'], [99, '99 يومًا'],
    [100, '100 يوم'], [102, '102 يوم'], [103, '103 أيام'], [112, '112 يومًا'], [1000, '1000 يوم'],
  ])('%i → %s', (n, words) => {
    expect(countInWords(n, DAYS)).toBe(words);
  });
});
