import { describe, expect, it } from 'vitest';
import { carriesMarksOf } from '../../../../main/text/arabic/index.ts';

describe('carriesMarksOf', () => {
  it('is true when the written word has every mark of the form on the same letter, other marks aside', () => {
    expect(carriesMarksOf('عمّان', 'عمّان')).toBe(true);
    expect(carriesMarksOf('عمَّان', 'عمّان')).toBe(true);
    expect(carriesMarksOf('عُمان', 'عُمان')).toBe(true);
  });

  it('is false without the marks, with other marks, or for a form with none', () => {
    expect(carriesMarksOf('عمان', 'عمّان')).toBe(false);
    expect(carriesMarksOf('عُمان', 'عمّان')).toBe(false);
    expect(carriesMarksOf('عمّان', 'عُمان')).toBe(false);
    expect(carriesMarksOf('عمّان', 'عمان')).toBe(false);
    expect(carriesMarksOf('عمّار', 'عمّان')).toBe(false);
  });
});
