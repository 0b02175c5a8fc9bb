import { describe, expect, it } from 'vitest';
import { fontStandIns } from '../../../../main/render/docx/font-stand-ins.ts';

describe('fontStandIns', () => {
  it('gives one stand-in per font file, a few bytes long, and finds the file again from it', () => {
    const fonts = fontStandIns();
    const amiri = Buffer.alloc(4096, 7);
    const bold = Buffer.alloc(4096, 9);
    const first = fonts.standIn(amiri);
    expect(fonts.standIn(amiri).equals(first)).toBe(true);
    const second = fonts.standIn(bold);
    expect(second.equals(first)).toBe(false);
    expect(first.length).toBeLessThan(64);
    expect(fonts.fontFor(first)).toBe(amiri);
    expect(fonts.fontFor(second)).toBe(bold);
  });

  it('finds nothing for bytes that are no stand-in of its own: a font docx was given whole, another render\'s number', () => {
    const fonts = fontStandIns();
    fonts.standIn(Buffer.alloc(100, 1));
    expect(fonts.fontFor(Buffer.alloc(100, 1))).toBeUndefined();
    expect(fonts.fontFor(Buffer.from('mawjaz-font-stand-in:1', 'latin1'))).toBeUndefined();
    expect(fonts.fontFor(Buffer.from('mawjaz-font-stand-in:', 'latin1'))).toBeUndefined();
  });
});
