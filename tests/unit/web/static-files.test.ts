import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../main/resources.ts';
import { serveStatic } from '../../../main/web/static-files.ts';

const files = { rendererDir: resources.rendererDir, fontsDir: resources.fontsDir, bundle: () => Promise.resolve('') };

/** The width and height a PNG's IHDR chunk gives. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the app icon', () => {
  it('is served as /favicon.ico: an icon file whose PNG entries are 16 to 256 pixels and say their own sizes', async () => {
    const file = await serveStatic(files, '/favicon.ico');
    expect(file?.type).toBe('image/x-icon');
    const ico = Buffer.from(file?.body ?? '');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const at = 6 + 16 * i;
      const size = ico.readUInt8(at) || 256;
      const png = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
      expect(pngSize(png)).toEqual([size, size]);
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a PNG per size from 16 to 512 pixels beside its SVG source', () => {
    const dir = path.join(resources.rendererDir, 'assets', 'icons');
    expect(readFileSync(path.join(dir, 'icon.svg'), 'utf8')).toMatch(/<svg[^>]+viewBox="0 0 512 512"/);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) expect(pngSize(readFileSync(path.join(dir, `${size}x${size}.png`)))).toEqual([size, size]);
  });

  it('is the only file served outside a folder besides the page and its script', async () => {
    expect(await serveStatic(files, '/icon.svg')).toBeNull();
    expect(await serveStatic(files, '/favicon.png')).toBeNull();
  });
});

describe('pdf.js for the export screen', () => {
  const withPdfjs = { ...files, pdfjsDir: resources.pdfjsDir };

  it('serves the library and its worker from the app’s own files, as scripts', async () => {
    for (const name of ['pdf.min.mjs', 'pdf.worker.min.mjs']) {
      const file = await serveStatic(withPdfjs, `/pdfjs/${name}`);
      expect(file?.type).toBe('text/javascript; charset=utf-8');
      expect(Buffer.from(file?.body ?? '').length).toBeGreaterThan(100_000);
    }
  });

  it('serves nothing else of the package: no source map, no other build, no path', async () => {
    for (const p of ['/pdfjs/pdf.mjs.map', '/pdfjs/pdf.sandbox.min.mjs', '/pdfjs/pdf.mjs', '/pdfjs/../package.json', '/pdfjs/']) {
      expect(await serveStatic(withPdfjs, p)).toBeNull();
    }
    expect(await serveStatic(files, '/pdfjs/pdf.min.mjs')).toBeNull();
  });
});
