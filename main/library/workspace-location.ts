/**
 * Whether a workspace location names a team library on a PostgreSQL server (a `postgres://` or `postgresql://`
 * connection URL, as libpq writes them) rather than a local file.
 */
export function isTeamLibraryLocation(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location.trim());
}

/**
 * Refuses a team library where only a workspace file will do (a file's backup, opening the SQLite store directly), in
 * one sentence that names the option it came from and never the URL itself (it may carry a password).
 */
export class TeamLibraryUnavailableError extends Error {
  constructor(option: string, why = 'a workspace file is needed here') {
    super(`${option} names a team library (postgres://…), but ${why}: give a workspace file instead`);
    this.name = 'TeamLibraryUnavailableError';
  }
}
