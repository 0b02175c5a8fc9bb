import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontAllows, kashidaCandidates } from '../../../../../main/render/pdf/typeset/kashida-sites.ts';
import { openFontFace } from '../../../../../main/render/pdf/typeset/font-face.ts';
import { layoutParagraph } from '../../../../../main/render/pdf/typeset/layout-paragraph.ts';
import type { TextStyle } from '../../../../../main/render/pdf/typeset/types.ts';
import { fontsDir } from '../fixtures.ts';

const amiri = openFontFace(join(fontsDir, 'Amiri-Regular.ttf'), readFileSync(join(fontsDir, 'Amiri-Regular.ttf')));
const style: TextStyle = { faces: [amiri], size: 12, colour: '#000000' };

/** Each word's permitted joins, best first, as «word with a tatweel at the join», and whether Amiri allows it. */
function joins(words: string): string[][] {
  const text = `${words} آخر`;
  const line = layoutParagraph({ spans: [{ text, style }], width: 5000, align: 'start', direction: 'rtl' }).lines[0];
  if (!line) throw new Error('no line');
  const items = [{ start: 0, end: text.length, level: 1, style, face: amiri }];
  return kashidaCandidates(line, items).map((sites) => sites.map((s) =>
    `${text.slice(s.wordStart, s.position)}ـ${text.slice(s.position, s.wordEnd)}${fontAllows(text, s) ? '' : ' ✗'}`));
}

describe('kashida sites', () => {
  it('never stretches a word of two or three letters, lam–meem, lam–alef or before seen', () => {
    expect(joins('في من على إلى العلم الرئيس لأن')).toEqual([]);
  });

  it('prefers the join after seen or sad, then before a final heh or dal, alef, reh, or bowl', () => {
    expect(joins('السلطات')).toEqual([['السـلطات']]);
    expect(joins('المستشفى')).toEqual([['المستشـفى', 'المسـتشفى', 'المستشفـى ✗']]);
    expect(joins('الحكومة محمد')).toEqual([['الحكومـة'], ['محمـد']]);
    expect(joins('سوريا قرارها')).toEqual([['سـوريا', 'سوريـا'], ['قرارهـا']]);
  });

  it('keeps the font\'s contextual pairs and ligatures whole (Amiri\'s kaf–reh, yeh–noon, lam–heh)', () => {
    expect(joins('الفكر تبين طويلة')).toEqual([['الفكـر ✗'], ['تبيـن ✗'], ['طويلـة ✗']]);
  });
});
