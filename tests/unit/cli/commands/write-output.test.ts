import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../../../main/cli/commands/write-output.ts';

describe('a command\'s own output written', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mawjaz-write-'));

  it('writes the file where its folder exists', async () => {
    await writeOutput(path.join(dir, 'a.json'), '[]\n');
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('[]\n');
  });

  it('names the file and the problem in one line when the write fails, not the temporary file or the workspace', async () => {
    writeFileSync(path.join(dir, 'plain'), 'x');
    const file = path.join(dir, 'plain', 'b.json');
    await expect(writeOutput(file, '[]')).rejects.toThrow(new Error(`${file}: a file stands where a folder of this path should be`));
  });
});
