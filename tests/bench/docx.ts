// Word export speed and size: a ~20-page brief (the sample's items repeated), with and without embedded fonts,
// beside renderPdf of the same brief measured in this run.
import { join } from 'node:path';
import type { Brief } from '../../main/model/brief.ts';
import { renderDocx } from '../../main/render/docx/render-docx.ts';
import { loadTemplate } from '../../main/render/load-template.ts';
import { renderPdf } from '../../main/render/pdf/render-pdf.ts';
import type { Template } from '../../main/render/template.ts';
import type { BenchRow } from './bench-row.ts';
import { largeBrief, timeMs } from './corpus.ts';

const ROOT = join(import.meta.dirname, '../..');
const FONTS = join(ROOT, 'fonts');
const NOW = '2025-04-10T09:00:00.000Z';
const RUNS = 5;

async function docxExport(brief: Brief, template: Template): Promise<{ ms: number; bytes: number }> {
  let bytes = 0;
  const ms = await timeMs(async () => {
    bytes = (await renderDocx(brief, template, { fontsDir: FONTS, now: NOW })).length;
  }, RUNS);
  return { ms, bytes };
}

export async function benchDocx(): Promise<BenchRow[]> {
  const brief = largeBrief(4);
  const standard = loadTemplate('standard', join(ROOT, 'templates'));
  const plain = await docxExport(brief, { ...standard, docx: { ...standard.docx, embedFonts: false } });
  const embedded = await docxExport(brief, { ...standard, docx: { ...standard.docx, embedFonts: true } });
  await renderPdf(brief, standard, { fontsDir: FONTS, now: NOW }); // warm-up: WASM, font parsing
  const pdfMs = await timeMs(() => renderPdf(brief, standard, { fontsDir: FONTS, now: NOW }), RUNS);
  const pdfRef = { name: 'renderPdf of the same brief', value: Math.round(pdfMs), unit: 'ms' };
  const plainRef = { name: 'docx export, fonts not embedded', value: Math.round(plain.ms), unit: 'ms' };
  return [
    { name: 'docx export, ~20-page brief, fonts not embedded', value: Math.round(plain.ms), unit: 'ms', reference: pdfRef },
    { name: 'docx export, ~20-page brief, fonts embedded', value: Math.round(embedded.ms), unit: 'ms', reference: plainRef },
    { name: 'docx size, fonts not embedded', value: Math.round(plain.bytes / 1024), unit: 'KB' },
    { name: 'docx size, fonts embedded', value: Math.round(embedded.bytes / 1024), unit: 'KB',
      reference: { name: 'docx size, fonts not embedded', value: Math.round(plain.bytes / 1024), unit: 'KB' } },
  ];
}
