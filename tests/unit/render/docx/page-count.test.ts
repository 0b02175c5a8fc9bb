// The Word file's page count the export screen shows: stated by the file's properties when a writer set them, else
// estimated. The estimate is checked against what LibreOffice lays out: the page images of tests/golden/docx (one
// PNG per page, reviewed by eye; golden-pages.test.ts makes them with LibreOffice) give each case's page count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../../main/model/brief.ts';
import { docxPageCount } from '../../../../main/render/docx/page-count.ts';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { loadTemplate } from '../../../../main/render/load-template.ts';
import { FONTS_DIR, NOW, ROOT, sampleBrief } from './docx-parts.ts';

const TEMPLATES_DIR = join(ROOT, 'templates');
const hardBrief = (): Brief => Brief.parse(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/briefs/hard.json'), 'utf8')));
const CASES = [
  { name: 'standard', brief: sampleBrief, template: 'standard' },
  { name: 'agency', brief: sampleBrief, template: 'agency' },
  { name: 'flash', brief: sampleBrief, template: 'flash' },
  { name: 'letter', brief: sampleBrief, template: 'letter' },
  { name: 'hard', brief: hardBrief, template: 'standard' },
];
const goldenPages = (name: string): number => readdirSync(join(ROOT, 'tests/golden/docx')).filter((f) => new RegExp(`^${name}-\\d+\\.png$`).test(f)).length;
const docx = async (brief: Brief, template: string): Promise<Uint8Array> =>
  renderDocx(brief, loadTemplate(template, TEMPLATES_DIR), { fontsDir: FONTS_DIR, templatesDir: TEMPLATES_DIR, now: NOW });

describe('a Word file’s page count', () => {
  it('is estimated, and said to be, for Mawjaz’s own files, which state no count: LibreOffice’s count on every golden case', async () => {
    for (const c of CASES) {
      expect(goldenPages(c.name), c.name).toBeGreaterThan(0);
      expect(docxPageCount(await docx(c.brief(), c.template)), c.name).toEqual({ pages: goldenPages(c.name), basis: 'estimate' });
    }
  }, 60_000);

  it('grows with the text: the same brief with its summary three times over takes more pages', async () => {
    const brief = sampleBrief();
    const longer = { ...brief, summary: [0, 1, 2].flatMap((n) => brief.summary.map((p) => ({ ...p, id: `${p.id}-${n}` }))) };
    expect(docxPageCount(await docx(longer, 'standard')).pages).toBeGreaterThan(docxPageCount(await docx(brief, 'standard')).pages);
  }, 30_000);

  it('is the count the file’s properties state, when a writer set one', async () => {
    const files = unzipSync(await docx(sampleBrief(), 'standard'));
    files['docProps/app.xml'] = strToU8('<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>12</Pages></Properties>');
    expect(docxPageCount(zipSync(files))).toEqual({ pages: 12, basis: 'properties' });
  });
});
