import { describe, expect, it } from 'vitest';
import type { Method } from '../../../main/api/methods.ts';
import type { LibraryPasswords } from '../../../main/electron/library-passwords.ts';
import { exchangeWithSavedPassword } from '../../../main/electron/saved-password-exchange.ts';

// Copy and send from the desktop app use the library's saved password as a switch to it does, and save a typed one
// that worked; the API and the encrypted store are stand-ins with the same shapes (no Electron here).

const LIBRARY = 'postgres://ana@db.desk/stories';
const REPORT = { direction: 'copy', library: 'db.desk:5432/stories' };

function passwordsIn(saved: Map<string, string>, keychain = true): LibraryPasswords {
  return {
    get: (location) => saved.get(location) ?? null,
    set: (location, password) => {
      if (!keychain) throw new Error('no keychain');
      saved.set(location, password);
    },
    forget: (location) => saved.delete(location),
  };
}

function apiAnswering(ok: boolean): { calls: [Method, unknown][]; call: (method: Method, request: unknown) => Promise<never> } {
  const calls: [Method, unknown][] = [];
  return {
    calls,
    call: (method, request) => {
      calls.push([method, request]);
      return Promise.resolve((ok ? { ok: true, value: REPORT } : { ok: false, error: { code: 'internal', message: 'refused the password' } }) as never);
    },
  };
}

describe('copy and send with the saved password', () => {
  it('sends the saved password when none is typed, and a typed one instead of it', async () => {
    const saved = new Map([[LIBRARY, 'saved-pw']]);
    const api = apiAnswering(true);
    expect(await exchangeWithSavedPassword(api, passwordsIn(saved), { direction: 'copy', location: LIBRARY, topics: ['الحدود'] })).toEqual({ ok: true, value: REPORT });
    await exchangeWithSavedPassword(api, passwordsIn(saved), { direction: 'send', location: LIBRARY, password: 'typed-pw' });
    expect(api.calls).toEqual([
      ['library:copy', { location: LIBRARY, password: 'saved-pw', topics: ['الحدود'] }],
      ['library:send', { location: LIBRARY, password: 'typed-pw' }],
    ]);
    // The typed one worked: it is the one saved now.
    expect(saved.get(LIBRARY)).toBe('typed-pw');
  });

  it('saves a typed password only once it worked, asks with none when none is saved, and goes on without a keychain', async () => {
    const saved = new Map<string, string>();
    const refused = apiAnswering(false);
    expect(await exchangeWithSavedPassword(refused, passwordsIn(saved), { direction: 'send', location: LIBRARY, password: 'wrong' })).toMatchObject({ ok: false });
    expect(saved.size).toBe(0);
    await exchangeWithSavedPassword(refused, passwordsIn(saved), { direction: 'send', location: LIBRARY });
    expect(refused.calls.at(-1)).toEqual(['library:send', { location: LIBRARY }]);
    const api = apiAnswering(true);
    expect(await exchangeWithSavedPassword(api, passwordsIn(saved, false), { direction: 'send', location: LIBRARY, password: 'typed-pw' })).toEqual({ ok: true, value: REPORT });
    expect(saved.size).toBe(0);
    expect(await exchangeWithSavedPassword(api, null, { direction: 'copy', location: LIBRARY })).toEqual({ ok: true, value: REPORT });
    expect(api.calls.at(-1)).toEqual(['library:copy', { location: LIBRARY }]);
  });
});
