import path from 'node:path';
import { serverName } from '../library/postgres/library-error.ts';
import { isTeamLibraryLocation } from '../library/workspace-location.ts';

/**
 * How the app names a workspace in its title and to the page: a file by its name (no absolute path reaches the
 * page), a team library by host:port/database (never its user or password).
 */
export function workspaceName(location: string): string {
  return isTeamLibraryLocation(location) ? serverName(location) : path.basename(location);
}

/** The workspace file to go back to from a team library: the last file used (recent list, newest first), else the default. */
export function lastLocalWorkspace(recent: readonly string[], fallback: string): string {
  return recent.find((location) => !isTeamLibraryLocation(location)) ?? fallback;
}
