// Makes the app icon's PNGs (16 to 512 pixels) and favicon.ico from renderer/assets/icons/icon.svg, with the Debian
// Chromium the e2e tests use (no image package needed): `node scripts/make-icons.mjs`. The outputs are committed, so
// neither the tests nor packaging need to run it; run it again after editing the SVG and look at the PNGs.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, 'renderer', 'assets', 'icons');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
// Windows reads icons up to 256 pixels from an .ico; larger entries are not allowed by the format's one-byte sizes.
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const svg = readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const pngs = new Map();
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    // The SVG drawn by the browser at each size (not one bitmap scaled down), on a transparent page.
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(path.join(dir, `${size}x${size}.png`), png);
    pngs.set(size, png);
  }
} finally {
  await browser.close();
}
writeFileSync(path.join(root, 'renderer', 'assets', 'favicon.ico'), icoFile(ICO_SIZES.map((s) => ({ size: s, png: pngs.get(s) }))));
console.log(`wrote ${SIZES.length} PNGs and favicon.ico (${ICO_SIZES.join(', ')} pixels) in ${path.relative(root, dir)}`);

/**
 * An .ico holding PNG images (the format Windows Vista and every browser read): a 6-byte header, a 16-byte entry per
 * image (width and height as one byte each, 0 meaning 256; 32 bits per pixel; the PNG's length and offset), then the
 * PNGs themselves.
 */
function icoFile(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}
