// A Latin grade after a footnote reference, laid out by LibreOffice at sixty positions near a line's end: the grade
// stays whole («E4», never «E» | «4»). LibreOffice (7.4) cuts whatever follows a footnote anchor by width when it does
// not fit, wherever that is: a bare run «\u202fE4» and an isolate without a break opportunity were both cut between
// letter and digit here, so the grade keeps its zero-width space (citation-notes.ts gradeRuns) and may open the next
// line whole, its reference left at the end of the line before.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { briefStylesXml, STYLE } from '../../../../main/render/docx/brief-styles.ts';
import { createCitationNotes } from '../../../../main/render/docx/citation-notes.ts';
import { textRuns } from '../../../../main/render/docx/text-runs.ts';
import { sampleBrief, standardTemplate } from './docx-parts.ts';

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const tools = has('soffice') && has('pdftotext');
const WORDS = 'أعلنت السلطات العراقية أنها أعادت الجنود السوريين عبر معبر القائم بعد مفاوضات طويلة مع دمشق والأمم المتحدة'.split(' ');
const PARAGRAPHS = 60;

interface Word { x0: number; x1: number; y: number; text: string }

function words(bbox: string): Word[] {
  return [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
    .map((m) => ({ x0: Number(m[1]), y: Number(m[2]), x1: Number(m[3]), text: (m[4] ?? '').replace(/[\u200b-\u200f\u2066-\u2069]/g, '') }));
}

describe('a Latin grade after a footnote reference, through LibreOffice', () => {
  let dir = '';
  let found: Word[] = [];

  beforeEach(({ skip }) => skip(!tools, 'LibreOffice (soffice) or pdftotext is not on PATH'));

  beforeAll(async () => {
    if (!tools) return;
    dir = mkdtempSync(join(tmpdir(), 'mawjaz-grade-note-'));
    const brief = sampleBrief();
    const template = standardTemplate((t) => ({ ...t, gradeLetters: 'latin', docx: { ...t.docx, citations: 'footnotes', embedFonts: false } }));
    const notes = createCitationNotes(brief, template);
    const source = brief.sources[0];
    if (!source) throw new Error('the sample brief has no source');
    // One word more, or one letter longer, each paragraph: some end exactly where the reference and its grade fall.
    const children = Array.from({ length: PARAGRAPHS }, (_, n) => new Paragraph({
      style: STYLE.normal,
      bidirectional: true,
      children: [
        ...textRuns([...WORDS, ...WORDS].slice(0, 14 + Math.floor(n / 3)).join(' ') + 'ا'.repeat(n % 3), template.digits),
        ...notes.cite([{ sourceId: source.id, quote: 'اقتباس' }], '', () => 'E4'),
        ...textRuns('.', template.digits),
      ],
    }));
    const doc = new Document({ externalStyles: briefStylesXml(template), footnotes: notes.notes(), sections: [{ children }] });
    writeFileSync(join(dir, 'notes.docx'), await Packer.toBuffer(doc));
    const convert = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless',
      '--convert-to', 'pdf', '--outdir', dir, join(dir, 'notes.docx')], { timeout: 180_000 });
    expect(convert.status, String(convert.stderr)).toBe(0);
    const extract = spawnSync('pdftotext', ['-bbox', join(dir, 'notes.pdf'), join(dir, 'notes.html')]);
    expect(extract.status).toBe(0);
    found = words(readFileSync(join(dir, 'notes.html'), 'utf8'));
  }, 200_000);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every grade whole, in the text and in its note', () => {
    expect(found.filter((w) => w.text === 'E4')).toHaveLength(2 * PARAGRAPHS);
    expect(found.filter((w) => /E$/.test(w.text))).toEqual([]);
  });
});
