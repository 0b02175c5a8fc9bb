import { randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a code handed to the system's browser stays good: long enough for a browser to start. */
const LIFETIME_MS = 2 * 60 * 1000;
const MAX_PENDING = 4;

export interface OpenCodes {
  /** A new one-time code. */
  issue: () => string;
  /** True once for a code issued within its lifetime; false for any other string, and for the same code again. */
  redeem: (code: string) => boolean;
}

/**
 * One-time codes for opening the UI in the system's browser. The command line of the browser (and of xdg-open, open
 * or explorer) can be read by every local user, so it carries a code instead of the token: the page trades the code
 * for the token once, and a code read from a process list afterwards is worthless.
 */
export function createOpenCodes(now: () => number = Date.now): OpenCodes {
  const pending = new Map<string, number>();
  return {
    issue() {
      const code = randomBytes(24).toString('base64url');
      pending.set(code, now() + LIFETIME_MS);
      // The oldest codes give way: an unused code is never good for long.
      for (const old of pending.keys()) if (pending.size > MAX_PENDING) pending.delete(old);
      return code;
    },
    redeem(code) {
      const given = Buffer.from(code);
      for (const [known, expires] of pending) {
        const candidate = Buffer.from(known);
        if (candidate.length === given.length && timingSafeEqual(candidate, given)) {
          pending.delete(known);
          return expires >= now();
        }
      }
      return false;
    },
  };
}
