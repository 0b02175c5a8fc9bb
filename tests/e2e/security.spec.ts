import { spawn } from 'node:child_process';
import http from 'node:http';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { PAGE_METHODS } from '../../main/api/methods.ts';
import { offline, root, startHost, tempDir, type Host } from './host.ts';

function request(host: Host, pathname: string, headers: Record<string, string>, method = 'POST', body = '{}'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: Number(url.port), path: pathname, method, headers }, (res) => {
      let data = '';
      res.on('data', (d: Buffer) => (data += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    if (method === 'POST') req.end(body);
    else req.end();
  });
}

test.describe('the browser host guards its API', () => {
  let host: Host;
  let dir: string;
  test.beforeAll(async () => {
    dir = tempDir('security');
    host = await startHost(['--workspace', path.join(dir, 'w.mawjaz')]);
  });
  test.afterAll(async () => {
    expect(await host.stop()).toBe(0);
  });

  test('an API call without the token is refused with 401', async () => {
    const r = await request(host, '/api/workspace:info', { 'content-type': 'application/json' });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false });
  });

  test('a wrong token is refused with 403', async () => {
    const r = await request(host, '/api/workspace:info', { 'x-mawjaz-token': 'x'.repeat(host.token.length) });
    expect(r.status).toBe(403);
  });

  test('another site (wrong Origin) is refused with 403 even with the token', async () => {
    const r = await request(host, '/api/workspace:info', { 'x-mawjaz-token': host.token, origin: 'http://evil.example' });
    expect(r.status).toBe(403);
  });

  test('a rebinding name (wrong Host) is refused with 403', async () => {
    const r = await request(host, '/api/workspace:info', { 'x-mawjaz-token': host.token, host: 'attacker.example:80' });
    expect(r.status).toBe(403);
  });

  test('the right token from our own origin gets an answer', async () => {
    const r = await request(host, '/api/workspace:info', { 'x-mawjaz-token': host.token, origin: host.origin });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { articles: 0 } });
  });

  test('calls that take paths on this computer are not offered to the page', async () => {
    const r = await request(host, '/api/articles:import', { 'x-mawjaz-token': host.token, origin: host.origin });
    expect(r.status).toBe(404);
  });

  test('the page carries a strict Content-Security-Policy', async () => {
    const r = await request(host, '/', {}, 'GET');
    expect(r.status).toBe(200);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    // The page itself has no inline script or style for the policy to block.
    expect(r.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(r.body).not.toMatch(/<style|style=/);
  });

  test('the page loads with no console error, and the icon a browser asks for by itself is served', async ({ browser }) => {
    const page = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(host.url);
    await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
    expect(errors).toEqual([]);
    // Headless Chromium does not ask for the icon; a desktop browser does, without the token, from the same origin.
    const answer = await page.request.get(`${host.origin}/favicon.ico`);
    expect([answer.status(), answer.headers()['content-type']]).toEqual([200, 'image/x-icon']);
  });

  test('the event stream needs the token too', async () => {
    const r = await request(host, '/api/events', {}, 'GET');
    expect(r.status).toBe(401);
  });

  test('the exports route serves no symbolic link, and files:open opens none', async () => {
    const exportsDir = path.join(dir, 'exports');
    mkdirSync(exportsDir, { recursive: true });
    writeFileSync(path.join(dir, 'private.pdf'), 'private');
    symlinkSync(path.join(dir, 'private.pdf'), path.join(exportsDir, 'link.pdf'));
    symlinkSync('/etc/passwd', path.join(exportsDir, 'passwd.pdf'));
    for (const name of ['link.pdf', 'passwd.pdf']) {
      const r = await request(host, `/api/exports/${name}?token=${host.token}`, {}, 'GET');
      expect(r.status, name).toBe(404);
      const open = await request(host, '/api/files:open', { 'x-mawjaz-token': host.token }, 'POST', JSON.stringify({ name }));
      expect(JSON.parse(open.body), name).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
  });

  test('wrong-type requests to every call get a clear refusal, never an internal error or a path of this computer', async () => {
    const wrong = ['null', '42', '"x"', '[]', '{"id":{}}', '{"name":42,"query":[],"selection":"x"}', '{"brief":1,"format":"exe"}', '{"files":"x","paths":[1]}', 'not json', '{"__proto__":{"x":1}}'];
    let sent = 0;
    for (const method of PAGE_METHODS) {
      for (const body of wrong) {
        const r = await request(host, `/api/${method}`, { 'x-mawjaz-token': host.token, 'content-type': 'application/json' }, 'POST', body);
        sent++;
        expect([200, 400], `${method} ${body}`).toContain(r.status);
        expect(r.body, `${method} ${body}`).not.toContain(dir);
        expect(r.body, `${method} ${body}`).not.toContain(os.tmpdir());
        expect(r.body, `${method} ${body}`).not.toContain(root);
        expect(r.body, `${method} ${body}`).not.toContain('"internal"');
      }
    }
    expect(sent).toBe(PAGE_METHODS.length * wrong.length);
  });

  test('workspace:info names the workspace file, not its folder', async () => {
    const r = await request(host, '/api/workspace:info', { 'x-mawjaz-token': host.token }, 'POST', '{}');
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: 'w.mawjaz' } });
    expect(r.body).not.toContain(dir);
  });
});

test('the browser is opened without the token on its command line, and the page it opens still gets in', async ({ browser }) => {
  const dir = tempDir('open');
  const bin = path.join(dir, 'bin');
  const record = path.join(dir, 'opened');
  mkdirSync(bin);
  // A stand-in xdg-open: records what it was given, as anyone reading the process list would see it.
  writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${record}'\n`);
  chmodSync(path.join(bin, 'xdg-open'), 0o755);
  const child = spawn(process.execPath, [path.join(root, 'bin', 'mawjaz.mjs'), 'web', '--port', '0', '--workspace', path.join(dir, 'w.mawjaz')], {
    cwd: root,
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let printed = '';
    child.stdout.on('data', (d: Buffer) => (printed += d.toString()));
    // The stand-in's shell creates the file before printf writes into it: wait for what it wrote, not for the file.
    await expect.poll(() => existsSync(record) && readFileSync(record, 'utf8').length > 0 && printed.includes('\n'), { timeout: 60_000 }).toBe(true);
    const token = new URL(printed.trim()).searchParams.get('token') ?? '';
    const opened = readFileSync(record, 'utf8');
    expect(token.length).toBeGreaterThan(20);
    expect(opened).not.toContain(token);
    const page = await (await browser.newContext()).newPage();
    const net = await offline(page);
    await page.goto(opened);
    await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
    await expect(page.locator('#workspace-line')).toContainText('w.mawjaz');
    // The code is gone from the address bar, and it was good once only.
    expect(page.url()).not.toContain('code=');
    const again = await page.evaluate(async (code) => (await fetch('/api/session', { method: 'POST', body: JSON.stringify({ code }) })).status, new URL(opened).searchParams.get('code'));
    expect(again).toBe(403);
    net.assertNoLeaks();
  } finally {
    child.kill('SIGTERM');
  }
});
