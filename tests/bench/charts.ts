// Export time with the timeline chart beside the same export without it, both measured in this run: what the
// chart (layout, vector drawing and shaped labels in the PDF; the 300 dpi raster in the Word file) costs.
import { join } from 'node:path';
import { renderDocx } from '../../main/render/docx/render-docx.ts';
import { loadTemplate } from '../../main/render/load-template.ts';
import { renderPdf } from '../../main/render/pdf/render-pdf.ts';
import type { Template } from '../../main/render/template.ts';
import type { BenchRow } from './bench-row.ts';
import { largeBrief, timeMs } from './corpus.ts';

const ROOT = join(import.meta.dirname, '../..');
const FONTS = join(ROOT, 'fonts');
const NOW = '2025-04-10T09:00:00.000Z';
const RUNS = 3;

export async function benchCharts(): Promise<BenchRow[]> {
  // The sample's items four times over: a timeline of 40 entries, a busy axis.
  const brief = largeBrief(4);
  const withChart = loadTemplate('standard', join(ROOT, 'templates'));
  const without: Template = { ...withChart, charts: { ...withChart.charts, timeline: { ...withChart.charts.timeline, placement: 'off' } } };
  const docxOptions = { fontsDir: FONTS, now: NOW };
  const plainDocx = (t: Template): Template => ({ ...t, docx: { ...t.docx, embedFonts: false } });
  await renderPdf(brief, withChart, { fontsDir: FONTS, now: NOW }); // warm-up: WASM, font parsing
  const pdfOff = await timeMs(() => renderPdf(brief, without, { fontsDir: FONTS, now: NOW }), RUNS);
  const pdfOn = await timeMs(() => renderPdf(brief, withChart, { fontsDir: FONTS, now: NOW }), RUNS);
  const docxOff = await timeMs(() => renderDocx(brief, plainDocx(without), docxOptions), RUNS);
  const docxOn = await timeMs(() => renderDocx(brief, plainDocx(withChart), docxOptions), RUNS);
  return [
    { name: `renderPdf with the timeline chart, ${brief.timeline.length} entries (median of ${RUNS})`, value: pdfOn, unit: 'ms',
      reference: { name: 'renderPdf without it', value: pdfOff, unit: 'ms' } },
    { name: `renderDocx with the timeline chart as a 300 dpi PNG (median of ${RUNS})`, value: docxOn, unit: 'ms',
      reference: { name: 'renderDocx without it', value: docxOff, unit: 'ms' } },
  ];
}
