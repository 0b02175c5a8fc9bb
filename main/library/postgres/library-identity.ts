import { isTeamLibraryLocation } from '../workspace-location.ts';

/**
 * Which server, database and user a team library location connects as: what decides whether a password meant for
 * one library may be sent to another. The driver also reads connection settings from the query (`?host=`,
 * `?port=`, `?user=` override the address before them, pg-connection-string), so the query is part of it.
 */
export function libraryIdentity(location: string): string | null {
  if (!isTeamLibraryLocation(location.trim())) return null;
  let u: URL;
  try {
    u = new URL(location.trim());
  } catch {
    return null;
  }
  const host = u.hostname === '' ? 'localhost' : u.hostname.toLowerCase();
  const port = u.port === '' ? '5432' : u.port;
  const user = decodeURIComponent(u.username);
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || user || 'postgres';
  const query = [...u.searchParams.entries()].map(([k, v]) => `${k}=${v}`).sort();
  return JSON.stringify([host, port, database, user, query]);
}

/**
 * Whether two locations name the same library: the same host, port, database and user, and the same connection
 * settings in the query. Conservative by design — `localhost` and `127.0.0.1` differ — since a false «same» would
 * hand the host's password to a server the analyst merely typed.
 */
export function sameLibrary(a: string, b: string): boolean {
  const ia = libraryIdentity(a);
  return ia !== null && ia === libraryIdentity(b);
}
