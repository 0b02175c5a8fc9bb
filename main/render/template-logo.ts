import { readFileSync } from 'node:fs';
import { isAbsolute, join, normalize, relative } from 'node:path';
import { TemplateError } from './load-template.ts';
import type { Template } from './template.ts';

/** A template's logo, read and checked once, ready for either exporter. */
export interface TemplateLogo {
  /** The file as the template names it (relative to the templates folder). */
  file: string;
  bytes: Uint8Array;
  format: 'png' | 'jpg';
  /** Pixel size, from the image header. */
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG: the IHDR chunk must come first and holds width and height (PNG spec, ISO/IEC 15948 §11.2.2). */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * JPEG: walk the marker segments (ITU-T T.81 §B.1) to the first start-of-frame (SOF0–SOF15 except DHT C4, JPG C8
 * and DAC CC), whose header gives height then width.
 */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) { at++; continue; }
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > bytes.length) return null;
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/**
 * Reads a template's optional logo (a PNG or JPEG under the templates folder) and checks it is one, so an exporter
 * never embeds a broken image. A logo outside the folder, missing, unreadable or not a PNG/JPEG is refused with a
 * TemplateError naming the template and the file. Returns undefined for a template without a logo.
 */
export function loadTemplateLogo(template: Template, templatesDir: string | undefined): TemplateLogo | undefined {
  const file = template.logo;
  if (file === undefined || file.trim() === '') return undefined;
  const fail = (problem: string): never => {
    throw new TemplateError(`template «${template.name}»: logo ${file}: ${problem}`);
  };
  if (templatesDir === undefined) return fail('no templates folder was given to read it from');
  // The logo is template data: it must stay inside the templates folder, like the template that names it.
  const path = normalize(join(templatesDir, file));
  const inside = relative(templatesDir, path);
  if (isAbsolute(file) || inside.startsWith('..') || isAbsolute(inside)) return fail('must be a path inside the templates folder');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? `no such file (${path})` : `cannot be read (${(error as Error).message})`);
  }
  const png = pngSize(bytes);
  const jpeg = png ? null : jpegSize(bytes);
  const size = png ?? jpeg;
  if (!size) return fail('not a PNG or JPEG image');
  if (size.width === 0 || size.height === 0) return fail('the image has no pixels');
  return { file, bytes, format: png ? 'png' : 'jpg', width: size.width, height: size.height };
}

/** The logo's height in the title block, in points: about two lines of body text, like a letterhead mark. */
export const LOGO_HEIGHT = 40;

/** The logo's drawn size in points at LOGO_HEIGHT, keeping its aspect ratio. */
export function logoSize(logo: TemplateLogo): { width: number; height: number } {
  return { width: (LOGO_HEIGHT * logo.width) / logo.height, height: LOGO_HEIGHT };
}
