import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPage, type PdfTextRun } from '../../../../main/ingest/readers/pdf-layout.ts';
import { neutralRunsInLogicalOrder } from '../../../../main/ingest/readers/pdf-neutral-order.ts';
import { readPdfFile } from '../../../../main/ingest/readers/pdf-reader.ts';
import { root } from '../../render/pdf/fixtures.ts';

const run = (text: string, x: number, width: number, dir: PdfTextRun['dir'] = 'rtl'): PdfTextRun => ({ text, x, y: 700, width, height: 12, dir });

// Runs of our own, placed as LibreOffice draws a line whose marks are in a fallback font (right to left: the words,
// then the marks drawn left to right as one run, with pdfjs's space runs at each change of font).
describe('neutral runs of a right-to-left PDF line', () => {
  it('puts a colon and a quote drawn as one run back in logical order, and the closing quote before the full stop', () => {
    const runs = [run('.”', 56.7, 9.2, 'ltr'), run(' ', 65.9, 281.9, 'ltr'), run('” :', 347.8, 12.6, 'ltr'), run('القرار بيد اللجنة', 66, 281.4), run(' ', 347.4, 12.7, 'ltr'), run('وقال المتحدث', 360.1, 69.8)];
    expect(layoutPage(runs)).toEqual(['وقال المتحدث: ”القرار بيد اللجنة”.']);
  });

  it('keeps a bracket alone in its place and the space the page shows before it', () => {
    const runs = [run(')', 113, 4.2, 'ltr'), run(' ', 117.2, 45.8, 'ltr'), run('(', 163, 4.2, 'ltr'), run('دون تعليق', 60, 49.8), run('بعد ساعة', 117.1, 45.8), run('غادر القاعة', 170.3, 68.8)];
    expect(layoutPage(runs)).toEqual(['غادر القاعة (بعد ساعة) دون تعليق']);
  });

  it('leaves marks between two Latin runs, and a line without such runs, as drawn', () => {
    const latin = [run('Basra', 200, 30, 'ltr'), run('" :', 190, 8, 'ltr'), run('Port', 150, 30, 'ltr')];
    expect(neutralRunsInLogicalOrder(latin).map((r) => r.text)).toEqual(['Basra', '" :', 'Port']);
    const plain = [run('وقال المتحدث إن القرار بيد اللجنة.', 60, 300)];
    expect(neutralRunsInLogicalOrder(plain)).toEqual(plain);
  });

  it('reads the marks of a LibreOffice PDF whose marks are in a fallback font where the source has them', async () => {
    const file = join(root, 'tests/fixtures/pdf-neutral-marks', 'libreoffice-default-fonts.pdf');
    const text = (await readPdfFile(file, readFileSync(file))).text;
    expect(text).toContain('وقال المتحدث: "القرار بيد اللجنة');
    expect(text).toContain('في أي يوم".');
    expect(text).toContain('الجلسات "تمضي بهدوء". ثم غادر القاعة (بعد ساعة) دون تعليق.');
    expect(text).toContain('3.2 مليون دينار، أي نحو 40% من الميزانية.');
    expect(text).not.toContain('" :');
  });
});
