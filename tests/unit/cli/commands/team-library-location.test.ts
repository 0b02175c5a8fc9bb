import fs from 'node:fs';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../../main/cli/main.ts';
import { tempDir } from '../../library/helpers.ts';
import { captureIo } from '../../../helpers/cli-io.ts';

// `--workspace postgres://…` used to resolve as a relative path and create a local file named like the URL (password
// and all). Now the commands that work through the API open the team library (tests/unit/cli/commands/
// team-library-cli.test.ts, on a real server); here, what they say when they cannot, and the commands that work on a
// workspace file only — never creating a file, never repeating a secret. (The browser host serves a team library:
// tests/unit/cli/commands/web-team-library.test.ts.)

const URL = 'postgres://analyst:s3cret-pass@db.example:5432/desk';

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

const cwd = process.cwd();
afterEach(() => {
  process.chdir(cwd);
  delete process.env['MAWJAZ_WORKSPACE'];
  delete process.env['MAWJAZ_LIBRARY_PASSWORD'];
});

const PLAIN_TEXT = 'postgres://analyst@db.example:5432/desk: a password written into the location would be kept in plain text; give it in MAWJAZ_LIBRARY_PASSWORD or a file named by MAWJAZ_LIBRARY_PASSWORD_FILE (mode 600)';

describe('a team library URL as the workspace', () => {
  const throughApi: [string, string[]][] = [
    ['list', ['list', '--workspace', URL]],
    ['import', ['import', '.', '--workspace', URL.replace('postgres:', 'postgresql:')]],
    ['topic', ['topic', 'list', '--workspace', URL]],
    ['web', ['web', '--no-open', '--port', '0', '--workspace', URL]],
  ];
  for (const [name, argv] of throughApi) {
    it(`with its password written into it is refused by \`mawjaz ${name}\`, in one sentence without the password, no file created`, async () => {
      const dir = tempDir();
      process.chdir(dir);
      const io = captureIo();
      expect(await main(argv, io)).toBe(1);
      expect(io.stderr).toEqual([`mawjaz ${name}: ${name === 'import' ? PLAIN_TEXT.replace('postgres:', 'postgresql:') : PLAIN_TEXT}`]);
      expect(io.stdout).toEqual([]);
      expect(fs.readdirSync(dir)).toEqual([]);
    });
  }

  it('on a server that does not answer, says so in one sentence naming the server, with no file created', async () => {
    const dir = tempDir();
    process.chdir(dir);
    process.env['MAWJAZ_LIBRARY_PASSWORD'] = 's3cret-pass';
    const port = await closedPort();
    const io = captureIo();
    expect(await main(['list', '--workspace', `postgres://analyst@127.0.0.1:${String(port)}/desk`], io)).toBe(1);
    expect(io.stderr).toEqual([`mawjaz list: The team library at 127.0.0.1:${String(port)}/desk cannot be used: the connection was refused (is the server running and listening there?).`]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  const filesOnly: [string, string[]][] = [
    ['backup', ['backup', '--workspace', URL, 'out.mawjaz']],
    ['restore', ['restore', '--workspace', URL, 'in.mawjaz']],
  ];
  for (const [name, argv] of filesOnly) {
    it(`is refused by \`mawjaz ${name}\`, which works on a workspace file, naming --workspace and not the URL`, async () => {
      const dir = tempDir();
      process.chdir(dir);
      const io = captureIo();
      expect(await main(argv, io)).toBe(1);
      expect(io.stderr).toEqual([`mawjaz ${name}: --workspace names a team library (postgres://…), but \`mawjaz ${name}\` works on a workspace file: give a workspace file instead`]);
      expect(io.stdout).toEqual([]);
      expect(fs.readdirSync(dir)).toEqual([]);
    });
  }

  it('is read from MAWJAZ_WORKSPACE too, and refused there by the file-only commands naming it', async () => {
    const dir = tempDir();
    process.chdir(dir);
    process.env['MAWJAZ_WORKSPACE'] = URL;
    const list = captureIo();
    expect(await main(['list'], list)).toBe(1);
    expect(list.stderr).toEqual([`mawjaz list: ${PLAIN_TEXT}`]);
    const backup = captureIo();
    expect(await main(['backup', 'out.mawjaz'], backup)).toBe(1);
    expect(backup.stderr.join('\n')).toMatch(/^mawjaz backup: MAWJAZ_WORKSPACE names a team library \(postgres:\/\/…\), but `mawjaz backup` works on a workspace file/);
    expect([...list.stderr, ...backup.stderr].join('\n')).not.toContain('s3cret');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
