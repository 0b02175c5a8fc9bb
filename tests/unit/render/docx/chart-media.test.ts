import { describe, expect, it } from 'vitest';
import { chartMedia, restoreChartMedia } from '../../../../main/render/docx/chart-media.ts';
import { encodePng } from '../../../../main/render/charts/png-encode.ts';

const picture = (grey: number): Uint8Array => encodePng(4, 2, new Uint8Array(4 * 2 * 3).fill(grey), 300);

describe('chart pictures kept out of docx\'s packer', () => {
  it('gives each chart a stand-in of its own and puts every picture back in its place, leaving other media alone', () => {
    const media = chartMedia();
    const [timeline, map] = [picture(10), picture(200)];
    const a = media.standIn(timeline);
    const b = media.standIn(map);
    expect(Buffer.compare(a, b)).not.toBe(0);
    // A stand-in is a PNG (docx is given type 'png'), and far smaller than the picture.
    expect([...a.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const logo = picture(128);
    const files: Record<string, Uint8Array> = { 'word/document.xml': a, 'word/media/image1.png': logo, 'word/media/image2.png': b, 'word/media/image3.png': a };
    restoreChartMedia(files, media);
    expect(files['word/media/image1.png']).toBe(logo);
    expect(files['word/media/image2.png']).toBe(map);
    expect(files['word/media/image3.png']).toBe(timeline);
    // Only media are pictures: a part with the same bytes elsewhere is not one.
    expect(files['word/document.xml']).toBe(a);
    expect(Object.keys(files)).toEqual(['word/document.xml', 'word/media/image1.png', 'word/media/image2.png', 'word/media/image3.png']);
  });

  it('refuses a package where a chart\'s stand-in is missing, rather than write a one-pixel chart', () => {
    const media = chartMedia();
    const stand = media.standIn(picture(10));
    media.standIn(picture(20));
    expect(() => restoreChartMedia({ 'word/media/image1.png': stand }, media)).toThrow(/1 chart picture/);
    expect(() => restoreChartMedia({}, chartMedia())).not.toThrow();
  });
});
