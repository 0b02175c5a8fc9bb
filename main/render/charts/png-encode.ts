import { crc32, deflateSync } from 'node:zlib';

/**
 * zlib's level for the pixels. A chart is mostly white rows, on which level 6's longer match search costs a third more
 * time than level 4 for 1.5 % of the size (the seeds' actor map at 300 dpi: 38 against 27 ms, 542 against 550 kB);
 * level 3 would save 10 ms more for 12 % more bytes.
 */
const LEVEL = 4;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGB image as PNG bytes (ISO/IEC 15948), its resolution recorded in pHYs so a word processor sizes it right. */
export function encodePng(width: number, height: number, rgb: Uint8Array, dpi: number): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const perMetre = Math.round(dpi / 0.0254);
  const phys = Buffer.alloc(9);
  phys.writeUInt32BE(perMetre, 0);
  phys.writeUInt32BE(perMetre, 4);
  phys[8] = 1;
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('pHYs', phys), chunk('IDAT', deflateSync(raw, { level: LEVEL })), chunk('IEND', new Uint8Array())]));
}
