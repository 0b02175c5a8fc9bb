import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/main.ts';
import type { CliIo } from '../../../main/cli/commands/command.ts';

async function run(args: string[]): Promise<{ code: number; err: string[] }> {
  const err: string[] = [];
  const io: CliIo = { out: () => undefined, err: (l) => err.push(l), isTty: false, signal: new AbortController().signal };
  return { code: await main(args, io), err };
}

describe('mawjaz, used wrongly', () => {
  it('asks "did you mean" for a mistyped command, and only says it is unknown when nothing is close', async () => {
    expect(await run(['imprt', 'a.txt'])).toEqual({ code: 2, err: ['mawjaz: unknown command "imprt" (did you mean "import"?). Run `mawjaz --help` for the list.'] });
    expect((await run(['export'])).err).toEqual(['mawjaz: unknown command "export". Run `mawjaz --help` for the list.']);
  });

  it('says in one line which flag is wrong, the flag meant, and the command’s usage', async () => {
    const usage = 'usage: mawjaz clean PATH… --json OUT [--date YYYY-MM-DD] [--force]';
    expect(await run(['clean', 'a.txt', '--jsn', 'out.json'])).toEqual({ code: 2, err: [`mawjaz clean: unknown flag --jsn (did you mean --json?); ${usage}`] });
    expect((await run(['clean', 'a.txt', '--json'])).err).toEqual([`mawjaz clean: --json needs a value; ${usage}`]);
    expect((await run(['clean', 'a.txt'])).err).toEqual([`mawjaz clean: --json OUT is required: the file to write the cleaned articles to; ${usage}`]);
    expect((await run(['search', 'x', '-q'])).err).toEqual(['mawjaz search: unknown flag -q (the flags are --workspace, --limit, --json); usage: mawjaz search QUERY… [--workspace FILE] [--limit N] [--json]']);
  });

  it('lists the templates for a template it does not have', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'mawjaz-cli-')), 'x.pdf');
    const { code, err } = await run(['render', 'tests/fixtures/briefs/sample.json', '--pdf', out, '--template', 'nosuch']);
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('nosuch.json: no such template; the templates are agency, flash, letter, standard, or give a template file’s path'.replace('’', "'"));
    expect(existsSync(out)).toBe(false);
  });
});

describe('mawjaz render', () => {
  it('renders a draft saved by the desk (brief:get\'s answer) to the same bytes as the brief inside it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mawjaz-cli-'));
    const brief: unknown = JSON.parse(readFileSync('tests/fixtures/briefs/sample.json', 'utf8'));
    const draft = path.join(dir, 'draft.json');
    writeFileSync(draft, JSON.stringify({ id: 'd1', brief, history: { undo: 0, redo: 0 } }));
    expect(await run(['render', 'tests/fixtures/briefs/sample.json', '--docx', path.join(dir, 'a.docx')])).toEqual({ code: 0, err: [] });
    expect(await run(['render', draft, '--docx', path.join(dir, 'b.docx')])).toEqual({ code: 0, err: [] });
    expect(readFileSync(path.join(dir, 'b.docx')).equals(readFileSync(path.join(dir, 'a.docx')))).toBe(true);
  });
});
