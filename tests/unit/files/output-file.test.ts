import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputFile, checkOutputFiles } from '../../../main/files/output-file.ts';

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
