import { inflateSync } from 'node:zlib';

/** An 8-bit greyscale image. */
export interface GrayImage { width: number; height: number; pixels: Uint8Array }

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes the PNGs pdftoppm writes to grey levels: 8-bit greyscale or RGB, not interlaced (PNG spec,
 * ISO/IEC 15948: IHDR, IDAT zlib stream, per-row filters 0–4). Anything else is refused.
 */
export function decodeGrayPng(data: Uint8Array): GrayImage {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  let bpp = 1;
  const idat: Uint8Array[] = [];
  while (offset < data.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...data.subarray(offset + 4, offset + 8));
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || (colour !== 0 && colour !== 2) || interlace !== 0) {
        throw new Error('only 8-bit greyscale or RGB, non-interlaced PNGs');
      }
      bpp = colour === 2 ? 3 : 1;
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let i = 0; i < stride; i++) {
      const value = raw[y * (stride + 1) + 1 + i] ?? 0;
      const a = i >= bpp ? rows[y * stride + i - bpp] ?? 0 : 0;
      const b = y > 0 ? rows[(y - 1) * stride + i] ?? 0 : 0;
      const c = i >= bpp && y > 0 ? rows[(y - 1) * stride + i - bpp] ?? 0 : 0;
      const predictor = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      rows[y * stride + i] = (value + predictor) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let p = 0; p < width * height; p++) {
    let sum = 0;
    for (let k = 0; k < bpp; k++) sum += rows[p * bpp + k] ?? 0;
    pixels[p] = Math.round(sum / bpp);
  }
  return { width, height, pixels };
}

/** Share of pixels whose grey level differs by more than `threshold`. */
export function diffRatio(a: GrayImage, b: GrayImage, threshold = 48): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.pixels.length; i++) {
    if (Math.abs((a.pixels[i] ?? 0) - (b.pixels[i] ?? 0)) > threshold) differing++;
  }
  return differing / a.pixels.length;
}
