// Word export speed and size: a ~20-page brief (the sample's items repeated), with and without embedded fonts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Brief } from '../../main/briefing/brief.ts';
import { renderDocx } from '../../main/render/docx/render-docx.ts';
import { loadTemplate } from '../../main/render/load-template.ts';
import type { Template } from '../../main/render/template.ts';
import type { BenchRow } from './bench-row.ts';

const ROOT = join(import.meta.dirname, '../..');
const NOW = '2025-04-10T09:00:00.000Z';
const RUNS = 5;

/** The sample brief with every item list repeated `times` times (ids kept unique): about 20 pages at 4×. */
function largeBrief(times: number): Brief {
  const sample = Brief.parse(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/briefs/sample.json'), 'utf8')));
  const repeat = <T extends { id: string }>(items: T[]): T[] =>
    Array.from({ length: times }, (_, n) => items.map((item) => ({ ...item, id: `${item.id}-${n}` }))).flat();
  return {
    ...sample,
    summary: repeat(sample.summary),
    actors: repeat(sample.actors),
    timeline: repeat(sample.timeline),
    openQuestions: repeat(sample.openQuestions),
  };
}

async function median(brief: Brief, template: Template): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    bytes = (await renderDocx(brief, template, { fontsDir: join(ROOT, 'fonts'), now: NOW })).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)] ?? 0, bytes };
}

export async function benchDocx(): Promise<BenchRow[]> {
  const brief = largeBrief(4);
  const standard = loadTemplate('standard', join(ROOT, 'templates'));
  const plain = await median(brief, { ...standard, docx: { ...standard.docx, embedFonts: false } });
  const embedded = await median(brief, { ...standard, docx: { ...standard.docx, embedFonts: true } });
  const plainRef = { name: 'docx export, fonts not embedded', value: Math.round(plain.ms), unit: 'ms' };
  return [
    { name: 'docx export, ~20-page brief, fonts not embedded', value: Math.round(plain.ms), unit: 'ms' },
    { name: 'docx export, ~20-page brief, fonts embedded', value: Math.round(embedded.ms), unit: 'ms', reference: plainRef },
    { name: 'docx size, fonts not embedded', value: Math.round(plain.bytes / 1024), unit: 'KB' },
    { name: 'docx size, fonts embedded', value: Math.round(embedded.bytes / 1024), unit: 'KB',
      reference: { name: 'docx size, fonts not embedded', value: Math.round(plain.bytes / 1024), unit: 'KB' } },
  ];
}
