import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../main/cli/main.ts';
import type { CliIo } from '../../../../main/cli/commands/command.ts';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), isTty: false, signal: new AbortController().signal };
  return { code: await main(args, io), out, err };
}

// The sample brief holds items the analyst edited or wrote; its copy with the marks cleared stands for one as assembled.
const SAMPLE = 'tests/fixtures/briefs/sample.json';
const SEED = 'tests/fixtures/seeds/000_4ff2338cbc9187df.txt';

function uneditedCopy(file: string): void {
  const brief = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, unknown>;
  for (const list of ['summary', 'actors', 'timeline', 'openQuestions', 'keyJudgments']) {
    const items = brief[list];
    if (Array.isArray(items)) for (const item of items as Record<string, unknown>[]) Object.assign(item, { edited: false, manual: false });
  }
  writeFileSync(file, JSON.stringify(brief, null, 2));
}

describe('outputs that would lose the analyst\'s work', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mawjaz-guard-cli-'));

  it('render refuses to write its PDF or Word file over the brief it renders, writing nothing', async () => {
    const copy = path.join(dir, 'copy.json');
    copyFileSync(SAMPLE, copy);
    const before = readFileSync(copy, 'utf8');
    for (const flag of ['--pdf', '--docx']) {
      const { code, err } = await run(['render', copy, flag, path.join(dir, '.', 'copy.json')]);
      expect(code).toBe(2);
      expect(err).toEqual([`mawjaz render: ${path.join(dir, '.', 'copy.json')}: this is a file the command reads, so writing it would lose it; choose another file`]);
    }
    expect(readFileSync(copy, 'utf8')).toBe(before);
    expect((await run(['render', copy, '--pdf', path.join(dir, 'copy.pdf')])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'copy.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('brief refuses to replace an edited brief without --force, and replaces an unedited one', async () => {
    const edited = path.join(dir, 'edited.json');
    copyFileSync(SAMPLE, edited);
    const { code, err } = await run(['brief', SEED, '--date', '2025-04-10', '--json', edited]);
    expect(code).toBe(2);
    expect(err).toEqual([`mawjaz brief: ${edited}: this brief holds the analyst's edits (2 items): choose another file, or --force to replace it`]);
    expect(readFileSync(edited, 'utf8')).toBe(readFileSync(SAMPLE, 'utf8'));

    const plain = path.join(dir, 'plain.json');
    uneditedCopy(plain);
    expect((await run(['brief', SEED, '--date', '2025-04-10', '--json', plain])).code).toBe(0);
    expect(readFileSync(plain, 'utf8')).not.toContain('"edited": true');
    expect(JSON.parse(readFileSync(plain, 'utf8'))).toMatchObject({ schemaVersion: 1 });

    expect((await run(['brief', SEED, '--date', '2025-04-10', '--json', edited, '--force'])).code).toBe(0);
    expect(readFileSync(edited, 'utf8')).toBe(readFileSync(plain, 'utf8'));
  }, 120_000);

  it('brief and clean refuse to write over a file they read', async () => {
    const input = path.join(dir, 'input.txt');
    copyFileSync(SEED, input);
    expect((await run(['brief', input, '--date', '2025-04-10', '--json', input])).code).toBe(2);
    expect((await run(['clean', dir, '--json', input])).code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(SEED, 'utf8'));
    const cleaned = path.join(dir, 'cleaned.json');
    expect((await run(['clean', input, '--json', cleaned])).code).toBe(0);
    expect(existsSync(cleaned)).toBe(true);
  }, 120_000);

  it('render refuses an edited brief as its output unless told, but renders one', async () => {
    const other = path.join(dir, 'other.json');
    copyFileSync(SAMPLE, other);
    expect((await run(['render', SAMPLE, '--pdf', other])).code).toBe(2);
    expect(readFileSync(other, 'utf8')).toBe(readFileSync(SAMPLE, 'utf8'));
    expect((await run(['render', SAMPLE, '--pdf', other, '--force'])).code).toBe(0);
    expect(readFileSync(other).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('--help says how a brief is edited and what is refused', async () => {
    const { code, out } = await run(['render', '--help']);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('To edit a brief: change its JSON');
    expect(out.join('\n')).toContain('replaced only with --force');
    expect((await run(['brief', '--help'])).out.join('\n')).toContain('mawjaz render --help');
  });
});

describe('render of a brief with an actor renamed to another\'s name', () => {
  it('warns naming both rows and still renders; a brief without such rows renders silently', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mawjaz-same-name-'));
    const brief = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { actors: { id: string; name: string; edited: boolean }[] };
    Object.assign(brief.actors[5]!, { name: brief.actors[1]!.name, edited: true });
    const file = path.join(dir, 'renamed.json');
    writeFileSync(file, JSON.stringify(brief));
    const { code, err } = await run(['render', file, '--pdf', path.join(dir, 'renamed.pdf')]);
    expect(code).toBe(0);
    expect(err).toEqual([`mawjaz render: the actors a2 and a6 are both named «${brief.actors[1]!.name}» and print as 2 rows; to make them one, merge them in the desk, or keep one in the JSON (with the others' sources) and set "included": false on the others`]);
    expect(existsSync(path.join(dir, 'renamed.pdf'))).toBe(true);
    expect((await run(['render', SAMPLE, '--pdf', path.join(dir, 'sample.pdf')])).err).toEqual([]);
  }, 120_000);
});
