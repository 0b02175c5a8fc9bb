import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Method } from '../api/contract.ts';
import type { ApiCaller } from '../api/api-caller.ts';
import { PAGE_METHODS } from '../api/methods.ts';
import { CONTENT_SECURITY_POLICY } from '../api/csp.ts';
import { checkRequest } from './guard.ts';
import { readExportFile } from '../files/exports-folder.ts';
import { serveStatic, type StaticFiles } from './static-files.ts';
import { createOpenCodes } from './open-codes.ts';


export interface WebHost {
  url: string;
  token: string;
  port: number;
  /**
   * An address of the UI without the token, for handing to the system's browser: its one-time code, exchanged once
   * for the token by the page, is worthless to anyone who reads the browser's command line afterwards.
   */
  openUrl: () => string;
  close: () => Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;
/** Progress streams open at once: a few tabs of the UI; more are refused instead of piling up listeners. */
export const MAX_EVENT_STREAMS = 8;

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit = MAX_BODY): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function isMethod(name: string): name is Method {
  return (PAGE_METHODS as readonly string[]).includes(name);
}

/**
 * The browser host: serves renderer/ and the API under /api/ on 127.0.0.1 only, guarded by a random per-start
 * token and by Host/Origin checks, with the same Content-Security-Policy as the Electron window.
 */
export async function startWebHost(api: ApiCaller, files: StaticFiles, options: { port?: number; exportsDir?: string } = {}): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  const codes = createOpenCodes();
  let streams = 0;
  let port = 0;
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      // Nothing of the failure goes to the client; a half-sent answer is cut off.
      if (res.headersSent) res.destroy();
      else send(res, 500, JSON.stringify({ ok: false, error: { code: 'internal', message: 'the host failed to answer' } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api/session') return exchangeCode(req, res);
    if (url.pathname.startsWith('/api/')) {
      // EventSource and download links cannot set headers: those two carry the token in the query.
      const inQuery = url.pathname === '/api/events' || url.pathname.startsWith('/api/exports/');
      const given = inQuery ? url.searchParams.get('token') : req.headers['x-mawjaz-token'];
      const verdict = checkRequest(req, port, token, typeof given === 'string' ? given : null);
      if (!verdict.ok) return send(res, verdict.status, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: verdict.reason } }));
      if (url.pathname === '/api/events') return streamProgress(res);
      const rest = safeDecode(url.pathname.slice('/api/'.length));
      if (rest === null) return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'malformed path' } }));
      if (rest.startsWith('exports/')) return sendExport(res, rest.slice('exports/'.length));
      const name = rest;
      if (req.method !== 'POST') return send(res, 405, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'POST only' } }));
      if (!isMethod(name)) return send(res, 404, JSON.stringify({ ok: false, error: { code: 'not-found', message: `no API call ${name}` } }));
      let request: unknown;
      try {
        const body = await readBody(req);
        request = body.length > 0 ? JSON.parse(body) : {};
      } catch (e) {
        return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: e instanceof Error ? e.message : String(e) } }));
      }
      return send(res, 200, JSON.stringify(await api.call(name, request)));
    }
    const verdict = checkRequest(req, port, token, undefined);
    if (!verdict.ok) return send(res, verdict.status, verdict.reason, 'text/plain; charset=utf-8');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'GET only', 'text/plain; charset=utf-8');
    const file = await serveStatic(files, url.pathname);
    if (!file) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  /** The page opened with `?code=` trades it, once, for the token; Host and Origin are checked as for every call. */
  async function exchangeCode(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = checkRequest(req, port, token, undefined);
    if (!verdict.ok) return send(res, verdict.status, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: verdict.reason } }));
    if (req.method !== 'POST') return send(res, 405, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'POST only' } }));
    let code: unknown;
    try {
      // Before the token, only a code's worth of body is read.
      code = (JSON.parse(await readBody(req, 1024)) as { code?: unknown }).code;
    } catch {
      code = undefined;
    }
    if (typeof code !== 'string' || !codes.redeem(code)) return send(res, 403, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'unknown or used code' } }));
    return send(res, 200, JSON.stringify({ ok: true, value: { token } }));
  }

  async function sendExport(res: ServerResponse, name: string): Promise<void> {
    // A regular file of the exports folder only: links and anything outside it once resolved are not served.
    const file = options.exportsDir === undefined ? null : await readExportFile(options.exportsDir, name);
    if (!file) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
    res.writeHead(200, {
      'content-type': name.endsWith('.pdf') ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(file);
  }

  function streamProgress(res: ServerResponse): void {
    if (streams >= MAX_EVENT_STREAMS) {
      return send(res, 503, JSON.stringify({ ok: false, error: { code: 'conflict', message: `too many progress streams open (at most ${MAX_EVENT_STREAMS})` } }));
    }
    streams++;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const off = api.onProgress((p) => res.write(`data: ${JSON.stringify(p)}\n\n`));
    res.on('close', () => {
      streams--;
      off();
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    openUrl: () => `http://127.0.0.1:${port}/?code=${codes.issue()}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
