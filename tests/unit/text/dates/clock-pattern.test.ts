import { describe, expect, it } from 'vitest';
import { CLOCK, CLOCK_WITH_SECONDS, clockPattern, DOTTED_CLOCK, SHORT_MERIDIEM } from '../../../../main/text/dates/index.ts';

const whole = (source: string): RegExp => new RegExp(`^${source}$`, 'iu');

describe('the clock pattern and its variants', () => {
  it('reads hours and minutes set apart by a colon, in any digits', () => {
    expect(whole(CLOCK).test('10:30')).toBe(true);
    expect(whole(CLOCK).test('٩:٠٥')).toBe(true);
    expect(whole(CLOCK).test('10.30')).toBe(false);
    expect(whole(CLOCK).test('10:22:47')).toBe(false);
    expect(whole(CLOCK).test('100:30')).toBe(false);
  });

  it('adds seconds or a dot only in the variant that names them', () => {
    expect(whole(CLOCK_WITH_SECONDS).test('10:22:47')).toBe(true);
    expect(whole(CLOCK_WITH_SECONDS).test('10.22.47')).toBe(false);
    expect(whole(DOTTED_CLOCK).test('10.30')).toBe(true);
    expect(whole(DOTTED_CLOCK).test('10.30.15')).toBe(false);
    expect(whole(clockPattern({ dot: true, seconds: true })).test('10.30.15')).toBe(true);
  });

  it('keeps Latin digits only where asked', () => {
    expect(whole(clockPattern({ latinDigits: true })).test('10:30')).toBe(true);
    expect(whole(clockPattern({ latinDigits: true })).test('١٠:٣٠')).toBe(false);
  });

  it('closes on a short meridiem mark, not on a longer word', () => {
    expect(whole(`${CLOCK}\\s*${SHORT_MERIDIEM}`).test('10:30 ص')).toBe(true);
    expect(whole(`${CLOCK}\\s*${SHORT_MERIDIEM}`).test('10:30 PM')).toBe(true);
    expect(whole(`${CLOCK}\\s*${SHORT_MERIDIEM}`).test('10:30 مساء')).toBe(false);
  });
});
