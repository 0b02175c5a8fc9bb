import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../main/cli/main.ts';
import type { CliIo } from '../../../../main/cli/commands/command.ts';

async function run(args: string[]): Promise<{ code: number; err: string[] }> {
  const err: string[] = [];
  const io: CliIo = { out: () => undefined, err: (l) => err.push(l), isTty: false, signal: new AbortController().signal };
  return { code: await main(args, io), err };
}

const SAMPLE = 'tests/fixtures/briefs/sample.json';

describe('outputs whose folder does not exist', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mawjaz-out-'));
  const missing = path.join(dir, 'nosuch');

  it('render refuses a PDF or Word file in a missing folder, naming it, and creates nothing', async () => {
    for (const flag of ['--pdf', '--docx']) {
      const out = path.join(missing, 'sub', `x.${flag.slice(2)}`);
      const { code, err } = await run(['render', SAMPLE, flag, out]);
      expect(code).toBe(1);
      expect(err).toEqual([`mawjaz render: ${out}: the folder ${path.join(missing, 'sub')} does not exist (create it first)`]);
      expect(existsSync(missing)).toBe(false);
    }
  });

  it('render writes neither output when one of them cannot be written', async () => {
    const good = path.join(dir, 'good.pdf');
    expect((await run(['render', SAMPLE, '--pdf', good, '--docx', path.join(missing, 'x.docx')])).code).toBe(1);
    expect(existsSync(good)).toBe(false);
  });

  it('brief refuses a JSON, PDF or Word output in a missing folder before reading anything', async () => {
    const json = path.join(dir, 'brief.json');
    for (const flag of ['--json', '--pdf', '--docx']) {
      const out = path.join(missing, `b.${flag.slice(2)}`);
      const args = flag === '--json' ? ['--json', out] : ['--json', json, flag, out];
      const { code, err } = await run(['brief', 'tests/fixtures/seeds', '--date', '2025-04-10', ...args]);
      expect(code).toBe(1);
      expect(err.at(-1)).toBe(`mawjaz brief: ${out}: the folder ${missing} does not exist (create it first)`);
    }
    expect(existsSync(json)).toBe(false);
    expect(existsSync(missing)).toBe(false);
  });

  it('clean refuses its JSON in a missing folder too; an existing folder is written as before', async () => {
    const out = path.join(missing, 'c.json');
    expect(await run(['clean', 'tests/fixtures/seeds', '--json', out])).toEqual({
      code: 1, err: [`mawjaz clean: ${out}: the folder ${missing} does not exist (create it first)`],
    });
    expect(existsSync(missing)).toBe(false);
    expect((await run(['render', SAMPLE, '--pdf', path.join(dir, 'ok.pdf')])).code).toBe(0);
    expect(readdirSync(dir)).toContain('ok.pdf');
  }, 120_000);
});
