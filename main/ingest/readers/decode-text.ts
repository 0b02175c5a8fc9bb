import chardet from 'chardet';
import iconv from 'iconv-lite';
import { IngestError } from './ingest-error.ts';
import { sniffFileKind } from './file-signature.ts';

export interface DecodedText {
  /** The text with line endings normalised to \n and any byte-order mark removed. */
  text: string;
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1256' or 'iso-8859-6'. */
  encoding: string;
}

export interface DecodeOptions {
  /** A charset the document itself declares (an HTML <meta charset>), tried first among the legacy encodings. */
  declaredCharset?: string;
  /** The bytes are HTML: judge whether a legacy decoding reads as Arabic on the text between the tags. */
  markup?: boolean;
}

// Enough to judge a file's nature without scanning 20 MB byte by byte.
const SAMPLE_BYTES = 64 * 1024;

/** The legacy encodings Arabic text is still found in, by the names iconv-lite and chardet use. */
const ARABIC_LEGACY: Readonly<Record<string, string>> = {
  'windows-1256': 'windows-1256',
  cp1256: 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'iso_8859-6': 'iso-8859-6',
  'iso-ir-127': 'iso-8859-6',
  'asmo-708': 'iso-8859-6',
  arabic: 'iso-8859-6',
};

/**
 * Decodes a text file's bytes (WHATWG Encoding: UTF-8 with and without BOM, UTF-16 LE/BE with a BOM or
 * recognised by where its zero bytes fall, and the legacy Arabic encodings Windows-1256 and ISO-8859-6).
 * A legacy encoding is accepted only when the result reads as Arabic text, because any byte sequence
 * "decodes" in a single-byte charset. Throws IngestError 'empty', 'binary' or 'encoding'.
 */
export function decodeText(bytes: Uint8Array, file: string, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) throw new IngestError(file, 'empty', 'the file is empty');
  const decoded = decodeBytes(bytes, file, options);
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(file, 'empty', 'the file contains only white space');
  return { text, encoding: decoded.encoding };
}

function decodeBytes(bytes: Uint8Array, file: string, options: DecodeOptions): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    if (text === undefined) throw new IngestError(file, 'encoding', 'the file starts with a UTF-8 marker but is not valid UTF-8');
    return { text, encoding: 'utf-8-bom' };
  }
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (bom !== undefined) {
    const text = strictDecode(bom, bytes.subarray(2));
    if (text === undefined) throw new IngestError(file, 'encoding', `the file starts with a ${bom.toUpperCase()} marker but is not valid ${bom.toUpperCase()}`);
    return { text, encoding: bom };
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  // The whole file, not the sample: a NUL anywhere would otherwise pass strict UTF-8 and end up in the text.
  if (bytes.indexOf(0) >= 0) {
    const guess = guessBomlessUtf16(sample);
    const text = guess === undefined ? undefined : strictDecode(guess, bytes);
    if (guess !== undefined && text !== undefined && looksLikeText(text.slice(0, SAMPLE_BYTES))) return { text, encoding: guess };
    throw binaryError(file, bytes);
  }
  if (controlByteRatio(sample) > 0.005) throw binaryError(file, bytes);

  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };

  for (const encoding of legacyCandidates(bytes, options.declaredCharset)) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
    const prose = options.markup ? textBetweenTags(text) : text;
    if (plausiblyArabic(prose.slice(0, SAMPLE_BYTES))) return { text, encoding };
  }
  throw new IngestError(file, 'encoding', 'the text is not valid UTF-8 and not a recognised Arabic encoding (Windows-1256, ISO-8859-6); save it as UTF-8');
}

function strictDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function binaryError(file: string, bytes: Uint8Array): IngestError {
  const kind = sniffFileKind(bytes);
  return new IngestError(file, 'binary', kind === undefined ? 'the file is binary, not text' : `the file is binary, not text (it looks like ${kind})`);
}

/**
 * UTF-16 without a BOM: every ASCII character (spaces, digits, punctuation, even in Arabic text) has a zero
 * high byte, so zero bytes pile up on one parity — odd offsets for little-endian, even for big-endian.
 */
function guessBomlessUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = sample.length - (sample.length % 2);
  if (length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const pairs = length / 2;
  if (odd >= pairs * 0.05 && even <= odd * 0.02) return 'utf-16le';
  if (even >= pairs * 0.05 && odd <= even * 0.02) return 'utf-16be';
  return undefined;
}

/** C0 control bytes other than tab, line feed, form feed, carriage return and escape, per byte. */
function controlByteRatio(sample: Uint8Array): number {
  let controls = 0;
  // An index loop: for…of over a typed array runs several times slower until it is optimised, and every file
  // an import reads passes here.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] ?? 0;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++;
  }
  return controls / Math.max(1, sample.length);
}

function legacyCandidates(bytes: Uint8Array, declared: string | undefined): string[] {
  const names: string[] = [];
  const add = (name: string | undefined): void => {
    const canonical = name === undefined ? undefined : ARABIC_LEGACY[name.trim().toLowerCase()];
    if (canonical !== undefined && !names.includes(canonical)) names.push(canonical);
  };
  add(declared);
  for (const match of chardet.analyse(bytes.subarray(0, SAMPLE_BYTES))) add(match.name);
  // chardet needs a few hundred bytes to be sure; a short Arabic note still deserves a try.
  add('windows-1256');
  return names;
}

/** A rough view of an HTML page's prose (scripts, styles, comments, tags and entities gone), only for judging its charset. */
function textBetweenTags(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ');
}

/** Decoded text made of letters, marks, digits, punctuation and spaces, with almost no controls or unassigned code points. */
function looksLikeText(text: string): boolean {
  let visible = 0;
  let odd = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    visible++;
    if (!/[\p{L}\p{M}\p{N}\p{P}\p{S}\u200C-\u200F]/u.test(ch)) odd++;
  }
  return visible > 0 && odd <= visible * 0.01;
}

/**
 * Whether a single-byte decoding reads as Arabic prose: mostly Arabic letters among the letters, hardly any
 * symbols, controls or replacement characters (what wrong-charset bytes turn into), and words separated by spaces.
 */
export function plausiblyArabic(text: string): boolean {
  let visible = 0;
  let spaces = 0;
  let letters = 0;
  let arabic = 0;
  let odd = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      spaces++;
      continue;
    }
    visible++;
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    } else if (!/[\p{M}\p{N}\p{P}\u200C-\u200F]/u.test(ch)) {
      odd++;
    }
  }
  const spaced = visible < 40 || spaces * 25 >= visible;
  return letters >= 2 && arabic >= letters * 0.6 && odd <= visible * 0.03 && spaced;
}
