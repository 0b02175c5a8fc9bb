import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { chartMedia } from '../../../../main/render/docx/chart-media.ts';
import { fontStandIns } from '../../../../main/render/docx/font-stand-ins.ts';
import { pinPackage } from '../../../../main/render/docx/pin-package.ts';

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
    expect(fonts.count()).toBe(2);
  });

  it('finds nothing for bytes that are no stand-in of its own: a font docx was given whole, another render\'s number', () => {
    const fonts = fontStandIns();
    fonts.standIn(Buffer.alloc(100, 1));
    expect(fonts.fontFor(Buffer.alloc(100, 1))).toBeUndefined();
    expect(fonts.fontFor(Buffer.from('mawjaz-font-stand-in:1', 'latin1'))).toBeUndefined();
    expect(fonts.fontFor(Buffer.from('mawjaz-font-stand-in:', 'latin1'))).toBeUndefined();
  });
});

describe('pinPackage with font stand-ins', () => {
  it('refuses a package that left out a font it was given a stand-in for', async () => {
    const fonts = fontStandIns();
    const standIn = fonts.standIn(Buffer.alloc(100, 1));
    const packed = async (embed: boolean): Promise<Uint8Array> => new Uint8Array(await Packer.toBuffer(new Document({
      fonts: embed ? [{ name: 'Amiri', data: standIn }] : [],
      sections: [{ children: [new Paragraph('نص')] }],
    })));
    const [withFont, without] = [await packed(true), await packed(false)];
    expect(() => pinPackage(withFont, '2026-12-06T00:00:00.000Z', chartMedia(), fonts)).not.toThrow();
    expect(() => pinPackage(without, '2026-12-06T00:00:00.000Z', chartMedia(), fonts)).toThrow(/1 font file\(s\) missing/);
  });
});
