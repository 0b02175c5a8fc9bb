import { describe, expect, it } from 'vitest';
import { createOpenCodes } from '../../../main/web/open-codes.ts';

describe('one-time codes for opening the UI', () => {
  it('are good once, within two minutes, and only the last few stay good', () => {
    let now = 0;
    const codes = createOpenCodes(() => now);
    const a = codes.issue();
    expect(codes.redeem(a)).toBe(true);
    expect(codes.redeem(a)).toBe(false);
    const late = codes.issue();
    now += 2 * 60 * 1000 + 1;
    expect(codes.redeem(late)).toBe(false);
    const first = codes.issue();
    const rest = [codes.issue(), codes.issue(), codes.issue(), codes.issue()];
    expect(codes.redeem(first)).toBe(false);
    expect(rest.map((c) => codes.redeem(c))).toEqual([true, true, true, true]);
    expect(codes.redeem('')).toBe(false);
  });
});
