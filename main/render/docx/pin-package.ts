import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { restoreChartMedia, type ChartMedia } from './chart-media.ts';
import type { FontStandIns } from './font-stand-ins.ts';
import { sha256Hex } from '../../text/sha256.ts';

const FONT_TABLE = 'word/fontTable.xml';
const FONT_TABLE_RELS = 'word/_rels/fontTable.xml.rels';
const DOCUMENT = 'word/document.xml';

/**
 * XORs the first 32 bytes of a font with its key, as ECMA-376 Part 1 §17.8.1 obfuscates embedded fonts: the key's
 * 16 bytes, read from the GUID's hex digits in reverse order. XOR is its own inverse, so this also de-obfuscates.
 */
export function obfuscateFont(data: Uint8Array, guid: string): Uint8Array {
  const hex = guid.replace(/[{}-]/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`not a font key GUID: ${guid}`);
  const key = (hex.match(/../g) ?? []).map((byte) => parseInt(byte, 16)).reverse();
  const out = Uint8Array.from(data);
  for (let i = 0; i < Math.min(32, out.length); i++) out[i] = (out[i] ?? 0) ^ (key[i % 16] ?? 0);
  return out;
}

/** A GUID derived from the font's bytes, so the same font always gets the same key. */
function contentGuid(data: Uint8Array): string {
  const hex = sha256Hex(data).slice(0, 32).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

/**
 * docx keys each embedded font with a random GUID: put each font in its stand-in's place (font-stand-ins.ts), keyed
 * from its own bytes.
 */
function pinFontKeys(files: Record<string, Uint8Array>, fonts: FontStandIns): void {
  const table = files[FONT_TABLE];
  const rels = files[FONT_TABLE_RELS];
  const placed = new Set<Buffer>();
  // A stand-in docx did not embed would leave a template font out of the file: refuse rather than write it.
  const checkAllPlaced = (): void => {
    if (placed.size !== fonts.count()) throw new Error(`${String(fonts.count() - placed.size)} font file(s) missing from the Word package`);
  };
  if (table === undefined || rels === undefined) return checkAllPlaced();
  const targets = new Map([...strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
    /\bId="([^"]+)"/.exec(m[0])?.[1], /\bTarget="([^"]+)"/.exec(m[0])?.[1],
  ]));
  const xml = strFromU8(table).replace(/<w:embed(Regular|Bold|Italic|BoldItalic)\b[^>]*\/>/g, (element) => {
    const id = /\br:id="([^"]+)"/.exec(element)?.[1];
    const oldKey = /\bw:fontKey="([^"]+)"/.exec(element)?.[1];
    const target = targets.get(id);
    const path = target === undefined ? undefined : `word/${target}`;
    const obfuscated = path === undefined ? undefined : files[path];
    if (oldKey === undefined || path === undefined || obfuscated === undefined) {
      throw new Error(`embedded font ${id ?? '?'} has no key or no file in the package`);
    }
    const font = fonts.fontFor(obfuscateFont(obfuscated, oldKey));
    // A font docx was given whole would be embedded as docx keyed it, or worse, a stand-in as a font: refuse both.
    if (font === undefined) throw new Error(`embedded font ${path} is not one of the template's font files`);
    placed.add(font);
    const newKey = contentGuid(font);
    files[path] = obfuscateFont(font, newKey);
    return element.replace(oldKey, newKey);
  });
  checkAllPlaced();
  files[FONT_TABLE] = strToU8(xml);
}

/**
 * Marks the body's section right-to-left (`w:bidi` in `w:sectPr`, ECMA-376 §17.6.1), which docx 9 cannot write:
 * Word then puts the gutter and the section's columns and page furniture in right-to-left order. The schema
 * places it just before `w:docGrid`.
 */
function markSectionBidi(files: Record<string, Uint8Array>): void {
  const document = files[DOCUMENT];
  if (document === undefined) throw new Error(`${DOCUMENT} missing from the package`);
  const xml = strFromU8(document);
  const sectStart = xml.lastIndexOf('<w:sectPr');
  const grid = xml.indexOf('<w:docGrid', sectStart);
  if (sectStart < 0 || grid < 0) throw new Error('the body has no section properties with a document grid');
  files[DOCUMENT] = strToU8(`${xml.slice(0, grid)}<w:bidi/>${xml.slice(grid)}`);
}

/**
 * Adds `w:cs` (ECMA-376 §17.3.2.7) after every `w:rtl` of a run, which docx 9 cannot write: the run's digits and
 * punctuation are then complex script too, set in the Arabic face and sized by `w:szCs` like the Arabic around
 * them. The schema places `w:cs` right after `w:rtl` in CT_RPr.
 */
function markRightToLeftRunsComplex(files: Record<string, Uint8Array>): void {
  for (const path of Object.keys(files)) {
    if (!/^word\/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$/.test(path)) continue;
    const data = files[path];
    if (data !== undefined) files[path] = strToU8(strFromU8(data).replace(/<w:rtl\/>(?!<w:cs\/>)/g, '<w:rtl/><w:cs/>'));
  }
}

/**
 * Makes a docx package a pure function of its content: the charts' pictures and the fonts put in place of their
 * stand-ins, fonts keyed from their bytes, the section marked bidi,
 * right-to-left runs marked complex script, and
 * the zip rewritten in the same entry order with every entry dated `now` (at noon of its UTC day, which exists in
 * every time zone, since zip dates are local times with no zone).
 */
export function pinPackage(bytes: Uint8Array, now: string, media: ChartMedia, fonts: FontStandIns): Uint8Array {
  const files = unzipSync(bytes);
  restoreChartMedia(files, media);
  pinFontKeys(files, fonts);
  markSectionBidi(files);
  markRightToLeftRunsComplex(files);
  const day = new Date(now);
  const mtime = new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12, 0, 0);
  const entries: Zippable = {};
  // A picture is compressed already (PNG, JPEG): deflating it again costs time and saves nothing.
  for (const [path, data] of Object.entries(files)) entries[path] = [data, { mtime, ...(/^word\/media\//.test(path) ? { level: 0 as const } : {}) }];
  return zipSync(entries, { level: 6 });
}
