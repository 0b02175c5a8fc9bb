import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../main/render/pdf/render-pdf.ts';
import { TemplateError } from '../../../../main/render/load-template.ts';
import { fontsDir, NOW, pdfFile, sampleBrief, template, templatesDir } from './fixtures.ts';

const TIMEOUT = 60_000;

/** `pdfimages -list` rows: page, type, width, height, colour, and the image's placement resolution. */
function listImages(path: string): Array<{ page: number; type: string; width: number; height: number; xppi: number }> {
  const out = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' });
  return out.split('\n').slice(2).filter((l) => l.trim() !== '').map((l) => {
    const f = l.trim().split(/\s+/);
    return { page: Number(f[0]), type: f[2] ?? '', width: Number(f[3]), height: Number(f[4]), xppi: Number(f[12]) };
  });
}

/** Every Flate stream of the file, inflated (the page content streams among them). */
function inflatedStreams(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes);
  const text = raw.toString('latin1');
  const out: string[] = [];
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(raw.subarray(start, end)).toString('latin1'));
    } catch {
      // Not Flate (fonts, images' own data are Flate too, but may not inflate to text): skipped.
    }
  }
  return out.join('\n');
}

describe('renderPdf with a template logo', () => {
  it('draws the agency logo once, on the first page, as an image XObject 40 pt high (192 px → 230 ppi)', async () => {
    const bytes = await renderPdf(sampleBrief(), template('agency'), { fontsDir, templatesDir, now: NOW });
    const images = listImages(pdfFile(bytes));
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ page: 1, type: 'image', width: 192, height: 128 });
    // 128 px over 40 pt is 230.4 pixels per inch: the mark is drawn at the template's logo height.
    expect(images[0]?.xppi).toBe(230);
  }, TIMEOUT);

  it('puts the logo on the start side: its right edge on the right margin, 40 × 60 pt', async () => {
    const t = template('agency');
    const bytes = await renderPdf(sampleBrief(), t, { fontsDir, templatesDir, now: NOW });
    // pdfkit places an image with "w 0 0 -h x y cm /I1 Do" after flipping the page's y axis.
    const cm = /(-?[\d.]+) 0 0 (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) cm\s*\/I\d+ Do/.exec(inflatedStreams(bytes));
    expect(cm, 'an image drawn with its own matrix').not.toBeNull();
    const [w, h, x] = [Number(cm?.[1]), Number(cm?.[2]), Number(cm?.[3])];
    expect(Math.abs(h)).toBeCloseTo(40, 3);
    expect(w).toBeCloseTo(60, 3);
    expect(x + w).toBeCloseTo(595.28 - t.page.margins.inline, 2);
  }, TIMEOUT);

  it('leaves templates without a logo image-free', async () => {
    const bytes = await renderPdf(sampleBrief(), template('standard'), { fontsDir, templatesDir, now: NOW });
    expect(listImages(pdfFile(bytes))).toEqual([]);
  }, TIMEOUT);

  it('refuses a template whose logo file is missing, naming the template and the file', async () => {
    const broken = { ...template('agency'), logo: 'assets/missing-logo.png' };
    const render = renderPdf(sampleBrief(), broken, { fontsDir, templatesDir, now: NOW });
    await expect(render).rejects.toThrow(TemplateError);
    await expect(renderPdf(sampleBrief(), broken, { fontsDir, templatesDir, now: NOW }))
      .rejects.toThrow(/template «agency»: logo assets\/missing-logo\.png: no such file/);
  }, TIMEOUT);
});
