// The Word file as a reader sees it: LibreOffice converts it to PDF, pdftoppm renders each page, and every page is
// compared with a page image reviewed by eye (tests/golden/docx). UPDATE_GOLDEN=1 rewrites them; look at every new
// image before committing it. The hard brief carries a long actor list, English items, mixed-direction text, URLs
// and e-mail addresses; its converted text is checked too.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Brief } from '../../../../main/model/brief.ts';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { loadTemplate } from '../../../../main/render/load-template.ts';
import type { Template } from '../../../../main/render/template.ts';
import { decodeGrayPng, diffRatio } from '../pdf/png-gray.ts';
import { docxParts, FONTS_DIR, NOW, ROOT, sampleBrief } from './docx-parts.ts';
import { all } from './xml-tree.ts';
import { arabicWords, latinGradesInPdfWords, latinGradesInXml } from './lo-text.ts';
import { busyBrief, busyMapTemplate, busyTemplate } from '../../../helpers/busy-brief.ts';
import { gradedSeedsBrief, seedsBrief } from '../../../helpers/graded-brief.ts';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const TOLERANCE = 0.003;
const GOLDEN_DIR = join(ROOT, 'tests/golden/docx');
const TEMPLATES_DIR = join(ROOT, 'templates');
const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const tools = has('soffice') && has('pdftoppm') && has('pdftotext');

function hardBrief(): Brief {
  return Brief.parse(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/briefs/hard.json'), 'utf8')));
}

// `firstPage`: only the first page is compared (the graded brief's grades and legend are all on it); `lastPage`: only
// the last (the seeds' actor map, the agency template's last annex).
const CASES: { name: string; brief: () => Brief; template: string; change?: (t: Template) => Template; firstPage?: boolean; lastPage?: boolean }[] = [
  { name: 'standard', brief: sampleBrief, template: 'standard' },
  { name: 'agency', brief: sampleBrief, template: 'agency' },
  { name: 'flash', brief: sampleBrief, template: 'flash' },
  { name: 'letter', brief: sampleBrief, template: 'letter' },
  { name: 'hard', brief: hardBrief, template: 'standard' },
  // Graded outlets in a template that writes NATO's Latin letters ("B2").
  { name: 'graded', brief: gradedSeedsBrief, template: 'agency', firstPage: true },
  // Arabic grade letters («هـ3»): the line that holds a point's note reference is justified without gaps in words.
  { name: 'graded-standard', brief: gradedSeedsBrief, template: 'standard', firstPage: true },
  { name: 'seeds-map', brief: seedsBrief, template: 'agency', lastPage: true },
  // The timeline chart's busy axis: a brief of 600 articles, its chart alone on the last page.
  { name: 'busy-timeline', brief: busyBrief, template: 'standard', change: busyTemplate, lastPage: true },
  // The same brief's crowded actor map: its named actors and the small unnamed ones inside the ring.
  { name: 'busy-map', brief: busyBrief, template: 'standard', change: busyMapTemplate, lastPage: true },
];

describe.skipIf(!tools)('Word pages through LibreOffice against reviewed golden images', () => {
  let dir: string;

  // One LibreOffice run converts every case (its start-up is most of the cost).
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mawjaz-docx-golden-'));
    for (const c of CASES) {
      const loaded = loadTemplate(c.template, TEMPLATES_DIR);
      const template = c.change ? c.change(loaded) : loaded;
      writeFileSync(join(dir, `${c.name}.docx`), await renderDocx(c.brief(), template, { fontsDir: FONTS_DIR, templatesDir: TEMPLATES_DIR, now: NOW }));
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf',
      '--outdir', dir, ...CASES.map((c) => join(dir, `${c.name}.docx`))], { timeout: 180_000, stdio: 'ignore' });
  }, 400_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const c of CASES) {
    it(`${c.name}: every page matches its golden PNG`, () => {
      const pages = join(dir, `${c.name}-pages`);
      execFileSync('mkdir', ['-p', pages]);
      const last = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, `${c.name}.pdf`)], { encoding: 'utf8' }))?.[1] ?? '1';
      const only = c.firstPage ? ['-f', '1', '-l', '1'] : c.lastPage ? ['-f', last, '-l', last] : [];
      execFileSync('pdftoppm', ['-png', '-gray', '-r', '80', ...only, join(dir, `${c.name}.pdf`), join(pages, 'page')]);
      const files = readdirSync(pages).filter((f) => f.endsWith('.png')).sort();
      expect(files.length).toBeGreaterThan(0);
      files.forEach((file, i) => {
        const golden = join(GOLDEN_DIR, `${c.name}-${i + 1}.png`);
        if (UPDATE) copyFileSync(join(pages, file), golden);
        expect(existsSync(golden), `${golden} is missing; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
        const ratio = diffRatio(decodeGrayPng(readFileSync(join(pages, file))), decodeGrayPng(readFileSync(golden)));
        expect(ratio, `${c.name} page ${i + 1} differs from ${golden}`).toBeLessThanOrEqual(TOLERANCE);
      });
      if (!UPDATE && c.firstPage !== true && c.lastPage !== true) {
        const goldens = readdirSync(GOLDEN_DIR).filter((f) => new RegExp(`^${c.name}-\\d+\\.png$`).test(f));
        expect(goldens.length, 'page count').toBe(files.length);
      }
    });
  }

  it('flash fits its one page', () => {
    const info = execFileSync('pdfinfo', [join(dir, 'flash.pdf')], { encoding: 'utf8' });
    expect(/Pages:\s+(\d+)/.exec(info)?.[1]).toBe('1');
  });

  // LibreOffice cut «E3» after its letter when a point's last word, its footnote reference and the grade met a line's
  // end (citation-notes.ts gradeRuns): every grade the Word file holds reads back as one word.
  it('graded: every grade reads back whole, none split across lines', () => {
    const parts = docxParts(readFileSync(join(dir, 'graded.docx')));
    const text = (path: string): string => new TextDecoder().decode(parts.raw(path));
    const written = latinGradesInXml(text('word/document.xml')) + latinGradesInXml(text('word/footnotes.xml'));
    const bbox = execFileSync('pdftotext', ['-bbox', join(dir, 'graded.pdf'), '-'], { encoding: 'utf8' });
    expect(written).toBeGreaterThan(10);
    expect(latinGradesInPdfWords(bbox)).toBe(written);
  });

  it('hard brief: every actor named, Latin, URLs and e-mails whole with their own digits', () => {
    const text = execFileSync('pdftotext', [join(dir, 'hard.pdf'), '-'], { encoding: 'utf8' });
    const stream = arabicWords(text).join(' ');
    const brief = hardBrief();
    for (const actor of brief.actors.filter((a) => a.included)) {
      const words = arabicWords(actor.name);
      if (words.length > 0) expect(stream, actor.name).toContain(words.join(' '));
      // A Latin name may wrap in its cell: each of its words is there.
      else for (const word of actor.name.split(' ')) expect(text, actor.name).toContain(word);
    }
    const flat = text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    expect(flat).toContain('https://moi.example.iq/news/2025/01');
    expect(flat).toContain('press@moi.example.iq');
    expect(flat).toContain('738c4e5b00d9a6d1.txt_004');
    expect(flat).toMatch(/The Iraqi army said it returned 1,905 Syrian soldiers/);
    expect(flat).toMatch(/12 January 2025\)\./);
  });

  it('hard brief: the sources column of every table row reads back with that row\'s source numbers', () => {
    const brief = hardBrief();
    const template = loadTemplate('standard', TEMPLATES_DIR);
    const numberOf = new Map(brief.sources.map((s, i) => [s.id, String(i + 1)]));
    const rows = [...brief.actors, ...brief.timeline].filter((item) => item.included)
      .map((item) => [...new Set(item.sources.map((c) => numberOf.get(c.sourceId) ?? '?'))].sort());
    // The sources column is the last (leftmost) of each table; its cells end at its right edge, less the cell margin.
    const document = docxParts(readFileSync(join(dir, 'hard.docx'))).xml('word/document.xml');
    const edges = all(document, 'w:tblGrid').map((grid) => {
      const widths = all(grid, 'w:gridCol').map((g) => Number(g.attrs['w:w']));
      return template.page.margins.inline + (widths.at(-1) ?? 0) / 20 - 5;
    });
    const layout = execFileSync('pdftotext', ['-bbox-layout', join(dir, 'hard.pdf'), '-'], { encoding: 'utf8' });
    const cells: string[][] = [];
    for (const block of layout.matchAll(/<block xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([\s\S]*?)<\/block>/g)) {
      const words = [...(block[2] ?? '').matchAll(/>([^<]+)<\/word>/g)].map((w) => w[1] ?? '').join(' ');
      if (edges.some((edge) => Math.abs(Number(block[1]) - edge) < 3) && /^[0-9،, —\u200f]+$/.test(words)) {
        cells.push((words.match(/[0-9]+/g) ?? []).sort());
      }
    }
    expect(cells).toEqual(rows);
  });
});
