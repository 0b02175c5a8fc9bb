import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../../main/text/arabic/number-phrase.ts';
import { tokenise } from '../../../../main/text/arabic/tokenise.ts';

/** The number read from the first token of `text`: its value, interval, and how many tokens it took. */
function read(text: string) {
  const p = parseNumber(text, tokenise(text), 0);
  return p && { value: p.value, min: p.min, max: p.max, tokens: p.next, vague: p.vague, fraction: p.fraction };
}

describe('the parts of one number read together', () => {
  it('adds teens, hundreds after a unit, tens joined by «و» after a unit', () => {
    expect(read('خمسة عشر جنديا')?.value).toBe(15);
    expect(read('أحد عشر صاروخا')?.value).toBe(11);
    expect(read('ثلاث مئة منزل')?.value).toBe(300);
    expect(read('خمسة وعشرون شخصا')?.value).toBe(25);
    expect(read('مئة وخمسون جريحا')?.value).toBe(150);
    // Digits after a hundred written in words are another figure.
    expect(read('مئة و50')).toMatchObject({ value: 100, tokens: 1 });
  });

  it('scales by thousands and millions, and adds smaller parts joined by «و» after a scale', () => {
    expect(read('ثلاثة آلاف وخمسمئة شخص')).toMatchObject({ value: 3500, tokens: 3 });
    expect(read('مليون ونصف لاجئ')?.value).toBe(1_500_000);
    expect(read('نصف مليون')).toMatchObject({ value: 500_000, fraction: false });
    expect(read('ألفان وخمسمئة')?.value).toBe(2500);
  });

  it('stops where Arabic counting does not go on: «10 و20» are two numbers, a bigger scale after a smaller ends one', () => {
    expect(read('10 و20')).toMatchObject({ value: 10, tokens: 1 });
    expect(read('ألف مليون')).toMatchObject({ value: 1000, tokens: 1 });
  });

  it('reads a vague plural as an interval, an order of magnitude of the scale after it', () => {
    expect(read('عشرات المقاتلين')).toMatchObject({ value: 20, min: 20, max: 99, vague: true, tokens: 1 });
    expect(read('عشرات الآلاف')).toMatchObject({ min: 20_000, max: 99_999, tokens: 2 });
  });

  it('reads a fraction on its own as a fraction, and a teen prefix without «عشر» as nothing', () => {
    expect(read('ربع السكان')).toMatchObject({ value: 0.25, fraction: true });
    expect(read('أحد المقاتلين')).toBeNull();
  });
});
