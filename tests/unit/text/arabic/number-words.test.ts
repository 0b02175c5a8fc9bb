import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../main/text/arabic/normalise.ts';
import { parseDigits, readToken } from '../../../../main/text/arabic/number-words.ts';

describe('a token as a part of a number', () => {
  it('reads grouped thousands and decimals written with either separator', () => {
    expect(parseDigits('1,200')).toBe(1200);
    expect(parseDigits('1.200.000')).toBe(1_200_000);
    expect(parseDigits('1.3')).toBe(1.3);
    expect(parseDigits('2,5')).toBe(2.5);
    expect(parseDigits('1,234.5')).toBe(1234.5);
    expect(parseDigits('12a')).toBeNull();
  });

  it('reads number words with a conjunction or a preposition, and strips them as the prefix', () => {
    expect(readToken(normalise('وخمسمئة'))).toEqual({ part: { kind: 'hundreds', value: 500 }, prefix: 'و' });
    expect(readToken(normalise('بثلاثة'))).toEqual({ part: { kind: 'unit', value: 3 }, prefix: 'ب' });
    expect(readToken(normalise('و5'))).toEqual({ part: { kind: 'digits', value: 5 }, prefix: 'و' });
  });

  it('lets only the vague plurals take the article', () => {
    expect(readToken(normalise('الآلاف'))?.part).toEqual({ kind: 'vague', min: 2000, max: 9999, scale: 1000 });
    expect(readToken(normalise('الثلاثة'))).toBeNull();
    expect(readToken(normalise('الخبر'))).toBeNull();
  });
});
