import http from 'node:http';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { startHost, tempDir, type Host } from './host.ts';

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
  test.beforeAll(async () => {
    host = await startHost(['--workspace', path.join(tempDir('security'), 'w.mawjaz')]);
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

  test('the event stream needs the token too', async () => {
    const r = await request(host, '/api/events', {}, 'GET');
    expect(r.status).toBe(401);
  });
});
