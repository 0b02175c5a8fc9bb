import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/commands/command.ts';
import { main } from '../../../../main/cli/main.ts';
import { Brief } from '../../../../main/model/brief.ts';
import { seedTexts, tempDir } from '../../library/helpers.ts';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), isTty: false, signal: new AbortController().signal };
}

function folder(bad: boolean): string {
  const dir = tempDir();
  seedTexts()
    .slice(0, 2)
    .forEach((t, i) => fs.writeFileSync(path.join(dir, `seed-${String(i)}.txt`), t));
  if (bad) {
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'damaged.docx'), Buffer.from('PK\u0003\u0004 cut short'));
  }
  return dir;
}

describe('mawjaz brief over inputs that cannot all be read', () => {
  it('lists the skipped inputs and why in the JSON, says so, and exits 1 after writing the brief', async () => {
    const dir = folder(true);
    const json = path.join(tempDir(), 'brief.json');
    const io = capture();
    expect(await main(['brief', dir, '--date', '2025-04-10', '--json', json], io)).toBe(1);
    const brief = Brief.parse(JSON.parse(fs.readFileSync(json, 'utf8')));
    expect(brief.sources).toHaveLength(2);
    expect(brief.skippedInputs?.map((s) => path.basename(s.file))).toEqual(['damaged.docx', 'empty.txt']);
    expect(brief.skippedInputs?.find((s) => s.file.endsWith('empty.txt'))?.reason).toBe('the file is empty');
    // The code beside the English line: the exports say the problem in Arabic from it.
    expect(brief.skippedInputs?.map((s) => s.code)).toEqual(['malformed', 'empty']);
    expect(io.stderr.at(-1)).toBe(`the brief was made without 2 of its inputs (listed in ${json} as skippedInputs)`);
  }, 120_000);

  it('keeps no skippedInputs field and exits 0 when every input was read', async () => {
    const json = path.join(tempDir(), 'brief.json');
    const io = capture();
    expect(await main(['brief', folder(false), '--date', '2025-04-10', '--json', json], io)).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, 'utf8'))).not.toHaveProperty('skippedInputs');
    expect(io.stderr).toEqual([]);
  }, 120_000);
});
