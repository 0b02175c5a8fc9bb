import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/commands/command.ts';
import { main } from '../../../../main/cli/main.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-web-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function io(controller: AbortController, onLine?: (line: string) => void): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (l) => {
      lines.push(l);
      onLine?.(l);
    },
    err: (l) => errors.push(l),
    isTty: false,
    signal: controller.signal,
  };
}

describe('mawjaz web', () => {
  it('on a busy port fails before creating the workspace', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    const workspace = path.join(dir, 'new', 'w.mawjaz');
    try {
      const cli = io(new AbortController());
      expect(await main(['web', '--no-open', '--port', String(port), '--workspace', workspace], cli)).toBe(1);
      expect(cli.errors.join('\n')).toMatch(/EADDRINUSE/);
      expect(existsSync(workspace)).toBe(false);
      expect(existsSync(path.dirname(workspace))).toBe(false);
    } finally {
      busy.close();
    }
  });

  it('opens the browser without the token on its command line; the code it passes is traded for the token once', async () => {
    // A stand-in xdg-open that records its arguments (what any local user could read in the process list).
    const bin = path.join(dir, 'bin');
    const record = path.join(dir, 'xdg-open-args');
    const fake = path.join(bin, 'xdg-open');
    mkdirSync(bin);
    // Written whole and then renamed, so the test never reads the file half-written (the redirect creates it empty).
    writeFileSync(fake, `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}.part' && mv '${record}.part' '${record}'\n`);
    chmodSync(fake, 0o755);
    const savedPath = process.env['PATH'];
    process.env['PATH'] = `${bin}${path.delimiter}${savedPath ?? ''}`;
    const controller = new AbortController();
    let printed = '';
    const cli = io(controller, (line) => (printed = line));
    try {
      const running = main(['web', '--port', '0', '--workspace', path.join(dir, 'w.mawjaz')], cli);
      for (let i = 0; i < 200 && !existsSync(record); i++) await new Promise((r) => setTimeout(r, 50));
      const token = new URL(printed).searchParams.get('token') ?? '';
      expect(token.length).toBeGreaterThan(20);
      const opened = readFileSync(record, 'utf8').trim();
      expect(opened).not.toContain(token);
      const url = new URL(opened);
      expect(url.searchParams.has('token')).toBe(false);
      const exchange = () =>
        fetch(new URL('/api/session', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: url.searchParams.get('code') }) });
      const first = await exchange();
      expect(await first.json()).toEqual({ ok: true, value: { token } });
      expect((await exchange()).status).toBe(403);
      controller.abort();
      expect(await running).toBe(0);
    } finally {
      process.env['PATH'] = savedPath;
      controller.abort();
    }
  }, 60_000);
});
