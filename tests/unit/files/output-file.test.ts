import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputFile, checkOutputFiles, OutputRefusedError } from '../../../main/files/output-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'mawjaz-output-'));

describe('an output file checked before a command writes it', () => {
  it('accepts a new or existing file in an existing folder', async () => {
    await expect(checkOutputFile(path.join(dir, 'new.pdf'))).resolves.toBeUndefined();
    writeFileSync(path.join(dir, 'old.json'), '{}');
    await expect(checkOutputFile(path.join(dir, 'old.json'))).resolves.toBeUndefined();
  });

  it('refuses a missing folder, naming the file and the folder', async () => {
    const file = path.join(dir, 'nosuch', 'sub', 'x.pdf');
    await expect(checkOutputFile(file)).rejects.toThrow(`${file}: the folder ${path.join(dir, 'nosuch', 'sub')} does not exist (create it first)`);
  });

  it('refuses a file where the folder should be, and a folder as the file', async () => {
    writeFileSync(path.join(dir, 'plain'), 'x');
    await expect(checkOutputFile(path.join(dir, 'plain', 'x.pdf'))).rejects.toThrow(`${path.join(dir, 'plain')} is a file, not a folder`);
    mkdirSync(path.join(dir, 'folder.pdf'));
    await expect(checkOutputFile(path.join(dir, 'folder.pdf'))).rejects.toThrow('this is a folder, not a file to write');
  });

  it('checks every output asked for and skips those not asked for', async () => {
    await expect(checkOutputFiles([undefined, path.join(dir, 'a.pdf')])).resolves.toBeUndefined();
    await expect(checkOutputFiles([path.join(dir, 'a.pdf'), path.join(dir, 'gone', 'b.docx')])).rejects.toThrow('gone does not exist');
  });
});

describe('an output that would lose the analyst\'s work', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'mawjaz-guard-'));
  const brief = path.join(work, 'brief.json');
  writeFileSync(brief, JSON.stringify({ schemaVersion: 1, summary: [{ id: 's1', edited: false }] }));
  const edited = path.join(work, 'edited.json');
  writeFileSync(edited, JSON.stringify({ schemaVersion: 1, summary: [{ id: 's1', edited: true }], actors: [{ id: 'a1', manual: true }] }));

  it('refuses an output that is an input, however it is spelled (`..`, a symlink)', async () => {
    mkdirSync(path.join(work, 'sub'));
    symlinkSync(brief, path.join(work, 'link.json'));
    for (const out of [brief, path.join(work, 'sub', '..', 'brief.json'), path.join(work, 'link.json')]) {
      await expect(checkOutputFiles([out], { inputs: [brief] })).rejects.toThrow(`${out}: this is a file the command reads, so writing it would lose it`);
    }
    await expect(checkOutputFiles([brief], { inputs: [path.join(work, 'link.json')] })).rejects.toBeInstanceOf(OutputRefusedError);
  });

  it('refuses an existing file inside an input folder, and accepts a new one there or a file elsewhere', async () => {
    await expect(checkOutputFiles([brief], { inputs: [work] })).rejects.toThrow(`this is a file inside ${work}, which the command reads`);
    await expect(checkOutputFiles([path.join(work, 'new.json')], { inputs: [work] })).resolves.toBeUndefined();
    await expect(checkOutputFiles([path.join(dir, 'other.pdf')], { inputs: [brief, work, undefined] })).resolves.toBeUndefined();
  });

  it('refuses one file asked for as two outputs', async () => {
    await expect(checkOutputFiles([path.join(work, 'x.pdf'), path.join(work, '.', 'x.pdf')])).rejects.toThrow('this file is asked for twice');
    await expect(checkOutputFiles([path.join(work, 'x.pdf'), path.join(work, 'x.docx')])).resolves.toBeUndefined();
  });

  it('refuses to replace a brief holding edits unless told, and replaces an unedited one or any other file', async () => {
    await expect(checkOutputFiles([edited])).rejects.toThrow(`${edited}: this brief holds the analyst's edits (2 items): choose another file, or --force to replace it`);
    await expect(checkOutputFiles([edited], { replaceEdited: true })).resolves.toBeUndefined();
    await expect(checkOutputFiles([brief])).resolves.toBeUndefined();
    writeFileSync(path.join(work, 'notes.txt'), '{"summary": [{"edited": true}] broken');
    await expect(checkOutputFiles([path.join(work, 'notes.txt')])).resolves.toBeUndefined();
  });

  it('refuses an input even when told to replace edited briefs', async () => {
    await expect(checkOutputFiles([edited], { inputs: [edited], replaceEdited: true })).rejects.toThrow('a file the command reads');
  });
});
