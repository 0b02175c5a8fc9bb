import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { layoutPage } from '../../../../main/ingest/readers/pdf-layout.ts';
import type { PdfTextRun } from '../../../../main/ingest/readers/pdf-layout.ts';
import { readPdfFile } from '../../../../main/ingest/readers/pdf-reader.ts';
import { renderPdf } from '../../../../main/render/pdf/render-pdf.ts';
import { fontsDir, NOW, root, sampleBrief, template, templatesDir } from '../../render/pdf/fixtures.ts';
import { failure } from './ingest-failure.ts';

function pdfBytes(draw: (doc: PDFKit.PDFDocument) => void, info: PDFKit.DocumentInfo = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ info, compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  draw(doc);
  doc.end();
  return done;
}

const LONG = 'The ministry said on Monday that 12 delegations met for 6 hours and agreed on 3 points, while 2 others asked for more time to consult.';

describe('readPdfFile', () => {
  it('reads headings, wrapped paragraphs and pages in order, with the info dictionary', async () => {
    const bytes = await pdfBytes(
      (doc) => {
        doc.fontSize(20).text('Heading 2024');
        doc.fontSize(12).text(`${LONG} ${LONG}`, { width: 300 });
        doc.moveDown();
        doc.text('Second paragraph 123.');
        doc.addPage();
        doc.text('Page two, line 7.');
      },
      { Title: 'Report title', Author: 'Jane Writer', CreationDate: new Date(Date.UTC(2024, 4, 1, 9, 30)) },
    );
    const doc = await readPdfFile('report.pdf', bytes);
    expect(doc.format).toBe('pdf');
    expect(doc.text.split('\n\n')).toEqual(['Heading 2024', `${LONG} ${LONG}`, 'Second paragraph 123.', 'Page two, line 7.']);
    expect(doc.declared).toEqual({ title: 'Report title', author: 'Jane Writer', published: '2024-05-01T09:30:00.000Z' });
  });

  it('refuses a PDF without a text layer and says to run OCR', async () => {
    const bytes = await pdfBytes((doc) => {
      doc.rect(100, 100, 200, 150).fill('#336699');
    });
    const error = await failure(() => readPdfFile('scan.pdf', bytes));
    expect(error.code).toBe('no-text');
    expect(error.message).toBe('scan.pdf: the PDF has no text layer (scanned pages?); run OCR on it first');
  });

  it('refuses a file without a PDF header and a broken PDF', async () => {
    expect((await failure(() => readPdfFile('x.pdf', Buffer.from('just some text')))).code).toBe('malformed');
    const broken = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF');
    expect((await failure(() => readPdfFile('broken.pdf', broken))).code).toBe('malformed');
  });

  it('stops when cancelled', async () => {
    const bytes = await pdfBytes((doc) => void doc.text('text'));
    const controller = new AbortController();
    controller.abort();
    expect((await failure(() => readPdfFile('c.pdf', bytes, controller.signal))).code).toBe('cancelled');
  });
});

describe('layoutPage', () => {
  const run = (text: string, x: number, y: number, width: number, dir: PdfTextRun['dir'] = 'ltr', height = 10): PdfTextRun => ({ text, x, y, width, height, dir });

  it('orders right-to-left lines from the right and inserts word spaces at gaps', () => {
    const runs = [run('الثانية', 100, 700, 40, 'rtl'), run('الكلمة', 150, 700, 40, 'rtl'), run('الأولى', 200, 700, 40, 'rtl')];
    expect(layoutPage(runs)).toEqual(['الأولى الكلمة الثانية']);
  });

  it('joins lines at the usual spacing and breaks paragraphs at wider gaps', () => {
    const runs = [run('one', 0, 700, 20), run('two', 0, 688, 20), run('three', 0, 676, 30), run('four', 0, 650, 25), run('five', 0, 638, 25)];
    expect(layoutPage(runs)).toEqual(['one two three', 'four five']);
  });

  it('puts a colon or full stop drawn apart inside a right-to-left run at the word gap it stands in', () => {
    // LibreOffice: the words as one run with gaps, the marks in a fallback font as runs of their own.
    const words = run('خبير دولي بيانات الملاحة', 100, 700, 200, 'rtl', 20);
    const colon = run(':', 223, 700, 4, 'ltr', 20); // after «خبير دولي», 9 of the run's 24 characters from the right
    expect(layoutPage([colon, words])).toEqual(['خبير دولي: بيانات الملاحة']);
    const quoted = run('قال «نعم» وتقول المصادر إن', 100, 680, 200, 'rtl');
    const stop = run('.', 228, 680, 3, 'ltr'); // after «نعم», 9 of 26 characters from the right
    const dash = run('–', 295, 660, 5, 'ltr'); // beside «رأس النخيل», a run of its own
    expect(layoutPage([quoted, stop, run('رأس النخيل', 305, 660, 60, 'rtl'), dash, run('أظهرت البيانات', 210, 660, 80, 'rtl')])).toEqual([
      'قال «نعم». وتقول المصادر إن رأس النخيل – أظهرت البيانات',
    ]);
  });

  it('leaves a mark outside every run, or over a run without a word gap, where its place puts it', () => {
    expect(layoutPage([run('بقلم', 120, 700, 30, 'rtl'), run(':', 115, 700, 4), run('هالة المنصوري', 40, 700, 70, 'rtl')])).toEqual(['بقلم: هالة المنصوري']);
    expect(layoutPage([run('الملاحة', 100, 700, 50, 'rtl'), run('.', 120, 700, 3)])).toEqual(['الملاحة.']);
  });

  it('keeps a two-line headline in large type one paragraph, and body paragraphs apart', () => {
    const runs = [
      run('خبير دولي: بيانات الملاحة', 100, 760, 300, 'rtl', 22),
      run('«نجمة البحر» عن مسارها', 100, 731, 250, 'rtl', 22),
      run('السطر الأول من الفقرة', 100, 700, 300, 'rtl', 12),
      run('والسطر الثاني منها', 100, 686, 300, 'rtl', 12),
      run('فقرة ثانية تبدأ هنا', 100, 662, 300, 'rtl', 12),
      run('وتستمر هنا', 100, 648, 300, 'rtl', 12),
    ];
    expect(layoutPage(runs)).toEqual(['خبير دولي: بيانات الملاحة «نجمة البحر» عن مسارها', 'السطر الأول من الفقرة والسطر الثاني منها', 'فقرة ثانية تبدأ هنا وتستمر هنا']);
  });

  it('merges runs on the same baseline even when they arrive out of order', () => {
    const runs = [run('world', 40, 700.5, 30), run('hello', 0, 700, 30)];
    expect(layoutPage(runs)).toEqual(['hello world']);
  });

  // Our own sentences (tests/fixtures/pdf-lam-alef/source.html) with lam-alef at the start, middle and end of
  // words, beside words whose «ال» is two letters and must stay so.
  const LAM_ALEF_WORDS = ['سلامة', 'الملاحة', 'خلال', 'الأخيرة', 'لأن', 'طويلا', 'الإعلان', 'لإنقاذ', 'والآن', 'بالإسراع', 'الملأ'];
  const ALEF_LAM_WORDS = ['قال', 'الخبير', 'المال', 'حال', 'البحر', 'سؤال', 'العالقين', '(IMO)', '2025'];
  for (const name of ['libreoffice-web-amiri', 'libreoffice-web-dejavu', 'libreoffice-writer-noto-naskh']) {
    it(`reads lam-alef in the right order and whole from LibreOffice's ${name}.pdf`, async () => {
      const file = join(root, 'tests/fixtures/pdf-lam-alef', `${name}.pdf`);
      const words = (await readPdfFile(file, readFileSync(file))).text.split(/\s+/u).map((w) => w.replace(/[.،]$/u, ''));
      for (const word of [...LAM_ALEF_WORDS, ...ALEF_LAM_WORDS]) expect(words).toContain(word);
      for (const damaged of ['المالحة', 'األخيرة', 'طويال', 'طويل', 'خالل', 'إلنقاذ', 'المأل']) expect(words).not.toContain(damaged);
    });
  }

  it("reads back the lam-alef words of Mawjaz's own PDF", async () => {
    const brief = sampleBrief();
    const bytes = await renderPdf(brief, template('standard'), { fontsDir, templatesDir, now: NOW });
    const text = (await readPdfFile('brief.pdf', bytes)).text;
    for (const word of ['للاستخدام', 'الداخلي', 'بلادهم', 'العراقية']) expect(text).toContain(word);
    expect(text).not.toContain('للاستخدام'.replace('لا', 'ال'));
  }, 60_000);
});
