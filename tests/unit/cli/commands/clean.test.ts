import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../main/cli/main.ts';
import { ArticleRecord } from '../../../../main/model/article.ts';
import type { CliIo } from '../../../../main/cli/commands/command.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'seeds');

function io(): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return { out: (l) => outLines.push(l), err: (l) => errLines.push(l), isTty: false, signal: new AbortController().signal, outLines, errLines };
}

describe('mawjaz clean', () => {
  it('writes every article as a validated ArticleRecord, reports a bad file on one line and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-clean-'));
    const out = join(dir, 'articles.json');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const cli = io();
    const code = await main(['clean', SEEDS, empty, '--json', out, '--date', '2025-04-10'], cli);
    expect(code).toBe(1);
    expect(cli.errLines).toHaveLength(1);
    expect(cli.errLines[0]).toContain('empty.txt');
    expect(cli.outLines.at(-1)).toMatch(/^cleaned 5 articles .* 1 failed$/);
    const records = ArticleRecord.array().parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(records.map((r) => r.file)).toEqual(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort());
    expect(records.find((r) => r.file.startsWith('001'))?.published).toBe('2025-02-17');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('gives the same bytes for the same inputs and --date, and exits 0 when all files clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-clean-'));
    const runs = [join(dir, 'a.json'), join(dir, 'b.json')];
    for (const out of runs) expect(await main(['clean', join(SEEDS, '002_370ad7f8b841efc5.txt'), '--json', out, '--date', '2025-04-10'], io())).toBe(0);
    expect(readFileSync(runs[0]!, 'utf8')).toBe(readFileSync(runs[1]!, 'utf8'));
  });

  it('refuses a missing --json or a bad --date as usage errors (exit 2)', async () => {
    const cli = io();
    expect(await main(['clean', SEEDS], cli)).toBe(2);
    expect(cli.errLines[0]).toMatch(/--json/);
    expect(await main(['clean', SEEDS, '--json', join(tmpdir(), 'x.json'), '--date', '2025-02-30'], io())).toBe(2);
  });
});
