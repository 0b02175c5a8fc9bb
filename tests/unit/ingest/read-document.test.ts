import { readdirSync, readFileSync } from 'node:fs';
import { open, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawDocument } from '../../../main/model/raw-document.ts';
import { readDocument, readPastedText, SUPPORTED_EXTENSIONS } from '../../../main/ingest/read-document.ts';
import { makeTempDir } from './readers/temp-dir.ts';
import { failure } from './readers/ingest-failure.ts';

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');
const ARABIC = 'قالت مصادر مطلعة إن الاجتماع سيعقد يوم الأحد المقبل في العاصمة بحضور ممثلين عن عدة دول.';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir('read');
});
afterAll(async () => {
  await temp.cleanup();
});

describe('readDocument', () => {
  it('returns every seed article unchanged', async () => {
    const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThan(0);
    for (const name of seeds) {
      const path = join(SEEDS, name);
      const doc = await readDocument(path);
      expect(RawDocument.parse(doc)).toEqual(doc);
      expect(doc).toMatchObject({ file: path, format: 'txt', encoding: 'utf-8', declared: {} });
      expect(doc.text).toBe(readFileSync(path, 'utf8').replace(/\r\n/g, '\n'));
    }
  });

  it('dispatches by extension, case-insensitively', async () => {
    const md = await readDocument(await temp.write('note.MD', `# عنوان\n\n${ARABIC}`));
    expect(md.format).toBe('md');
    expect(md.text).toBe(`عنوان\n\n${ARABIC}`);
    const html = await readDocument(await temp.write('page.htm', `<p>${ARABIC}</p>`));
    expect(html).toMatchObject({ format: 'html', text: ARABIC });
  });

  it('reports the encoding of text files', async () => {
    const cases: Array<[string, Uint8Array, string]> = [
      ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC)]), 'utf-8-bom'],
      ['le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARABIC, 'utf-16le')]), 'utf-16le'],
      ['be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ARABIC, 'utf-16be')]), 'utf-16be'],
      ['legacy.txt', iconv.encode(ARABIC, 'windows-1256'), 'windows-1256'],
    ];
    for (const [name, bytes, encoding] of cases) {
      expect(await readDocument(await temp.write(name, bytes))).toMatchObject({ encoding, text: ARABIC });
    }
  });

  it('refuses a path that does not exist', async () => {
    const path = join(temp.dir, 'missing.txt');
    const error = await failure(() => readDocument(path));
    expect(error).toMatchObject({ code: 'not-found', file: path, message: `${path}: no such file or folder` });
  });

  it('refuses an unsupported extension, naming it and the supported ones', async () => {
    const error = await failure(async () => readDocument(await temp.write('sheet.xlsx', 'x')));
    expect(error.code).toBe('unsupported');
    expect(error.problem).toContain('".xlsx"');
    for (const ext of SUPPORTED_EXTENSIONS) expect(error.problem).toContain(ext);
  });

  it('refuses a folder given as a file', async () => {
    expect((await failure(() => readDocument(temp.dir))).code).toBe('unsupported');
  });

  it('refuses an empty file and a binary file', async () => {
    expect(await failure(async () => readDocument(await temp.write('empty.txt', '')))).toMatchObject({ code: 'empty' });
    const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]);
    const error = await failure(async () => readDocument(await temp.write('program.txt', binary)));
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/^.*program\.txt: the file is binary, not text/);
  });

  it('refuses invalid UTF-8 that is not Arabic in a legacy encoding', async () => {
    const garbage = Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 5 === 4 ? 0x20 : 0x80 + ((i * 37) % 64))));
    expect((await failure(async () => readDocument(await temp.write('garbage.md', garbage)))).code).toBe('encoding');
  });

  it('refuses a 50 MB file by its size, before reading it', async () => {
    const path = join(temp.dir, 'huge.txt');
    // A sparse file: 50 MB long on paper, no data written, so the test stays fast.
    await (await open(path, 'w')).close();
    await truncate(path, 50 * 1024 * 1024);
    const error = await failure(() => readDocument(path));
    expect(error.code).toBe('too-large');
    expect(error.problem).toBe('the file is 50 MB, more than the 20 MB limit');
    expect((await failure(() => readDocument(path, { maxBytes: 1024 * 1024 }))).problem).toBe('the file is 50 MB, more than the 1 MB limit');
  });

  it('refuses a .docx that is not a ZIP archive', async () => {
    const error = await failure(async () => readDocument(await temp.write('letter.docx', 'plain text pretending to be Word')));
    expect(error.code).toBe('malformed');
    expect(error.problem).toBe('not a Word document (the file is not a ZIP archive)');
  });

  it('refuses Markdown that has no text once formatting is removed', async () => {
    expect((await failure(async () => readDocument(await temp.write('images.md', '![صورة](a.png)\n\n---\n')))).code).toBe('no-text');
  });

  it('stops when the read is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const path = await temp.write('c.txt', ARABIC);
    expect((await failure(() => readDocument(path, { signal: controller.signal }))).code).toBe('cancelled');
  });

  it('writes every error on one line as "file: problem"', async () => {
    const error = await failure(async () => readDocument(await temp.write('empty2.txt', '   \n\n ')));
    expect(error.message).toBe(`${error.file}: ${error.problem}`);
    expect(error.message).not.toContain('\n');
  });
});

describe('readPastedText', () => {
  it('makes a paste document with normalised line endings', () => {
    expect(readPastedText(`${ARABIC}\r\nسطر ثان`)).toEqual({ file: 'pasted text', format: 'paste', encoding: 'utf-8', text: `${ARABIC}\nسطر ثان`, declared: {} });
    expect(readPastedText('نص', 'لصق ١').file).toBe('لصق ١');
  });

  it('refuses blank text', () => {
    expect(() => readPastedText(' \n\t ')).toThrow('pasted text: the pasted text is empty');
  });
});
