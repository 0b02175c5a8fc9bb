import { EventEmitter } from 'node:events';
import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress, Result } from '../../../main/api/contract.ts';
import { MAX_EVENT_STREAMS, startWebHost, type WebHost } from '../../../main/web/server.ts';

let dir: string;
let exportsDir: string;
let host: WebHost;
// A progress source like the API's: a plain EventEmitter, which warns past 10 listeners.
const progress = new EventEmitter();
const calls: unknown[] = [];

function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; res: http.IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, path: pathname, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } }, (res) => {
      if (res.headers['content-type'] === 'text/event-stream') return resolve({ status: res.statusCode ?? 0, body: '', res });
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, res }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-server-'));
  exportsDir = path.join(dir, 'exports');
  mkdirSync(exportsDir);
  const api = {
    call: (method: string, req: unknown): Promise<Result<unknown>> => {
      calls.push([method, req]);
      return Promise.resolve({ ok: true, value: {} });
    },
    onProgress: (listener: (p: Progress) => void) => {
      progress.on('progress', listener);
      return () => progress.off('progress', listener);
    },
  };
  host = await startWebHost(api, { rendererDir: dir, fontsDir: dir, bundle: () => Promise.resolve('') }, { port: 0, exportsDir });
});
afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the progress stream', () => {
  it(`takes at most ${MAX_EVENT_STREAMS} connections, without a MaxListenersExceededWarning`, async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error): void => void warnings.push(w);
    process.on('warning', onWarning);
    try {
      const answers = await Promise.all(Array.from({ length: 14 }, () => request(`/api/events?token=${host.token}`)));
      await new Promise((r) => setTimeout(r, 50));
      expect(answers.filter((a) => a.status === 200)).toHaveLength(MAX_EVENT_STREAMS);
      expect(answers.filter((a) => a.status === 503)).toHaveLength(14 - MAX_EVENT_STREAMS);
      expect(progress.listenerCount('progress')).toBe(MAX_EVENT_STREAMS);
      expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
      // A closed stream frees its place.
      for (const a of answers) a.res.destroy();
      await new Promise((r) => setTimeout(r, 50));
      expect(progress.listenerCount('progress')).toBe(0);
      const again = await request(`/api/events?token=${host.token}`);
      expect(again.status).toBe(200);
      again.res.destroy();
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('the exports route', () => {
  it('serves a regular export and refuses links and names from elsewhere', async () => {
    writeFileSync(path.join(exportsDir, 'brief-2026-12-02.pdf'), '%PDF-1.7');
    writeFileSync(path.join(dir, 'secret.pdf'), 'secret');
    symlinkSync(path.join(dir, 'secret.pdf'), path.join(exportsDir, 'link.pdf'));
    symlinkSync('/etc/passwd', path.join(exportsDir, 'passwd.pdf'));
    const ok = await request(`/api/exports/brief-2026-12-02.pdf?token=${host.token}`);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('%PDF-1.7');
    for (const name of ['link.pdf', 'passwd.pdf', '..%2Fsecret.pdf', '%2E%2E%2Fsecret.pdf', 'missing.pdf']) {
      const r = await request(`/api/exports/${name}?token=${host.token}`);
      expect(r.status, name).toBe(404);
      expect(r.body).not.toContain('secret');
      expect(r.body).not.toContain('root:');
    }
    expect((await request('/api/exports/brief-2026-12-02.pdf')).status).toBe(401);
  });
});

describe('opening the UI in the system browser', () => {
  it('hands out an address without the token, whose one-time code the page trades for it once', async () => {
    const url = new URL(host.openUrl());
    expect(url.href).not.toContain(host.token);
    const code = url.searchParams.get('code') ?? '';
    expect(code.length).toBeGreaterThan(20);
    const exchange = (headers: Record<string, string> = {}, body = JSON.stringify({ code })) =>
      request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    // Another site cannot trade it (and does not use it up).
    expect((await exchange({ origin: 'http://evil.example' })).status).toBe(403);
    expect((await exchange({ host: 'attacker.example:80' })).status).toBe(403);
    const first = await exchange({ origin: `http://127.0.0.1:${host.port}` });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ ok: true, value: { token: host.token } });
    // Read off a process list afterwards, the code is worthless.
    expect((await exchange()).status).toBe(403);
    expect((await exchange({}, JSON.stringify({ code: 'x'.repeat(code.length) }))).status).toBe(403);
    expect((await exchange({}, 'not json')).status).toBe(403);
    expect((await request('/api/session', { method: 'GET' })).status).toBe(405);
  });
});

describe('what held', () => {
  it('keeps the token, Origin and Host checks on API calls', async () => {
    const call = (headers: Record<string, string>) => request('/api/workspace:info', { method: 'POST', headers, body: '{}' });
    expect((await call({})).status).toBe(401);
    expect((await call({ 'x-mawjaz-token': 'x'.repeat(host.token.length) })).status).toBe(403);
    expect((await call({ 'x-mawjaz-token': host.token, origin: 'http://evil.example' })).status).toBe(403);
    expect((await call({ 'x-mawjaz-token': host.token, host: 'localhost.evil.example' })).status).toBe(403);
    expect((await call({ 'x-mawjaz-token': host.token })).status).toBe(200);
  });
});
