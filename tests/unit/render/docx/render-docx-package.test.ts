// The package as a whole: same input → same bytes, embedded fonts that Word can de-obfuscate, and every text of the
// brief readable by another docx reader (mammoth).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { obfuscateFont } from '../../../../main/render/docx/pin-package.ts';
import { docxParts, FONTS_DIR, NOW, sampleBrief, standardTemplate } from './docx-parts.ts';
import { all, child } from './xml-tree.ts';

describe('renderDocx package', () => {
  it('gives identical bytes for the same brief and now, and different bytes for another now', async () => {
    const brief = sampleBrief();
    const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, tableOfContents: true } }));
    const first = await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: NOW });
    const second = await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: NOW });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const later = await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: '2025-04-11T09:00:00.000Z' });
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(false);
  });

  it('embeds every template font, keyed so it de-obfuscates to the original file', async () => {
    const template = standardTemplate();
    const parts = docxParts(await renderDocx(sampleBrief(), template, { fontsDir: FONTS_DIR, now: NOW }));
    const fonts = all(parts.xml('word/fontTable.xml'), 'w:font');
    const rels = new Map(all(parts.xml('word/_rels/fontTable.xml.rels'), 'Relationship').map((r) => [r.attrs.Id, r.attrs.Target]));
    const expected: [string, string, string][] = [
      ['Amiri', 'w:embedRegular', 'Amiri-Regular.ttf'], ['Amiri', 'w:embedBold', 'Amiri-Bold.ttf'],
      ['Noto Kufi Arabic', 'w:embedRegular', 'NotoKufiArabic-Bold.ttf'],
      ['Noto Serif', 'w:embedRegular', 'NotoSerif-Regular.ttf'], ['Noto Serif', 'w:embedBold', 'NotoSerif-Bold.ttf'],
    ];
    for (const [family, face, file] of expected) {
      const embed = child(fonts.find((f) => f.attrs['w:name'] === family), face);
      expect(embed, `${family} ${face}`).toBeDefined();
      const target = rels.get(embed?.attrs['r:id']);
      const stored = parts.raw(`word/${target}`);
      const original = readFileSync(join(FONTS_DIR, file));
      expect(Buffer.from(obfuscateFont(stored, embed?.attrs['w:fontKey'] ?? '')).equals(original), file).toBe(true);
      expect(Buffer.from(stored.subarray(0, 32)).equals(original.subarray(0, 32))).toBe(false);
    }
    expect(child(parts.xml('word/settings.xml'), 'w:embedTrueTypeFonts')).toBeDefined();
  });

  it('leaves fonts out when the template says not to embed them', async () => {
    const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));
    const parts = docxParts(await renderDocx(sampleBrief(), template, { fontsDir: FONTS_DIR, now: NOW }));
    expect(parts.paths.filter((p) => p.endsWith('.odttf'))).toEqual([]);
  });

  it('round-trips every text of the brief through mammoth', async () => {
    const brief = sampleBrief();
    const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));
    const bytes = await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: NOW });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const texts = [
      brief.title,
      ...brief.summary.filter((s) => s.included).map((s) => s.text),
      ...brief.actors.filter((a) => a.included).map((a) => a.name),
      ...brief.timeline.filter((t) => t.included).map((t) => t.text),
      ...brief.openQuestions.filter((q) => q.included).map((q) => q.text),
      ...brief.sources.flatMap((s) => (s.title === null ? [] : [s.title])),
    ];
    expect(texts.length).toBeGreaterThan(35);
    // A printed date's parts are bound by no-break spaces and a word joiner after a glued slash
    // (render/shared/date-binding.ts): the words are the brief's.
    const read = value.replace(/\u00a0/gu, ' ').replace(/\u2060/gu, '');
    for (const text of texts) expect(read, text).toContain(text);
  });
});
