import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/**
 * The browser host's gate. It listens on 127.0.0.1 only, but a web page elsewhere can still aim requests at it
 * (DNS rebinding, cross-site requests): so the Host must be our own address, an Origin, when sent, must be our own,
 * and every API call must carry the per-start token.
 * `given` is the token the request carries (null when none), or undefined for requests that need none (the UI's files).
 */
export function checkRequest(req: IncomingMessage, port: number, token: string, given: string | null | undefined): GuardVerdict {
  const own = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const host = req.headers.host ?? '';
  if (!own.has(host)) return { ok: false, status: 403, reason: 'wrong host' };
  const origin = req.headers.origin;
  if (origin !== undefined && !own.has(origin.replace(/^http:\/\//, ''))) return { ok: false, status: 403, reason: 'wrong origin' };
  if (given === undefined) return { ok: true };
  if (given === null || given.length === 0) return { ok: false, status: 401, reason: 'missing token' };
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { ok: false, status: 403, reason: 'wrong token' };
  return { ok: true };
}
