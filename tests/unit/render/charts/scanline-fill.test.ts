import { describe, expect, it } from 'vitest';
import { fillContours, type Contour } from '../../../../main/render/charts/scanline-fill.ts';

function blank(width: number, height: number): { width: number; height: number; rgb: Uint8Array } {
  return { width, height, rgb: new Uint8Array(width * height * 3).fill(255) };
}
const grey = (image: { width: number; rgb: Uint8Array }, x: number, y: number): number => image.rgb[(y * image.width + x) * 3] ?? -1;
const square = (x: number, y: number, s: number, reverse = false): Contour => {
  const points: Array<[number, number]> = [[x, y], [x + s, y], [x + s, y + s], [x, y + s]];
  return reverse ? points.reverse() : points;
};

describe('fillContours', () => {
  it('leaves a hole where an inner contour winds the other way, and fills it where both wind alike (nonzero rule)', () => {
    const ring = blank(30, 30);
    fillContours(ring, [square(5, 5, 20), square(10, 10, 10, true)], 1, [0, 0, 0]);
    expect(grey(ring, 7, 15)).toBe(0);
    expect(grey(ring, 15, 15)).toBe(255);
    const doubled = blank(30, 30);
    fillContours(doubled, [square(5, 5, 20), square(10, 10, 10)], 1, [0, 0, 0]);
    expect(grey(doubled, 15, 15)).toBe(0);
  });

  it('scales the contours into pixels and covers a half-covered pixel by half', () => {
    const image = blank(10, 10);
    // 2 by 2 units at a scale of 2, from x = 1.25 units: pixels 2.5 to 6.5, so columns 2 and 6 are half covered.
    fillContours(image, [square(1.25, 1, 2)], 2, [0, 0, 0]);
    expect(grey(image, 4, 3)).toBe(0);
    expect(grey(image, 2, 3)).toBe(128);
    expect(grey(image, 6, 3)).toBe(128);
    expect(grey(image, 7, 3)).toBe(255);
    expect(grey(image, 4, 1)).toBe(255);
  });
});
