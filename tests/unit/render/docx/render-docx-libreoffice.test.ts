// The Word file through another layout engine: LibreOffice converts it to PDF, pdftotext reads the Arabic back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { FONTS_DIR, NOW, sampleBrief, standardTemplate } from './docx-parts.ts';
import { arabicWords } from './lo-text.ts';

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const tools = has('soffice') && has('pdftotext');

/** Whether `words` occur in `stream` in the same order (other words may come between). */
function inOrder(words: string[], stream: string[]): boolean {
  let at = 0;
  for (const word of stream) if (word === words[at]) at++;
  return at === words.length;
}

describe.skipIf(!tools)('renderDocx through LibreOffice', () => {
  const brief = sampleBrief();
  let dir: string;
  let text: string;

  beforeAll(async () => {
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

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
});
