import { describe, expect, it } from 'vitest';
import type { Drawing } from '../../../../main/render/charts/drawing.ts';
import { rasterise } from '../../../../main/render/charts/png-raster.ts';
import { chartOutlines } from '../../../../main/render/pdf/chart-glyphs.ts';
import { chartLine } from '../../../../main/render/pdf/chart-text.ts';
import { memoisedLayout } from '../../../../main/render/pdf/typeset/layout-memo.ts';
import { decodeGrayPng } from '../pdf/png-gray.ts';
import { STYLES } from '../pdf/section-fixtures.ts';

const noText = (): never[] => [];
const at = (image: { width: number; pixels: Uint8Array }, x: number, y: number): number => image.pixels[y * image.width + x] ?? -1;

describe('rasterise', () => {
  it('fills a rectangle exactly on the pixel grid and leaves the rest white', () => {
    const drawing: Drawing = { width: 20, height: 20, direction: 'rtl', items: [{ kind: 'rect', x: 5, y: 5, w: 10, h: 10, fill: '#000000' }] };
    const { png, width, height } = rasterise(drawing, noText, 72);
    const image = decodeGrayPng(png);
    expect([width, height, image.width, image.height]).toEqual([20, 20, 20, 20]);
    expect(at(image, 5, 5)).toBe(0);
    expect(at(image, 14, 14)).toBe(0);
    expect(at(image, 4, 10)).toBe(255);
    expect(at(image, 15, 10)).toBe(255);
  });

  it('covers a disc in proportion to its area, anti-aliased at the edge', () => {
    const drawing: Drawing = { width: 40, height: 40, direction: 'rtl', items: [{ kind: 'circle', cx: 20, cy: 20, r: 10, fill: '#000000' }] };
    const image = decodeGrayPng(rasterise(drawing, noText, 72).png);
    const ink = image.pixels.reduce((sum, v) => sum + (255 - v) / 255, 0);
    expect(ink).toBeGreaterThan(Math.PI * 100 * 0.98);
    expect(ink).toBeLessThan(Math.PI * 100 * 1.02);
    expect(image.pixels.some((v) => v > 0 && v < 255)).toBe(true);
  });

  it('draws text as the typesetter shapes it, inside its measured box, the same bytes every time', () => {
    const layout = memoisedLayout();
    const fonts = { regular: STYLES.small, bold: STYLES.smallBold };
    const text = 'سقوط النظام في دمشق';
    const width = chartLine(layout, text, { ...STYLES.small, size: 10 }, 'rtl')?.line.width ?? 0;
    const drawing: Drawing = { width: 120, height: 20, direction: 'rtl', items: [{ kind: 'text', text, x: 10, baseline: 14, width, size: 10, colour: '#000000', bold: false }] };
    const first = rasterise(drawing, chartOutlines(layout, fonts, 'rtl'), 144);
    expect(rasterise(drawing, chartOutlines(memoisedLayout(), fonts, 'rtl'), 144).png).toEqual(first.png);
    const image = decodeGrayPng(first.png);
    const inked: number[] = [];
    for (let x = 0; x < image.width; x++) for (let y = 0; y < image.height; y++) if (at(image, x, y) < 128) inked.push(x);
    expect(inked.length).toBeGreaterThan(100);
    // 2 pixels a point at 144 dpi: ink from the box's left edge to its right edge, give or take a pixel or two.
    expect(Math.min(...inked)).toBeGreaterThanOrEqual(10 * 2 - 2);
    expect(Math.max(...inked)).toBeLessThanOrEqual((10 + width) * 2 + 2);
    expect(Math.max(...inked) - Math.min(...inked)).toBeGreaterThan(width * 2 * 0.9);
  });
});
