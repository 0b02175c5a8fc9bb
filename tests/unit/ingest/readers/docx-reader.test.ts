import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocxFile } from '../../../../main/ingest/readers/docx-reader.ts';
import { failure } from './ingest-failure.ts';

async function docxBytes(children: (Paragraph | Table)[], properties: { title?: string; creator?: string } = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ ...properties, sections: [{ children }] })));
}

describe('readDocxFile', () => {
  it('keeps headings, paragraphs, list-like lines and table rows as separate lines, and reads core properties', async () => {
    const bytes = await docxBytes(
      [
        new Paragraph({ text: 'عنوان التقرير', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ children: [new TextRun('فقرة أولى '), new TextRun({ text: 'بخط غامق', bold: true }), new TextRun('.')] }),
        new Paragraph({ text: '' }),
        new Paragraph({ text: 'Second paragraph, 2024.' }),
        new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('خلية ١')] }), new TableCell({ children: [new Paragraph('خلية ٢')] })] })] }),
      ],
      { title: 'عنوان الملف', creator: 'كاتب التقرير' },
    );
    const doc = await readDocxFile('report.docx', bytes);
    expect(doc.format).toBe('docx');
    expect(doc.text.split('\n').filter((l) => l !== '')).toEqual(['عنوان التقرير', 'فقرة أولى بخط غامق.', 'Second paragraph, 2024.', 'خلية ١', 'خلية ٢']);
    expect(doc.declared.title).toBe('عنوان الملف');
    expect(doc.declared.author).toBe('كاتب التقرير');
    expect(doc.declared.published).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('refuses a file that is not a ZIP archive', async () => {
    const error = await failure(() => readDocxFile('fake.docx', Buffer.from('هذا ليس ملف وورد')));
    expect(error.code).toBe('malformed');
    expect(error.message).toBe('fake.docx: not a Word document (the file is not a ZIP archive)');
  });

  it('refuses a ZIP archive that is not a Word document', async () => {
    // An empty ZIP: just the end-of-central-directory record.
    const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    expect((await failure(() => readDocxFile('empty-zip.docx', emptyZip))).code).toBe('malformed');
  });

  it('refuses a truncated Word document', async () => {
    const bytes = await docxBytes([new Paragraph('نص')]);
    expect((await failure(() => readDocxFile('cut.docx', bytes.subarray(0, Math.floor(bytes.length / 2))))).code).toBe('malformed');
  });

  it('recognises an old .doc or encrypted document by its OLE header', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    expect((await failure(() => readDocxFile('old.docx', ole))).code).toBe('unsupported');
  });

  it('refuses a document with no text', async () => {
    expect((await failure(async () => readDocxFile('blank.docx', await docxBytes([new Paragraph('')]))))).toMatchObject({ code: 'empty', file: 'blank.docx' });
  });
});
