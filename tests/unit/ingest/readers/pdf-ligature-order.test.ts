import { describe, expect, it } from 'vitest';
import { restoreLigatureOrder } from '../../../../main/ingest/readers/pdf-ligature-order.ts';

// Glyphs in content-stream (visual, left to right) order, as a right-to-left line is drawn; pdfjs reverses
// the joined characters, so a two-letter glyph comes out reversed.
function drawn(logicalGlyphs: readonly string[]): { glyphs: string[]; pdfjs: string } {
  const glyphs = [...logicalGlyphs].reverse();
  return { glyphs, pdfjs: [...glyphs.join('')].reverse().join('') };
}

describe('restoreLigatureOrder', () => {
  it('puts the letters of lam-alef glyphs back at the start, middle and end of words', () => {
    // «لا» «الملاحة» «الأخيرة» «لإنقاذ» «الآن» «طويلا»: one glyph per lam-alef, one per other letter.
    const logical = ['لا', ' ', 'ا', 'ل', 'م', 'لا', 'ح', 'ة', ' ', 'ا', 'لأ', 'خ', 'ي', 'ر', 'ة', ' ', 'لإ', 'ن', 'ق', 'ا', 'ذ', ' ', 'ا', 'لآ', 'ن', ' ', 'ط', 'و', 'ي', 'لا'];
    const { glyphs, pdfjs } = drawn(logical);
    expect(pdfjs).toBe('ال المالحة األخيرة إلنقاذ اآلن طويال');
    expect(restoreLigatureOrder([{ text: pdfjs, dir: 'rtl' }], glyphs)).toEqual(['لا الملاحة الأخيرة لإنقاذ الآن طويلا']);
  });

  it('leaves «ال» drawn as two glyphs as it is: the article, «حال», «المال», «سؤال»', () => {
    const logical = [...'حال المال سؤال البحر '].concat(['لا']);
    const { glyphs, pdfjs } = drawn(logical);
    expect(restoreLigatureOrder([{ text: pdfjs, dir: 'rtl' }], glyphs)).toEqual(['حال المال سؤال البحر لا']);
  });

  it('handles a line with Latin letters and digits, and a left-to-right item holding an Arabic word', () => {
    // pdfjs keeps «IMO 2025» left to right inside the reversed line.
    const rtl = { glyphs: ['5', '2', '0', '2', ' ', 'O', 'M', 'I', ' ', 'ة', 'ح', 'لا', 'م', 'ل', 'ا'], text: 'الملاحة IMO 2025' };
    const ltr = { glyphs: ['S', 'e', 'a', ' ', 'ة', 'ح', 'لا', 'م'], text: 'Sea مالحة' };
    expect(restoreLigatureOrder([{ text: rtl.text, dir: 'rtl' }], rtl.glyphs)).toEqual(['الملاحة IMO 2025']);
    expect(restoreLigatureOrder([{ text: ltr.text, dir: 'ltr' }], ltr.glyphs)).toEqual(['Sea ملاحة']);
  });

  it('returns a page unchanged when its items do not match its glyphs', () => {
    const { glyphs } = drawn(['ا', 'ل', 'م', 'لا', 'ح', 'ة']);
    expect(restoreLigatureOrder([{ text: 'المالحة نص', dir: 'rtl' }], glyphs)).toEqual(['المالحة نص']);
    expect(restoreLigatureOrder([{ text: 'البحر', dir: 'rtl' }], [...'رحبلا'])).toEqual(['البحر']);
  });
});
