import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../main/render/pdf/render-pdf.ts';
import { fontsDir, goldenDir, NOW, pageCount, pdfFile, sampleBrief, template, templatesDir } from './fixtures.ts';
import { decodeGrayPng, diffRatio } from './png-gray.ts';
import { busyBrief, busyMapTemplate, busyTemplate } from '../../../helpers/busy-brief.ts';
import { gradedSeedsBrief, seedsBrief } from '../../../helpers/graded-brief.ts';

// Page images at 60 dpi, greyscale, against page images reviewed by eye (tests/golden/pdf). UPDATE_GOLDEN=1
// rewrites them; look at every new image before committing it.
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const TOLERANCE = 0.002;

describe('PDF pages against reviewed golden images', () => {
  // agency: the logo and kashida justification.
  for (const name of ['standard', 'flash', 'agency']) {
    it(`${name}: every page matches its golden PNG`, async () => {
      const bytes = await renderPdf(sampleBrief(), template(name), { fontsDir, templatesDir, now: NOW });
      const dir = mkdtempSync(join(tmpdir(), `mawjaz-golden-${name}-`));
      execFileSync('pdftoppm', ['-png', '-gray', '-r', '60', pdfFile(bytes), join(dir, 'page')]);
      const pages = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
      expect(pages.length).toBeGreaterThan(0);
      pages.forEach((file, i) => {
        const golden = join(goldenDir, `${name}-${i + 1}.png`);
        if (UPDATE) copyFileSync(join(dir, file), golden);
        expect(existsSync(golden), `${golden} is missing; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
        const ratio = diffRatio(decodeGrayPng(readFileSync(join(dir, file))), decodeGrayPng(readFileSync(golden)));
        expect(ratio, `${name} page ${i + 1} differs from ${golden}`).toBeLessThanOrEqual(TOLERANCE);
      });
      if (!UPDATE) {
        const goldens = readdirSync(goldenDir).filter((f) => f.startsWith(`${name}-`));
        expect(goldens.length, 'page count').toBe(pages.length);
      }
    }, 60_000);
  }

  // The seeds' brief with graded outlets: its first page holds the key points with their grades and the legend.
  it('graded: the first page, grades after the graded citations and the legend, matches its golden PNG', async () => {
    const bytes = await renderPdf(gradedSeedsBrief(), template('standard'), { fontsDir, templatesDir, now: NOW });
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-golden-graded-'));
    execFileSync('pdftoppm', ['-png', '-gray', '-r', '60', '-f', '1', '-l', '1', pdfFile(bytes), join(dir, 'page')]);
    const [file] = readdirSync(dir).filter((f) => f.endsWith('.png'));
    const golden = join(goldenDir, 'graded-1.png');
    if (UPDATE) copyFileSync(join(dir, file ?? ''), golden);
    const ratio = diffRatio(decodeGrayPng(readFileSync(join(dir, file ?? ''))), decodeGrayPng(readFileSync(golden)));
    expect(ratio).toBeLessThanOrEqual(TOLERANCE);
  }, 60_000);

  // The seeds' brief in the agency template: its last page is the actor map's annex (the map and its caption).
  it('seeds-map: the actor map of the seeds\' brief matches its golden PNG', async () => {
    const bytes = await renderPdf(seedsBrief(), template('agency'), { fontsDir, templatesDir, now: NOW });
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-golden-map-'));
    const file = pdfFile(bytes);
    const last = String(pageCount(file));
    execFileSync('pdftoppm', ['-png', '-gray', '-r', '60', '-f', last, '-l', last, file, join(dir, 'page')]);
    const [page] = readdirSync(dir).filter((f) => f.endsWith('.png'));
    const golden = join(goldenDir, 'seeds-map-1.png');
    if (UPDATE) copyFileSync(join(dir, page ?? ''), golden);
    const ratio = diffRatio(decodeGrayPng(readFileSync(join(dir, page ?? ''))), decodeGrayPng(readFileSync(golden)));
    expect(ratio).toBeLessThanOrEqual(TOLERANCE);
  }, 60_000);

  // A brief of 600 articles: the timeline chart's busy axis, alone on the last page; then the same brief's crowded actor
  // map (twenty named actors, forty small unnamed ones inside the ring), alone on its last page.
  for (const [name, change] of [['busy-timeline', busyTemplate], ['busy-map', busyMapTemplate]] as const) {
    it(`${name}: the ${name === 'busy-map' ? 'actor map' : 'timeline chart'} of a 600-article brief matches its golden PNG`, async () => {
      const bytes = await renderPdf(busyBrief(), change(template('standard')), { fontsDir, templatesDir, now: NOW });
      const dir = mkdtempSync(join(tmpdir(), `mawjaz-golden-${name}-`));
      const file = pdfFile(bytes);
      const last = String(pageCount(file));
      execFileSync('pdftoppm', ['-png', '-gray', '-r', '60', '-f', last, '-l', last, file, join(dir, 'page')]);
      const [page] = readdirSync(dir).filter((f) => f.endsWith('.png'));
      const golden = join(goldenDir, `${name}-1.png`);
      if (UPDATE) copyFileSync(join(dir, page ?? ''), golden);
      expect(existsSync(golden), `${golden} is missing; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      const ratio = diffRatio(decodeGrayPng(readFileSync(join(dir, page ?? ''))), decodeGrayPng(readFileSync(golden)));
      expect(ratio).toBeLessThanOrEqual(TOLERANCE);
    }, 240_000);
  }

  it('the PNG reader and the diff catch a changed page', () => {
    const page = decodeGrayPng(readFileSync(join(goldenDir, 'standard-1.png')));
    const changed = { ...page, pixels: page.pixels.map((v, i) => (i % 50 === 0 ? 255 - v : v)) };
    expect(page.width).toBeGreaterThan(400);
    expect(diffRatio(page, page)).toBe(0);
    expect(diffRatio(page, changed)).toBeGreaterThan(TOLERANCE);
  });
});
