import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../../../main/model/brief.ts';
import { renderPdf, renderPdfWithLog, type RenderedPdf } from '../../../../main/render/pdf/render-pdf.ts';
import { bboxWords, fontsDir, NOW, pageCount, pdfFile, pdftotext, sampleBrief, template } from './fixtures.ts';

const TIMEOUT = 60_000;
const hbFonts = new Map<string, hb.Font>();

/** HarfBuzz shaping done here, independently of the renderer: the ids the PDF's glyphs must have. */
function harfbuzzIds(fontPath: string, paragraph: string, start: number, end: number, direction: 'rtl' | 'ltr'): number[] {
  let font = hbFonts.get(fontPath);
  if (!font) {
    font = new hb.Font(new hb.Face(new hb.Blob(readFileSync(fontPath)), 0));
    hbFonts.set(fontPath, font);
  }
  const buffer = new hb.Buffer();
  buffer.addText(paragraph, start, end - start);
  buffer.setDirection(direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  return buffer.getGlyphInfos().map((g) => g.codepoint);
}

/**
 * Text as compared across extraction: letters and digits only. pdftotext splits some words where Amiri's glyphs
 * leave a gap ("السور ية"), places a run's final full stop and some shaddas by its own heuristics (Chromium's
 * PDFs extract the same way), so whitespace, punctuation, marks and bidi controls are dropped; the order of every
 * letter and digit is still compared.
 */
function squash(text: string): string {
  return text.replace(/[\s\p{P}\p{M}\p{Cf}\u0640]/gu, '');
}

const render = (brief: Brief, name = 'standard'): Promise<RenderedPdf> =>
  renderPdfWithLog(brief, template(name), { fontsDir, now: NOW });

describe('renderPdf on the sample brief', () => {
  let sample: RenderedPdf;
  let path: string;
  const brief = sampleBrief();
  beforeAll(async () => {
    sample = await render(brief);
    path = pdfFile(sample.bytes);
  }, TIMEOUT);

  it('draws every line with exactly the glyphs HarfBuzz gives for that run, font and direction', () => {
    expect(sample.log.length).toBeGreaterThan(100);
    let runs = 0;
    for (const line of sample.log) {
      for (const run of line.runs) {
        expect(run.glyphIds, `${run.font} ${run.direction} «${run.text}»`)
          .toEqual(harfbuzzIds(run.fontPath, line.paragraph, run.start, run.end, run.direction));
        runs++;
      }
    }
    expect(runs).toBeGreaterThan(sample.log.length);
  });

  it('sets Latin words and numbers as LTR runs and falls back from the Kufi heading face by coverage', () => {
    const runs = sample.log.flatMap((l) => l.runs);
    expect(runs.find((r) => r.text === 'SANA')?.direction).toBe('ltr');
    expect(runs.find((r) => r.text.includes('2024') && /^[\d.]+$/.test(r.text))?.direction).toBe('ltr');
    expect(runs.some((r) => r.font === 'NotoKufiArabic-Bold' && r.direction === 'rtl')).toBe(true);
    // The actor "وكالة الأنباء السورية (سانا)" is a table cell in Amiri; a Kufi-set title with brackets would fall back.
    const kufi = sample.log.flatMap((l) => l.runs).filter((r) => r.font === 'NotoKufiArabic-Bold');
    for (const r of kufi) expect(r.text).not.toMatch(/[A-Za-z()]/);
  });

  it('extracts (pdftotext) every paragraph of the brief in logical order', () => {
    const extracted = squash(pdftotext(path));
    const paragraphs = [
      brief.title,
      ...brief.summary.filter((p) => p.included).map((p) => p.text),
      ...brief.openQuestions.map((q) => q.text),
    ];
    // The one with a shadda in its first words included: its stacked mark, once set apart, split the line for poppler.
    for (const p of paragraphs) expect(extracted, p).toContain(squash(p));
    // An excluded item is not printed.
    expect(extracted).not.toContain(squash('ذكرت وسائل إعلام عراقية أن الحدود أُغلقت بالكامل.'));
  });

  it('places mixed-direction words where an Arabic reader expects them (pdftotext -bbox)', () => {
    const words = bboxWords(path);
    const line = (needle: string) => {
      const hit = words.find((w) => w.text === needle);
      expect(hit, needle).toBeDefined();
      const band = words.filter((w) => w.page === hit?.page && Math.abs(w.yMin - (hit?.yMin ?? 0)) < 3);
      return band.sort((a, b) => b.xMax - a.xMax);
    };
    // Read right to left, the line with SANA is the logical sentence "… وفق وكالة الأنباء السورية (سانا) SANA. 1، 5".
    // -bbox prints each word's glyphs in visual order, so Arabic words appear reversed and "SANA." as ".SANA".
    const sana = line('.SANA');
    const x = (t: string) => sana.find((w) => w.text === t)?.xMax ?? Number.NaN;
    expect(x('قفو')).toBeGreaterThan(x('ةلاكو')); // «وفق» is read before «وكالة»
    expect(x('ةلاكو')).toBeGreaterThan(x(')اناس(')); // "(سانا)" follows the agency's name, brackets mirrored
    expect(x(')اناس(')).toBeGreaterThan(x('.SANA')); // then the Latin word, its full stop on its left
    // Then the citation marks: 1 with the comma after it (no invisible control read back as a space), then 5.
    expect(x('.SANA')).toBeGreaterThan(x('،1'));
    expect(x('،1')).toBeGreaterThan(x('5'));
    // The number 2024 sits between "ديسمبر" and "في" on the previous line.
    const y2024 = line('،2024');
    const order = y2024.map((w) => w.text);
    expect(order.indexOf('ربمسيد')).toBeLessThan(order.indexOf('،2024'));
    expect(order.indexOf('،2024')).toBeLessThan(order.indexOf('يف', order.indexOf('،2024')));
    // "[1]؛" in the analyst's note: visually "؛]1[" (ToUnicode keeps each bracket's logical character), which reads
    // right to left as "[1]؛".
    expect(words.some((w) => w.text === '؛]1[')).toBe(true);
    // Every body line starts at the right margin: Arabic paragraphs are right-aligned or justified.
    const rights = sample.log.filter((l) => l.runs.some((r) => r.font === 'Amiri-Regular' && r.size === 12.5));
    expect(rights.length).toBeGreaterThan(10);
  });

  it('has a header marking, «صفحة N من M» footers, bookmarks and Arabic metadata', () => {
    const text = pdftotext(path);
    const pages = pageCount(path);
    for (let n = 1; n <= pages; n++) expect(squash(text)).toContain(squash(`صفحة ${n} من ${pages}`));
    expect(squash(text).split(squash(brief.marking)).length - 1).toBe(pages * 2);
    const raw = Buffer.from(sample.bytes).toString('latin1');
    expect(raw).toMatch(/\/Lang \(ar\)/);
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    const info = execFileSync('pdfinfo', ['-isodates', path], { encoding: 'utf8' });
    expect(info).toMatch(/CreationDate:\s+2025-04-10T09:00:00Z/);
    expect(info).toMatch(/ModDate:\s+2025-04-10T09:00:00Z/);
    expect(info).toMatch(new RegExp(`Title:\\s+${brief.title}`));
    expect(raw).toMatch(/\/Dests/);
    expect((raw.match(/\/S \/GoTo/g) ?? []).length).toBeGreaterThan(20);
  });

  it('gives identical bytes for the same input', async () => {
    const again = await renderPdf(brief, template('standard'), { fontsDir, now: NOW });
    expect(Buffer.from(again).equals(Buffer.from(sample.bytes))).toBe(true);
  }, TIMEOUT);
});

describe('renderPdf edge cases', () => {
  it('renders every template; flash fits one page with Arabic-Indic digits; letter is Letter size', async () => {
    for (const name of ['standard', 'flash', 'letter']) {
      const out = await render(sampleBrief(), name);
      const path = pdfFile(out.bytes);
      expect(pageCount(path), name).toBeGreaterThan(0);
      if (name === 'flash') {
        expect(pageCount(path)).toBe(1);
        expect(pdftotext(path)).toMatch(/[٠-٩]/);
      }
      if (name === 'letter') expect(Buffer.from(out.bytes).toString('latin1')).toContain('/MediaBox [0 0 612 792]');
    }
  }, TIMEOUT);

  it('prints «لا يوجد» for an empty section', async () => {
    const brief = { ...sampleBrief(), openQuestions: [], timeline: sampleBrief().timeline.map((t) => ({ ...t, included: false })) };
    const out = await render(brief);
    const text = squash(pdftotext(pdfFile(out.bytes)));
    expect(text.split('لايوجد').length - 1).toBe(2);
  }, TIMEOUT);

  it('carries a long paragraph over a page break, lines in order', async () => {
    const base = sampleBrief();
    const long = Array.from({ length: 40 }, (_, i) => `${base.summary[0]?.text ?? ''} (${i + 1})`).join(' ');
    const brief = { ...base, summary: [{ ...base.summary[0]!, text: long }] };
    const out = await render(brief);
    const lines = out.log.filter((l) => l.paragraph.startsWith(long.slice(0, 40)));
    const pages = new Set(lines.map((l) => l.page));
    expect(pages.size).toBeGreaterThan(1);
    const joined = lines.map((l) => l.text).join(' ').replace(/\s+/g, ' ');
    expect(joined.startsWith(long.replace(/\s+/g, ' ')), 'the lines, joined, give the paragraph back').toBe(true);
    // The page header and footer sit between the paragraph's two halves in the extracted text.
    const body = pdftotext(pdfFile(out.bytes)).split('\n').filter((l) => !l.includes('صفحة') && !l.includes('للاستخدام'));
    expect(squash(body.join('\n'))).toContain(squash(long));
  }, TIMEOUT);

  it('breaks a word wider than the line between clusters and loses no character', async () => {
    const base = sampleBrief();
    const word = 'المعلومات'.repeat(30);
    const brief = { ...base, summary: [{ ...base.summary[0]!, text: `كلمة طويلة جدا: ${word} ثم نهاية.` }] };
    const out = await render(brief);
    const lines = out.log.filter((l) => l.paragraph.includes(word));
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((l) => l.text).join('')).toContain(word);
    for (const l of lines) expect(l.x).toBeGreaterThanOrEqual(56 - 0.5);
  }, TIMEOUT);
});
