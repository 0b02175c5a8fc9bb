import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportStem, findExport, isExportName, listExports, readExportFile, writeNewFile } from '../../../main/files/exports-folder.ts';

let dir: string;
let exportsDir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-exports-'));
  exportsDir = path.join(dir, 'exports');
  mkdirSync(exportsDir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('export names', () => {
  it('are made of the title and the day, and a title with no letter is called "brief"', () => {
    expect(exportStem('موجز: الحدود العراقية', '2026-12-02')).toBe('موجز-الحدود-العراقية-2026-12-02');
    for (const title of ['', '...', '---', '  /\\  ']) expect(exportStem(title, '2026-12-02')).toBe('brief-2026-12-02');
    // Arabic marks stay with their letters instead of splitting the word.
    expect(exportStem('مُحَمَّد', '2026-12-02')).toBe('مُحَمَّد-2026-12-02');
    expect(isExportName(`${exportStem('مُحَمَّد', '2026-12-02')}.pdf`)).toBe(true);
  });

  it('refuse folders, dot-files, other extensions, NUL and shell characters', () => {
    for (const name of ['../x.pdf', 'a/b.pdf', '.hidden.pdf', 'x.exe', 'x.pdf\0.txt', 'x;rm -rf ~.pdf', 'x&calc.pdf', '"x".pdf', 'x..pdf', 'x.PDF.lnk']) {
      expect(isExportName(name), name).toBe(false);
    }
  });
});

describe('writing an export', () => {
  it('never replaces an earlier one: the same stem gets a counter', async () => {
    const first = await writeNewFile(exportsDir, 'brief-2026-12-02', 'docx', Buffer.from('one'));
    const second = await writeNewFile(exportsDir, 'brief-2026-12-02', 'docx', Buffer.from('two'));
    const third = await writeNewFile(exportsDir, 'brief-2026-12-02', 'docx', Buffer.from('three'));
    expect([first, second, third]).toEqual(['brief-2026-12-02.docx', 'brief-2026-12-02-2.docx', 'brief-2026-12-02-3.docx']);
    expect(readFileSync(path.join(exportsDir, first), 'utf8')).toBe('one');
    expect(readFileSync(path.join(exportsDir, second), 'utf8')).toBe('two');
    // No temporary file is left behind.
    expect(readdirSync(exportsDir).sort()).toEqual([first, second, third].sort());
  });

  it('does not write through a link standing where the name would be', async () => {
    const outside = path.join(dir, 'precious.txt');
    writeFileSync(outside, 'keep me');
    symlinkSync(outside, path.join(exportsDir, 'brief-2026-12-02.pdf'));
    expect(await writeNewFile(exportsDir, 'brief-2026-12-02', 'pdf', Buffer.from('%PDF'))).toBe('brief-2026-12-02-2.pdf');
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
  });
});

describe('finding, reading and listing exports', () => {
  it('finds a real export and refuses links, folders, missing files and names from elsewhere', async () => {
    writeFileSync(path.join(exportsDir, 'a.pdf'), '%PDF');
    const secret = path.join(dir, 'secret.pdf');
    writeFileSync(secret, 'secret');
    symlinkSync(secret, path.join(exportsDir, 'link.pdf'));
    mkdirSync(path.join(exportsDir, 'folder.pdf'));
    expect(await findExport(exportsDir, 'a.pdf')).toBe(path.join(exportsDir, 'a.pdf'));
    for (const name of ['link.pdf', 'folder.pdf', 'missing.pdf', '../secret.pdf', secret]) expect(await findExport(exportsDir, name), name).toBeNull();
    expect(await readExportFile(exportsDir, 'link.pdf')).toBeNull();
    expect((await readExportFile(exportsDir, 'a.pdf'))?.toString()).toBe('%PDF');
  });

  it('refuses a link to a folder outside, even when the file behind it is a plain file', async () => {
    const elsewhere = path.join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'b.pdf'), 'outside');
    // The exports folder itself is a link: files in it resolve into the folder it points at, which is fine…
    const linkedExports = path.join(dir, 'linked-exports');
    symlinkSync(elsewhere, linkedExports);
    expect(await findExport(linkedExports, 'b.pdf')).toBe(path.join(elsewhere, 'b.pdf'));
    // …but a file reached through a linked sub-folder is outside it.
    symlinkSync(elsewhere, path.join(exportsDir, 'sub'));
    expect(await findExport(exportsDir, 'sub/b.pdf')).toBeNull();
  });

  it('lists plain names, sizes and dates only, newest first, leaving out links and other files', async () => {
    writeFileSync(path.join(exportsDir, 'old.pdf'), 'x');
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(path.join(exportsDir, 'new.docx'), 'xyz');
    writeFileSync(path.join(exportsDir, 'notes.txt'), 'no');
    writeFileSync(path.join(exportsDir, '.new.docx.123.tmp'), 'no');
    symlinkSync(path.join(exportsDir, 'old.pdf'), path.join(exportsDir, 'alias.pdf'));
    const files = await listExports(exportsDir);
    expect(files.map((f) => [f.name, f.bytes])).toEqual([
      ['new.docx', 3],
      ['old.pdf', 1],
    ]);
    expect(files.every((f) => !f.name.includes(path.sep) && /^\d{4}-\d{2}-\d{2}T/.test(f.modifiedAt))).toBe(true);
    expect(await listExports(path.join(dir, 'none'))).toEqual([]);
  });
});
