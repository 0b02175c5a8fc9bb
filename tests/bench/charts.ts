// Export time with each chart beside the same export without it, all measured in this run: what a chart (layout,
// vector drawing and shaped labels in the PDF; the 300 dpi raster in the Word file) costs. The timeline chart on the
// sample four times over; the actor map on the seeds' brief (84 actors, their ties from shared sentences and events).
import { join } from 'node:path';
import { renderDocx } from '../../main/render/docx/render-docx.ts';
import { loadTemplate } from '../../main/render/load-template.ts';
import { renderPdf } from '../../main/render/pdf/render-pdf.ts';
import type { Template } from '../../main/render/template.ts';
import type { BenchRow } from './bench-row.ts';
import { seedsBrief } from '../helpers/graded-brief.ts';
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
    ...await benchActorMap(withChart, plainDocx),
  ];
}

/** The actor map after the actors' section of the standard template, against the same template without it. */
async function benchActorMap(standard: Template, plainDocx: (t: Template) => Template): Promise<BenchRow[]> {
  const brief = seedsBrief();
  const mapOn: Template = { ...standard, charts: { ...standard.charts, actors: { ...standard.charts.actors, placement: 'after-actors' } } };
  const mapOff: Template = { ...standard, charts: { ...standard.charts, actors: { ...standard.charts.actors, placement: 'off' } } };
  const options = { fontsDir: FONTS, now: NOW };
  await renderPdf(brief, mapOn, options);
  const pdfOff = await timeMs(() => renderPdf(brief, mapOff, options), RUNS);
  const pdfOn = await timeMs(() => renderPdf(brief, mapOn, options), RUNS);
  const docxOff = await timeMs(() => renderDocx(brief, plainDocx(mapOff), options), RUNS);
  const docxOn = await timeMs(() => renderDocx(brief, plainDocx(mapOn), options), RUNS);
  const actors = brief.actors.filter((a) => a.included).length;
  return [
    { name: `renderPdf with the actor map, ${actors} actors, the ${standard.charts.actors.nodes} most central drawn (median of ${RUNS})`, value: pdfOn, unit: 'ms',
      reference: { name: 'renderPdf without it', value: pdfOff, unit: 'ms' } },
    { name: `renderDocx with the actor map as a 300 dpi PNG (median of ${RUNS})`, value: docxOn, unit: 'ms',
      reference: { name: 'renderDocx without it', value: docxOff, unit: 'ms' } },
  ];
}
