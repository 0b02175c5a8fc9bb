import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../../../../main/render/template.ts';
import { openFontFace } from '../../../../../main/render/pdf/typeset/font-face.ts';
import { joiningType } from '../../../../../main/render/pdf/typeset/arabic-joining.ts';
import { layoutParagraph } from '../../../../../main/render/pdf/typeset/layout-paragraph.ts';
import type { Line, TextStyle } from '../../../../../main/render/pdf/typeset/types.ts';
import { renderPdfWithLog, type RenderedPdf } from '../../../../../main/render/pdf/render-pdf.ts';
import { fontsDir, NOW, pdfFile, pdftotext, sampleBrief, template, templatesDir } from '../fixtures.ts';
import { pdfjsText } from '../pdfjs-text.ts';

const TATWEEL = /\u0640/gu;
const open = (file: string) => openFontFace(join(fontsDir, file), readFileSync(join(fontsDir, file)));
const amiri = open('Amiri-Regular.ttf');
const body: TextStyle = { faces: [amiri], size: 12, colour: '#000000' };

const justified = (text: string, width: number, justification: 'spaces' | 'kashida'): Line[] =>
  [...layoutParagraph({ spans: [{ text, style: body }], width, align: 'justify', direction: 'rtl', justification }).lines];

/** Where tatweels were inserted: [index in the original text the tatweels precede, how many]. */
function insertions(line: Line, original: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let o = line.start;
  for (let i = line.start; i < line.source.length && o <= original.length;) {
    if (line.source[i] === '\u0640' && original[o] !== '\u0640') {
      let n = 0;
      while (line.source[i] === '\u0640') { i++; n++; }
      out.push([o, n]);
    } else { i++; o++; }
  }
  return out;
}

const PARAGRAPH = 'أفرجت السلطات السورية عن مجموعة من المقاتلين العراقيين التابعين لميليشيا الحشد الشعبي كانوا أسرى في سجون إدلب، '
  + 'بأمر من الرئيس السوري في خطوة لبناء الثقة بين سوريا والعراق، وقال مسؤول إن الله وحده يعلم متى يعود السلام إلى المنطقة كلها.';

describe('kashida justification in the typesetter', () => {
  const spaces = justified(PARAGRAPH, 220, 'spaces');
  const kashida = justified(PARAGRAPH, 220, 'kashida');

  it('breaks lines exactly as space justification does, and only adds tatweels to stretched lines', () => {
    expect(kashida.map((l) => l.text.replace(TATWEEL, ''))).toEqual(spaces.map((l) => l.text));
    expect(kashida.slice(0, -1).some((l) => l.source !== PARAGRAPH)).toBe(true);
    const last = kashida[kashida.length - 1];
    expect(last?.source).toBe(PARAGRAPH);
  });

  it('puts a few single kashidas a line, at permitted joins of words of four letters or more', () => {
    let total = 0;
    for (const line of kashida) {
      const sites = insertions(line, PARAGRAPH);
      expect(sites.length).toBeLessThanOrEqual(3);
      expect(line.kashidas?.size ?? 0).toBe(sites.length);
      total += sites.length;
      for (const [at, n] of sites) {
        expect(n).toBe(1);
        const before = PARAGRAPH.codePointAt(at - 1) ?? 0;
        const after = PARAGRAPH.codePointAt(at) ?? 0;
        expect(joiningType(before), PARAGRAPH.slice(at - 3, at + 3)).toBe('dual');
        expect(joiningType(after)).not.toBe('none');
        expect(String.fromCodePoint(before, after)).not.toMatch(/^ل[ماأإآ]$/u);
        expect(String.fromCodePoint(after)).not.toMatch(/[سش]/u);
        const word = (/\S*$/u.exec(PARAGRAPH.slice(0, at))?.[0] ?? '') + (/^\S*/u.exec(PARAGRAPH.slice(at))?.[0] ?? '');
        expect(word).not.toMatch(/لله/u);
        expect(word.replace(/[^\u0621-\u064a]/gu, '').length, word).toBeGreaterThanOrEqual(4);
      }
      // One join per word: no word of the line carries tatweels in two places.
      for (const w of line.text.split(/\s+/u)) expect(w.match(/\u0640/gu)?.length ?? 0).toBeLessThanOrEqual(1);
    }
    expect(total).toBeGreaterThan(0);
  });

  it('picks one join a word by priority, after seen first, and only where the font keeps its glyphs', () => {
    const first = 'السلطات تبين قرارها في البلد';
    const natural = justified(first, 2000, 'spaces')[0]?.width ?? 0;
    // A loose first line, then a last line that is never stretched. «تبين»: Amiri's yeh–noon pair would break.
    const [line] = justified(`${first} النهائي`, natural + 20, 'kashida');
    expect(line?.text).toBe('السـلطات تبين قرارهـا في البلد');
    expect(line?.kashidas?.size).toBe(2);
    // Each elongation is long enough to read as one: its tatweel plus its stretch at least 0.4 em.
    const tatweel = (amiri.hbFont.glyphHAdvance(amiri.hbFont.glyph(0x0640) ?? 0) * 12) / amiri.upem;
    for (const stretch of line?.kashidas?.values() ?? []) expect(tatweel + stretch).toBeGreaterThanOrEqual(0.4 * 12);
  });

  it('lets the spaces take a small extra width alone: no tiny kashidas', () => {
    const first = 'السلطات تبين قرارها في البلد';
    const natural = justified(first, 2000, 'spaces')[0]?.width ?? 0;
    const [line] = justified(`${first} النهائي`, natural + 3, 'kashida');
    expect(line?.text).toBe(first);
    expect(line?.kashidas).toBeUndefined();
  });

  it('narrows the spaces: a kashida line is wider before spacing, and never wider than the measure', () => {
    kashida.forEach((line, i) => {
      const plain = spaces[i];
      if (!plain) throw new Error('line count');
      expect(line.width).toBeLessThanOrEqual(220 + 0.01);
      if (line.source !== PARAGRAPH) expect(line.width).toBeGreaterThan(plain.width);
      expect(line.spaces).toBe(plain.spaces);
    });
  });

  it('leaves unjustified and start-aligned paragraphs alone', () => {
    const start = layoutParagraph({ spans: [{ text: PARAGRAPH, style: body }], width: 260, align: 'start', direction: 'rtl', justification: 'kashida' });
    expect(start.lines.every((l) => l.source === PARAGRAPH)).toBe(true);
  });
});

describe('kashida justification in the agency PDF', () => {
  let agency: RenderedPdf;
  let standard: RenderedPdf;
  beforeAll(async () => {
    // Without the charts, which the two templates place and label differently: their text is then the same.
    const noChart = (t: Template): Template => ({
      ...t, charts: { timeline: { ...t.charts.timeline, placement: 'off' }, actors: { ...t.charts.actors, placement: 'off' } },
    });
    agency = await renderPdfWithLog(sampleBrief(), noChart(template('agency')), { fontsDir, templatesDir, now: NOW });
    standard = await renderPdfWithLog(sampleBrief(), noChart(template('standard')), { fontsDir, templatesDir, now: NOW });
  }, 60_000);

  it('draws every run with exactly HarfBuzz\'s glyphs for the run text, inserted tatweels included', () => {
    const fonts = new Map<string, hb.Font>();
    let stretched = 0;
    for (const line of agency.log) {
      for (const run of line.runs) {
        let font = fonts.get(run.fontPath);
        if (!font) {
          font = new hb.Font(new hb.Face(new hb.Blob(readFileSync(run.fontPath)), 0));
          fonts.set(run.fontPath, font);
        }
        const buffer = new hb.Buffer();
        buffer.addText(line.paragraph, run.start, run.end - run.start);
        buffer.setDirection(run.direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR);
        buffer.guessSegmentProperties();
        hb.shape(font, buffer);
        expect(run.glyphIds, run.text).toEqual(buffer.getGlyphInfos().map((g) => g.codepoint));
        expect(run.text).toBe(line.paragraph.slice(run.start, run.end));
      }
      if ((line.kashidas?.length ?? 0) > 0) stretched++;
    }
    expect(stretched).toBeGreaterThan(1);
  });

  it('keeps the standard template\'s line breaks; only the tatweels differ', () => {
    // As sets: the logo moves the table's page break, which repeats its header row at a different place.
    const texts = (r: RenderedPdf) => [...new Set(r.log.map((l) => l.text.replace(TATWEEL, '')))].sort();
    expect(texts(agency)).toEqual(texts(standard));
    expect(texts(agency).length).toBeGreaterThan(100);
  });

  it('keeps kashida lines flush with both margins of their box', () => {
    const lines = agency.log.filter((l) => (l.text.match(TATWEEL)?.length ?? 0) > 0 && !/هـ/u.test(l.text));
    for (const line of lines) expect(line.x, line.text).toBeCloseTo(56, 1);
  });

  it('stretches joins in its justified lines, a few a line, each a visible stroke', () => {
    const lines = agency.log.filter((l) => (l.kashidas?.length ?? 0) > 0);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.kashidas?.length).toBeLessThanOrEqual(3);
      for (const { position, stretch } of line.kashidas ?? []) {
        expect(line.paragraph[position]).toBe('\u0640');
        expect(stretch).toBeGreaterThanOrEqual(0);
        expect(stretch).toBeLessThanOrEqual(1.5 * 12.5);
      }
    }
  });

  it('gives extractors the words without the kashidas\' tatweels (pdftotext and pdf.js), in logical order', async () => {
    // The brief's own tatweels («هـ» after a Hijri year) are all the standard template's extraction holds.
    const own = (pdftotext(pdfFile(standard.bytes)).match(TATWEEL) ?? []).length;
    const extracted = pdftotext(pdfFile(agency.bytes));
    expect((extracted.match(TATWEEL) ?? []).length).toBe(own);
    expect((await pdfjsText(agency.bytes)).match(TATWEEL)?.length ?? 0).toBe((await pdfjsText(standard.bytes)).match(TATWEEL)?.length ?? 0);
    const squash = (text: string): string => text.replace(/[\s\p{P}\p{M}\p{Cf}]/gu, '');
    const points = sampleBrief().summary.filter((p) => p.included).map((p) => p.text);
    expect(points.length).toBeGreaterThan(2);
    for (const p of points) expect(squash(extracted), p).toContain(squash(p));
    // Words the agency lines stretch are found whole.
    const stretchedWords = agency.log.flatMap((l) => (l.kashidas ?? []).map(({ position }) => {
      const before = /\S*$/u.exec(l.paragraph.slice(0, position))?.[0] ?? '';
      const after = /^\S*/u.exec(l.paragraph.slice(position + 1))?.[0] ?? '';
      return (before + after).replace(/[^\u0621-\u064a]/gu, '');
    }));
    expect(stretchedWords.length).toBeGreaterThan(2);
    for (const word of stretchedWords) expect(extracted).toContain(word);
  });
});
