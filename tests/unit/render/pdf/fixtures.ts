import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Brief } from '../../../../main/model/brief.ts';
import { loadTemplate } from '../../../../main/render/load-template.ts';
import type { Template } from '../../../../main/render/template.ts';

export const root = fileURLToPath(new URL('../../../../', import.meta.url));
export const fontsDir = join(root, 'fonts');
export const templatesDir = join(root, 'templates');
export const goldenDir = join(root, 'tests/golden/pdf');
export const NOW = '2025-04-10T09:00:00.000Z';

export function sampleBrief(): Brief {
  return Brief.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/briefs/sample.json'), 'utf8')));
}

export function template(name: string): Template {
  return loadTemplate(name, templatesDir);
}

const scratch = mkdtempSync(join(tmpdir(), 'mawjaz-pdf-'));
let counter = 0;

/** Writes the PDF to a scratch file and returns its path, for the poppler tools. */
export function pdfFile(bytes: Uint8Array): string {
  const path = join(scratch, `doc-${++counter}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

export function pdftotext(path: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8' });
}

export function pageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0');
}

/** Words of pdftotext -bbox output, per page, with their boxes. */
export interface BoxWord { page: number; xMin: number; xMax: number; yMin: number; yMax: number; text: string }
export function bboxWords(path: string): BoxWord[] {
  const html = pdftotext(path, '-bbox');
  const words: BoxWord[] = [];
  let page = -1;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) {
      const text = (m[5] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
      words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text });
    }
  }
  return words;
}
