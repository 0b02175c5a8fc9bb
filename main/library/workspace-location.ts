/**
 * Whether a workspace location names a team library on a PostgreSQL server (a `postgres://` or `postgresql://`
 * connection URL, as libpq writes them) rather than a local file.
 */
export function isTeamLibraryLocation(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location.trim());
}

/**
 * Refuses a team library where this build can only open files, in one sentence that names the option it came from
 * and never the URL itself (it may carry a password).
 */
export class TeamLibraryUnavailableError extends Error {
  constructor(option: string) {
    super(`${option} names a team library (postgres://…), which is not available in this build of Mawjaz: give a workspace file instead`);
    this.name = 'TeamLibraryUnavailableError';
  }
}
