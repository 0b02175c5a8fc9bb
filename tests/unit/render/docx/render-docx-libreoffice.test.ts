// The Word file through another layout engine: LibreOffice converts it to PDF, pdftotext reads the Arabic back and
// pdftoppm draws page 1 for a comparison with the image reviewed by eye.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { decodeGrayPng, diffRatio } from '../pdf/png-gray.ts';
import { FONTS_DIR, NOW, ROOT, sampleBrief, standardTemplate } from './docx-parts.ts';
import { arabicWords } from './lo-text.ts';

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const tools = has('soffice') && has('pdftotext') && has('pdftoppm');
const NO_TOOLS = 'LibreOffice (soffice), pdftotext or pdftoppm is not on PATH, so the Word file cannot be laid out by another engine here (Debian: libreoffice-writer-nogui, poppler-utils)';

// Page 1 at 60 dpi as LibreOffice lays it out, reviewed by eye. After a deliberate change to the Word export,
// `UPDATE_GOLDEN=1 npx vitest run tests/unit/render/docx/render-docx-libreoffice.test.ts` rewrites it: look at the
// new image before committing it.
const GOLDEN_PAGE = join(ROOT, 'tests', 'golden', 'docx', 'sample-page1.png');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const TOLERANCE = 0.002;

/** Whether `words` occur in `stream` in the same order (other words may come between). */
function inOrder(words: string[], stream: string[]): boolean {
  let at = 0;
  for (const word of stream) if (word === words[at]) at++;
  return at === words.length;
}

describe('renderDocx through LibreOffice', () => {
  const brief = sampleBrief();
  let dir = '';
  let text: string;

  beforeEach(({ skip }) => skip(!tools, NO_TOOLS));

  beforeAll(async () => {
    if (!tools) return;
    dir = mkdtempSync(join(tmpdir(), 'mawjaz-docx-lo-'));
    const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));
    writeFileSync(join(dir, 'brief.docx'), await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: NOW }));
    const convert = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless',
      '--convert-to', 'pdf', '--outdir', dir, join(dir, 'brief.docx')], { timeout: 180_000 });
    expect(convert.status, String(convert.stderr)).toBe(0);
    const extract = spawnSync('pdftotext', [join(dir, 'brief.pdf'), join(dir, 'brief.txt')]);
    expect(extract.status).toBe(0);
    text = readFileSync(join(dir, 'brief.txt'), 'utf8');
  }, 200_000);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the title whole, its words together and in logical order', () => {
    const stream = arabicWords(text).join(' ');
    expect(stream).toContain(arabicWords(brief.title).join(' '));
  });

  it('keeps the words of every key point, table cell and question in logical order', () => {
    const stream = arabicWords(text);
    const texts = [
      ...brief.summary.filter((s) => s.included).map((s) => s.text),
      ...brief.timeline.filter((t) => t.included).map((t) => t.text),
      ...brief.openQuestions.filter((q) => q.included).map((q) => q.text),
    ];
    for (const paragraph of texts) {
      const words = arabicWords(paragraph);
      expect(inOrder(words, stream), paragraph).toBe(true);
      // Visual order would put the words backwards: the check above must be able to tell.
      if (words.length > 3) expect(inOrder([...words].reverse(), stream), paragraph).toBe(false);
    }
  });

  it('prints the page footer and the footnotes', () => {
    expect(text).toMatch(/صفحة/);
    expect(arabicWords(text).join(' ')).toContain(arabicWords('جهة نشر غير معروفة').join(' '));
  });

  it('lays out page 1 as the reviewed golden image', () => {
    const draw = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'brief.pdf'), join(dir, 'page-1')]);
    expect(draw.status, String(draw.stderr)).toBe(0);
    const page = readFileSync(join(dir, 'page-1.png'));
    if (UPDATE) writeFileSync(GOLDEN_PAGE, page);
    const ratio = diffRatio(decodeGrayPng(page), decodeGrayPng(readFileSync(GOLDEN_PAGE)));
    expect(ratio, `page 1 differs from ${GOLDEN_PAGE}`).toBeLessThanOrEqual(TOLERANCE);
  });
});
