import type { Store } from '../store.ts';
import { analystName } from './analyst-name.ts';
import { openWorkspace } from '../open-workspace.ts';
import { isTeamLibraryLocation } from '../workspace-location.ts';

export interface OpenStoreOptions {
  /** The clock the store stamps its rows with. */
  now?: () => Date;
  /**
   * The team library's password, when the host has it (the desktop app, from its encrypted store); otherwise it is
   * read from MAWJAZ_LIBRARY_PASSWORD or the owner-only file MAWJAZ_LIBRARY_PASSWORD_FILE names (library-secret.ts).
   */
  password?: string | null;
  /** Who is working, for a team library's change log; else MAWJAZ_ANALYST (analyst-name.ts), else the connection's user. */
  analyst?: string;
}

/**
 * The store a workspace location names: a workspace file (SQLite, opened at once, never touching the network) or a
 * team library (`postgres://…`, a PostgreSQL server: the only connection Mawjaz ever makes, and only when asked).
 * The team library's code, and its client, load only when one is opened.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (!isTeamLibraryLocation(location)) return openWorkspace(location, options.now === undefined ? {} : { now: options.now });
  const [{ openTeamLibrary }, secret] = await Promise.all([import('../postgres/open-team-library.ts'), import('../postgres/library-secret.ts')]);
  const password = options.password !== undefined ? options.password : secret.passwordFromEnvironment(secret.processSecretSources());
  const analyst = options.analyst ?? analystName(process.env);
  return openTeamLibrary(secret.libraryConnectionString(location.trim(), password), {
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(analyst === undefined ? {} : { analyst }),
  });
}
