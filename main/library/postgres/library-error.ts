/**
 * Errors of a team library (PostgreSQL) said in one sentence that names the server — host:port/database — and never
 * the password: the connection string holds it, the error texts of the driver and the server never should reach the
 * analyst or a log with it.
 */

/** Where the library is, as the analyst may see it: host:port/database, no user name or password. */
export function serverName(url: string): string {
  const u = new URL(url);
  const host = u.hostname === '' ? 'localhost' : u.hostname;
  const port = u.port === '' ? '5432' : u.port;
  const db = decodeURIComponent(u.pathname.replace(/^\//, '')) || decodeURIComponent(u.username) || 'postgres';
  return `${host}:${port}/${db}`;
}

/** The connection string without its password, for display (the store's `file`). */
export function displayUrl(url: string): string {
  const u = new URL(url);
  u.password = '';
  return u.toString();
}

// Node's socket errors and the server's SQLSTATEs that mean the library cannot be reached or refused us, as opposed
// to a statement the library refused (a constraint, a bad value), which passes through unchanged.
const SOCKET_PROBLEMS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused (is the server running and listening there?)',
  ECONNRESET: 'the connection was cut',
  EPIPE: 'the connection was cut',
  ETIMEDOUT: 'the connection timed out',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
};

const SERVER_PROBLEMS: Record<string, string> = {
  '28P01': 'the password was refused',
  '28000': 'this user may not connect',
  '3D000': 'there is no such database',
  '57P01': 'the server was shut down during the work',
  '57P02': 'the server crashed during the work',
  '57P03': 'the server is starting or stopping and does not accept connections yet',
  '53300': 'the server has too many connections',
};

function problemOf(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const code = 'code' in e && typeof e.code === 'string' ? e.code : '';
  if (code in SOCKET_PROBLEMS) return SOCKET_PROBLEMS[code] ?? null;
  if (code in SERVER_PROBLEMS) return SERVER_PROBLEMS[code] ?? null;
  if (code.startsWith('08')) return 'the connection failed';
  const message = e instanceof Error ? e.message : '';
  if (/Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(message)) return 'the connection was lost';
  return null;
}

/** A team library that cannot be reached, or that refused the connection: one sentence naming the server. */
export class TeamLibraryError extends Error {
  readonly server: string;
  /** True when the work can be tried again as it is (the server came back): nothing of it was kept. */
  readonly retryable: boolean;

  constructor(server: string, problem: string, retryable: boolean) {
    super(`The team library at ${server} cannot be used: ${problem}.`);
    this.name = 'TeamLibraryError';
    this.server = server;
    this.retryable = retryable;
  }
}

/** A connection problem as a TeamLibraryError naming `server`; any other error unchanged. The driver's text is dropped. */
export function libraryError(server: string, e: unknown): unknown {
  if (e instanceof TeamLibraryError) return e;
  const problem = problemOf(e);
  if (problem === null) return e;
  const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : '';
  return new TeamLibraryError(server, problem, !(code === '28P01' || code === '28000' || code === '3D000'));
}

/** Whether the error means the connection it came from is unusable (so it is not given back to the pool). */
export function isConnectionError(e: unknown): boolean {
  return e instanceof TeamLibraryError || problemOf(e) !== null;
}
