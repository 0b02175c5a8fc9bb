import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/commands/command.ts';
import { main } from '../../../../main/cli/main.ts';
import { tempDir } from '../../library/helpers.ts';

// `--workspace postgres://…` used to resolve as a relative path and create a local file named like the URL (password
// and all). Until the team library is built in, it is refused in one sentence that never repeats the URL.

const URL = 'postgres://analyst:s3cret-pass@db.example:5432/desk';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), isTty: false, signal: new AbortController().signal };
}

const cwd = process.cwd();
afterEach(() => {
  process.chdir(cwd);
  delete process.env['MAWJAZ_WORKSPACE'];
});

describe('a team library URL as the workspace', () => {
  const commands: [string, string[]][] = [
    ['list', ['list', '--workspace', URL]],
    ['import', ['import', '.', '--workspace', URL.replace('postgres:', 'postgresql:')]],
    ['topic', ['topic', 'list', '--workspace', URL.toUpperCase()]],
    ['web', ['web', '--no-open', '--workspace', URL]],
    ['backup', ['backup', '--workspace', URL, 'out.mawjaz']],
  ];
  for (const [name, argv] of commands) {
    it(`is refused by \`mawjaz ${name}\` in one sentence naming --workspace, with no file created and no secret shown`, async () => {
      const dir = tempDir();
      process.chdir(dir);
      const io = capture();
      expect(await main(argv, io)).toBe(1);
      expect(io.stderr).toEqual([`mawjaz ${name}: --workspace names a team library (postgres://…), which is not available in this build of Mawjaz: give a workspace file instead`]);
      expect(io.stdout).toEqual([]);
      expect(fs.readdirSync(dir)).toEqual([]);
    });
  }

  it('is refused from MAWJAZ_WORKSPACE too, naming it', async () => {
    const dir = tempDir();
    process.chdir(dir);
    process.env['MAWJAZ_WORKSPACE'] = URL;
    const io = capture();
    expect(await main(['list'], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/^mawjaz list: MAWJAZ_WORKSPACE names a team library \(postgres:\/\/…\), which is not available in this build/);
    expect(io.stderr.join('\n')).not.toContain('s3cret');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
