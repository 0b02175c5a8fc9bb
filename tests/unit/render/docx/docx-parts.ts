// Test helpers: the sample brief, the standard template and a rendered package's parts as XML trees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { Brief } from '../../../../main/model/brief.ts';
import { loadTemplate } from '../../../../main/render/load-template.ts';
import type { Template } from '../../../../main/render/template.ts';
import { parseXml, type XmlNode } from './xml-tree.ts';

export const ROOT = join(import.meta.dirname, '../../../..');
export const FONTS_DIR = join(ROOT, 'fonts');
export const NOW = '2025-04-10T09:00:00.000Z';

export function sampleBrief(): Brief {
  return Brief.parse(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/briefs/sample.json'), 'utf8')));
}

export function standardTemplate(change: (t: Template) => Template = (t) => t): Template {
  return change(loadTemplate('standard', join(ROOT, 'templates')));
}

/** A package's parts parsed as XML trees on demand. */
export function docxParts(bytes: Uint8Array): { paths: string[]; xml(path: string): XmlNode; raw(path: string): Uint8Array } {
  const files = unzipSync(bytes);
  const raw = (path: string): Uint8Array => {
    const data = files[path];
    if (data === undefined) throw new Error(`no part ${path}`);
    return data;
  };
  return { paths: Object.keys(files), raw, xml: (path) => parseXml(strFromU8(raw(path))) };
}
