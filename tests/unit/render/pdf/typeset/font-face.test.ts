import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFontFace } from '../../../../../main/render/pdf/typeset/font-face.ts';
import { fontsDir } from '../fixtures.ts';

const open = (file: string) => openFontFace(join(fontsDir, file), readFileSync(join(fontsDir, file)));

describe('openFontFace: a glyph\'s code point (ToUnicode)', () => {
  it('is, for every glyph the cmap maps to, the lowest code point mapping to it', () => {
    let shared = 0;
    for (const file of ['Amiri-Regular.ttf', 'NotoSerif-Regular.ttf']) {
      const face = open(file);
      const lowest = new Map<number, number>();
      for (const cp of face.coverage) {
        const gid = face.hbFont.glyph(cp);
        if (gid === undefined || gid === 0) continue;
        lowest.set(gid, Math.min(cp, lowest.get(gid) ?? Infinity));
      }
      expect(lowest.size).toBeGreaterThan(300);
      if (lowest.size < face.coverage.size) shared++;
      for (const [gid, cp] of lowest) expect(face.glyphToCodePoint.get(gid)).toBe(cp);
    }
    // Amiri draws some code points with one glyph (NBSP has its own), so the rule is tried.
    expect(shared).toBeGreaterThan(0);
  });

  it('is the one code point of a glyph of its own, and nothing for a glyph no code point maps to', () => {
    const face = open('Amiri-Regular.ttf');
    expect(face.glyphToCodePoint.get(face.hbFont.glyph(0x0628) ?? -1)).toBe(0x0628);
    expect(face.glyphToCodePoint.get(0)).toBeUndefined();
  });
});
