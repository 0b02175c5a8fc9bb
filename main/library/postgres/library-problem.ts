import { z } from 'zod';

/**
 * Why a team library cannot be used, named so that the UI says it in the analyst's language (as StorageProblem does
 * for a workspace file): the server's or the driver's own text never reaches the page. The host:port/database the
 * problem is about travels beside it as data.
 */
export const LibraryProblem = z.enum([
  'password-refused',
  'password-missing',
  'user-refused',
  'tls-required',
  'tls-unsupported',
  'no-database',
  'newer-schema',
  'server-shut-down',
  'server-crashed',
  'server-starting',
  'too-many-connections',
  'connection-refused',
  'connection-cut',
  'connection-lost',
  'timed-out',
  'no-such-host',
  'host-lookup-failed',
  'unreachable',
  'network-unreachable',
  'connection-failed',
  'invalid-location',
  'password-in-location',
  'password-file-unreadable',
  'password-file-not-yours',
  'password-file-open',
  'password-file-empty',
]);
export type LibraryProblem = z.infer<typeof LibraryProblem>;

/** The English words for each problem: the CLI prints them and the API's messages carry them. */
export const LIBRARY_PROBLEM_TEXT: Record<LibraryProblem, string> = {
  'password-refused': 'the password was refused',
  'password-missing': 'the server asks for a password and none was given (MAWJAZ_LIBRARY_PASSWORD, or a file named by MAWJAZ_LIBRARY_PASSWORD_FILE)',
  'user-refused': 'this user may not connect',
  'tls-required': 'the server accepts only encrypted connections: add ?sslmode=require to the location',
  'tls-unsupported': 'the location asks for an encrypted connection and the server offers none',
  'no-database': 'there is no such database',
  'newer-schema': 'the library was brought up to date by a newer Mawjaz: update Mawjaz to use it',
  'server-shut-down': 'the server was shut down during the work',
  'server-crashed': 'the server crashed during the work',
  'server-starting': 'the server is starting or stopping and does not accept connections yet',
  'too-many-connections': 'the server has too many connections',
  'connection-refused': 'the connection was refused (is the server running and listening there?)',
  'connection-cut': 'the connection was cut',
  'connection-lost': 'the connection was lost',
  'timed-out': 'the connection timed out',
  'no-such-host': 'no such host',
  'host-lookup-failed': 'the host name could not be looked up',
  unreachable: 'the host cannot be reached',
  'network-unreachable': 'the network cannot be reached',
  'connection-failed': 'the connection failed',
  'invalid-location': 'the location is not a valid postgres:// address',
  'password-in-location': 'a password written into the location would be kept in plain text; give it in MAWJAZ_LIBRARY_PASSWORD or a file named by MAWJAZ_LIBRARY_PASSWORD_FILE (mode 600)',
  'password-file-unreadable': "the team library's password file cannot be read",
  'password-file-not-yours': "the team library's password file must belong to you",
  'password-file-open': "the team library's password file can be read by others",
  'password-file-empty': "the team library's password file is empty",
};

/** Problems that trying again as it is cannot mend (the server said no, or the location is wrong). */
export const FINAL_PROBLEMS: ReadonlySet<LibraryProblem> = new Set<LibraryProblem>([
  'password-refused',
  'password-missing',
  'user-refused',
  'tls-required',
  'tls-unsupported',
  'no-database',
  'newer-schema',
]);
