import { FINAL_PROBLEMS, LIBRARY_PROBLEM_TEXT, type LibraryProblem } from './library-problem.ts';

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
const SOCKET_PROBLEMS: Record<string, LibraryProblem> = {
  ECONNREFUSED: 'connection-refused',
  ECONNRESET: 'connection-cut',
  EPIPE: 'connection-cut',
  ETIMEDOUT: 'timed-out',
  ENOTFOUND: 'no-such-host',
  EAI_AGAIN: 'host-lookup-failed',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'network-unreachable',
};

const SERVER_PROBLEMS: Record<string, LibraryProblem> = {
  '28P01': 'password-refused',
  '28000': 'user-refused',
  '3D000': 'no-database',
  '57P01': 'server-shut-down',
  '57P02': 'server-crashed',
  '57P03': 'server-starting',
  '53300': 'too-many-connections',
};

function problemOf(e: unknown): LibraryProblem | null {
  if (typeof e !== 'object' || e === null) return null;
  if (e instanceof NewerSchemaError) return 'newer-schema';
  const code = 'code' in e && typeof e.code === 'string' ? e.code : '';
  const message = e instanceof Error ? e.message : '';
  // pg_hba.conf allows this client only with TLS (a `hostssl` line): the server says so in 28000's text alone.
  if (code === '28000' && /no encryption/i.test(message)) return 'tls-required';
  if (code in SOCKET_PROBLEMS) return SOCKET_PROBLEMS[code] ?? null;
  if (code in SERVER_PROBLEMS) return SERVER_PROBLEMS[code] ?? null;
  if (code.startsWith('08')) return 'connection-failed';
  // The server asked for a password (SCRAM or a plain one) and the driver had none to give: its own words, no code.
  if (/client password must be a string|^Password must be a string/i.test(message)) return 'password-missing';
  // The driver's own error when sslmode asks for TLS and the server answers that it has none.
  if (/does not support SSL/i.test(message)) return 'tls-unsupported';
  if (/Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(message)) return 'connection-lost';
  return null;
}

/** A team library migrated by a newer Mawjaz than this one: it is left as it is. */
export class NewerSchemaError extends Error {
  constructor(found: number, latest: number) {
    super(`the team library was migrated by a newer Mawjaz (schema ${String(found)}, this version knows up to ${String(latest)})`);
    this.name = 'NewerSchemaError';
  }
}

/**
 * A team library that cannot be reached, or that refused the connection: one sentence naming the server, and the
 * problem and the server apart, so the UI says them in the analyst's language.
 */
export class TeamLibraryError extends Error {
  readonly server: string;
  readonly problem: LibraryProblem;
  /** True when the work can be tried again as it is (the server came back): nothing of it was kept. */
  readonly retryable: boolean;

  constructor(server: string, problem: LibraryProblem) {
    super(`The team library at ${server} cannot be used: ${LIBRARY_PROBLEM_TEXT[problem]}.`);
    this.name = 'TeamLibraryError';
    this.server = server;
    this.problem = problem;
    this.retryable = !FINAL_PROBLEMS.has(problem);
  }
}

/** A connection problem as a TeamLibraryError naming `server`; any other error unchanged. The driver's text is dropped. */
export function libraryError(server: string, e: unknown): unknown {
  if (e instanceof TeamLibraryError) return e;
  const problem = problemOf(e);
  return problem === null ? e : new TeamLibraryError(server, problem);
}

/** Whether the error means the connection it came from is unusable (so it is not given back to the pool). */
export function isConnectionError(e: unknown): boolean {
  return e instanceof TeamLibraryError || problemOf(e) !== null;
}
