import fs from 'node:fs';
import { isTeamLibraryLocation } from '../workspace-location.ts';
import { LIBRARY_PROBLEM_TEXT, type LibraryProblem } from './library-problem.ts';

/**
 * Where the team library's password comes from, never from the location the analyst types: a password inside a
 * command line shows in the process list and the shell's history, one inside a settings file is plain text on disk.
 * The app keeps it encrypted with Electron's safeStorage and passes it in; the CLI and the web host read it from an
 * environment variable or from a file only its owner can read (0600), as ssh and PostgreSQL's own .pgpass demand.
 */

export const PASSWORD_VARIABLE = 'MAWJAZ_LIBRARY_PASSWORD';
export const PASSWORD_FILE_VARIABLE = 'MAWJAZ_LIBRARY_PASSWORD_FILE';

/** What the password file looks like on disk: its permission bits, its owner, its text. */
export interface SecretFile {
  mode: number;
  uid: number;
  text: string;
}

export interface SecretSources {
  env: Readonly<Record<string, string | undefined>>;
  /** Reads the password file (throws when it cannot). */
  readFile: (path: string) => SecretFile;
  /** The user we run as; null where there are no owners (Windows), and then the permission bits are not checked. */
  uid: number | null;
}

/**
 * A team library location or its password refused; the message never holds the password. `problem` says which, for
 * the UI's own sentence, and `subject` what it is about (the password file, or the location without its secret).
 */
export class LibrarySecretError extends Error {
  readonly problem: LibraryProblem;
  readonly subject: string;

  constructor(subject: string, problem: LibraryProblem, detail = '') {
    super(`${subject}: ${LIBRARY_PROBLEM_TEXT[problem]}${detail}`);
    this.name = 'LibrarySecretError';
    this.problem = problem;
    this.subject = subject;
  }
}

/**
 * The password for the CLI and the web host: the environment variable, else the file it names, which must belong to
 * us and be readable by no one else. Null when neither is set (the server may need none: a unix socket, a trust rule).
 */
export function passwordFromEnvironment(sources: SecretSources): string | null {
  const direct = sources.env[PASSWORD_VARIABLE];
  if (direct !== undefined && direct !== '') return direct;
  const file = sources.env[PASSWORD_FILE_VARIABLE];
  if (file === undefined || file === '') return null;
  let secret: SecretFile;
  try {
    secret = sources.readFile(file);
  } catch {
    throw new LibrarySecretError(file, 'password-file-unreadable');
  }
  if (sources.uid !== null) {
    if (secret.uid !== sources.uid) throw new LibrarySecretError(file, 'password-file-not-yours');
    if ((secret.mode & 0o077) !== 0) {
      throw new LibrarySecretError(file, 'password-file-open', ` (mode ${(secret.mode & 0o777).toString(8)}); make it 600 (chmod 600)`);
    }
  }
  // One line: the newline an editor adds is not part of the password.
  const password = secret.text.replace(/\r?\n$/, '');
  if (password === '') throw new LibrarySecretError(file, 'password-file-empty');
  return password;
}

// The connection parameters that carry a secret (libpq's `password`; `sslpassword`, the client key's passphrase).
const QUERY_SECRETS = ['password', 'sslpassword'] as const;

/**
 * The connection string to open: the location as the analyst gave it (postgres://user@host:port/database), with
 * the password from its safe place. A location that carries a password itself is refused, without repeating it.
 */
export function libraryConnectionString(location: string, password: string | null): string {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new LibrarySecretError('postgres://', 'invalid-location');
  }
  if (!isTeamLibraryLocation(location)) throw new LibrarySecretError('postgres://', 'invalid-location');
  // The driver also takes a password from the query (`?password=…`, pg-connection-string copies every parameter into its
  // settings): refused as well, or it would reach the recent list, the page and the logs with the location.
  const inQuery = QUERY_SECRETS.filter((name) => url.searchParams.has(name));
  if (url.password !== '' || inQuery.length > 0) {
    url.password = '';
    for (const name of inQuery) url.searchParams.delete(name);
    throw new LibrarySecretError(url.toString(), 'password-in-location');
  }
  if (password !== null) url.password = password;
  return url.toString();
}

/** The real sources: this process's environment, the file system, our user id. */
export function processSecretSources(): SecretSources {
  return {
    env: process.env,
    readFile: (path) => {
      const stat = fs.statSync(path);
      return { mode: stat.mode, uid: stat.uid, text: fs.readFileSync(path, 'utf8') };
    },
    uid: process.getuid?.() ?? null,
  };
}
