// The template logo in the Word file: the image in word/media, referenced from the title block's first paragraphs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { loadTemplate, TemplateError } from '../../../../main/render/load-template.ts';
import { docxParts, FONTS_DIR, NOW, ROOT, sampleBrief } from './docx-parts.ts';
import { all, child } from './xml-tree.ts';

const TEMPLATES_DIR = join(ROOT, 'templates');
// The charts, pictures of their own, are left out: the logo is the one picture these tests look for.
const noChart = {
  timeline: { placement: 'off' as const, hijri: false, textSize: 7.5, levels: 6, stack: 4 },
  actors: { placement: 'off' as const, textSize: 7.5, height: 330, nodes: 20, small: 40 },
};
const agency = (): ReturnType<typeof loadTemplate> => ({ ...loadTemplate('agency', TEMPLATES_DIR), charts: noChart, docx: { citations: 'footnotes', tableOfContents: false, embedFonts: false } });

describe('renderDocx with a template logo', () => {
  it('stores the logo in word/media and draws it inline, start-aligned, in the title block', async () => {
    const parts = docxParts(await renderDocx(sampleBrief(), agency(), { fontsDir: FONTS_DIR, templatesDir: TEMPLATES_DIR, now: NOW }));
    const media = parts.paths.filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const logoFile = readFileSync(join(TEMPLATES_DIR, 'assets/agency-logo.png'));
    expect(Buffer.from(parts.raw(media[0] ?? '')).equals(logoFile)).toBe(true);

    const document = parts.xml('word/document.xml');
    const blips = all(document, 'a:blip');
    expect(blips).toHaveLength(1);
    const rels = all(parts.xml('word/_rels/document.xml.rels'), 'Relationship');
    const rel = rels.find((r) => r.attrs.Id === blips[0]?.attrs['r:embed']);
    expect(rel?.attrs.Type).toMatch(/\/image$/);
    expect(`word/${rel?.attrs.Target ?? ''}`).toBe(media[0]);

    // Inline (moves with the text), 40 pt high and 60 pt wide: 53 × 80 px at 96 dpi, 9525 EMU a pixel.
    const inline = all(document, 'wp:inline');
    expect(inline).toHaveLength(1);
    expect(child(inline[0], 'wp:extent')?.attrs).toEqual({ cx: String(80 * 9525), cy: String(53 * 9525) });
    expect(child(inline[0], 'wp:docPr')?.attrs.id).toBe('1');

    // Its paragraph: right-to-left, aligned to the start (the right), first in the body (the marking is in the
    // header) and before the title.
    const body = child(document, 'w:document');
    const paragraphs = all(child(body, 'w:body') ?? document, 'w:p');
    const at = paragraphs.findIndex((p) => all(p, 'a:blip').length > 0);
    const pPr = child(paragraphs[at], 'w:pPr');
    expect(child(pPr, 'w:bidi')).toBeDefined();
    expect(child(pPr, 'w:jc')?.attrs['w:val']).toBe('start');
    expect(at).toBe(0);
    expect(child(child(paragraphs[at + 1], 'w:pPr'), 'w:pStyle')?.attrs['w:val']).toBe('Title');
  });

  it('gives the same bytes twice (the drawing id and media name do not come from a counter)', async () => {
    const options = { fontsDir: FONTS_DIR, templatesDir: TEMPLATES_DIR, now: NOW };
    const first = await renderDocx(sampleBrief(), agency(), options);
    const second = await renderDocx(sampleBrief(), agency(), options);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('has no picture for a template without a logo', async () => {
    const standard = { ...loadTemplate('standard', TEMPLATES_DIR), charts: noChart, docx: agency().docx };
    const parts = docxParts(await renderDocx(sampleBrief(), standard, { fontsDir: FONTS_DIR, templatesDir: TEMPLATES_DIR, now: NOW }));
    expect(parts.paths.filter((p) => p.startsWith('word/media/'))).toEqual([]);
    expect(all(parts.xml('word/document.xml'), 'a:blip')).toEqual([]);
  });

  it('refuses a template whose logo file is missing, naming the template and the file', async () => {
    const broken = { ...agency(), logo: 'assets/missing-logo.png' };
    const options = { fontsDir: FONTS_DIR, templatesDir: TEMPLATES_DIR, now: NOW };
    await expect(renderDocx(sampleBrief(), broken, options)).rejects.toThrow(TemplateError);
    await expect(renderDocx(sampleBrief(), broken, options)).rejects.toThrow(/template «agency»: logo assets\/missing-logo\.png: no such file/);
  });
});
