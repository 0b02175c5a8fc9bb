// PDF export speed: a ~20-page brief (the sample's items repeated) through renderPdf, beside headless Chromium
// printing an HTML rendering of the same brief, both measured in this run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Brief } from '../../main/model/brief.ts';
import { ACTOR_TYPE_LABEL, COLUMN } from '../../main/render/brief-labels.ts';
import { loadTemplate } from '../../main/render/load-template.ts';
import { renderPdfWithLog } from '../../main/render/pdf/render-pdf.ts';
import type { BenchRow } from './bench-row.ts';
import { largeBrief, timeMs } from './corpus.ts';

const ROOT = join(import.meta.dirname, '../..');
const NOW = '2025-04-10T09:00:00.000Z';
const RUNS = 5;
const CHROMIUM_RUNS = 3;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same brief as right-to-left HTML in the same fonts, for Chromium to print. */
export function briefHtml(brief: Brief): string {
  const font = (name: string, file: string, weight: number): string =>
    `@font-face{font-family:'${name}';src:url('${pathToFileURL(join(ROOT, 'fonts', file)).href}');font-weight:${weight}}`;
  const cite = (ids: string[]): string => ids.map((id) => brief.sources.findIndex((s) => s.id === id) + 1).join('، ');
  const kept = <T extends { included: boolean }>(items: T[]): T[] => items.filter((i) => i.included);
  return `<!doctype html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><style>
${font('Amiri', 'Amiri-Regular.ttf', 400)}${font('Amiri', 'Amiri-Bold.ttf', 700)}${font('Kufi', 'NotoKufiArabic-Bold.ttf', 700)}
@page{size:A4;margin:64px 56px 60px}body{font-family:Amiri;font-size:12.5pt;line-height:1.65;text-align:justify}
h1,h2{font-family:Kufi}table{width:100%;border-collapse:collapse;font-size:9.5pt}td,th{border-bottom:.5pt solid #b8c4cc;padding:4pt;text-align:start}
sup{color:#1f6f8b}</style></head><body>
<h1>${esc(brief.title)}</h1>
<h2>الخلاصة</h2><ul>${kept(brief.summary).map((p) => `<li>${esc(p.text)}<sup>${cite(p.sources.map((c) => c.sourceId))}</sup></li>`).join('')}</ul>
<h2>الفاعلون</h2><table><tr>${[COLUMN.name, COLUMN.type, COLUMN.roles, COLUMN.mentions, COLUMN.sources].map((h) => `<th>${h}</th>`).join('')}</tr>
${kept(brief.actors).map((a) => `<tr><td><b>${esc(a.name)}</b> (${esc(a.aliases.join('، '))})</td><td>${ACTOR_TYPE_LABEL[a.type]}</td><td>${esc(a.roles.join('؛ '))}</td><td>${a.mentions}</td><td>${cite(a.sources.map((c) => c.sourceId))}</td></tr>`).join('')}</table>
<h2>التسلسل الزمني</h2><table><tr>${[COLUMN.date, COLUMN.event, COLUMN.sources].map((h) => `<th>${h}</th>`).join('')}</tr>
${kept(brief.timeline).map((t) => `<tr><td>${t.date}</td><td>${esc(t.text)}</td><td>${cite(t.sources.map((c) => c.sourceId))}</td></tr>`).join('')}</table>
<h2>أسئلة مفتوحة</h2><ul>${kept(brief.openQuestions).map((q) => `<li>${esc(q.text)}<sup>${cite(q.evidence.map((c) => c.sourceId))}</sup></li>`).join('')}</ul>
<h2>المصادر</h2><ol>${brief.sources.map((s) => `<li>${esc(s.outlet ?? '')} — ${esc(s.title ?? s.file)}</li>`).join('')}</ol>
</body></html>`;
}

export async function benchPdf(): Promise<BenchRow[]> {
  const brief = largeBrief(11);
  const template = loadTemplate('standard', join(ROOT, 'templates'));
  const fontsDir = join(ROOT, 'fonts');
  await renderPdfWithLog(brief, template, { fontsDir, now: NOW }); // warm-up: WASM, font parsing
  let pages = 0;
  let bytes = 0;
  const pdfMs = await timeMs(async () => {
    const out = await renderPdfWithLog(brief, template, { fontsDir, now: NOW });
    pages = out.pages;
    bytes = out.bytes.length;
  }, RUNS);

  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-bench-pdf-'));
  const html = join(dir, 'brief.html');
  const pdf = join(dir, 'chromium.pdf');
  writeFileSync(html, briefHtml(brief));
  const chromiumMs = await timeMs(() => {
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, html], { stdio: 'ignore', timeout: 120_000 });
  }, CHROMIUM_RUNS);
  const chromiumPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? '0');
  const reference = { name: `headless Chromium --print-to-pdf, same brief as HTML (${chromiumPages} pages)`, value: chromiumMs, unit: 'ms' };
  return [
    { name: `renderPdf, ${pages}-page brief (median of ${RUNS})`, value: pdfMs, unit: 'ms', reference },
    { name: 'renderPdf file size', value: bytes / 1024, unit: 'KiB', reference: { name: 'Chromium PDF size', value: statSync(pdf).size / 1024, unit: 'KiB' } },
  ];
}
