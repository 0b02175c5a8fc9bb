import { openStore, type OpenStoreOptions } from '../../library/open/open-store.ts';
import { serverName } from '../../library/postgres/library-error.ts';
import { sameLibrary } from '../../library/postgres/library-identity.ts';
import type { SomeHandlers } from '../handler.ts';

/**
 * The team library as the settings view tries it: opened once, counted and closed, so a wrong address, a refused
 * password or a server that is down is said in one sentence (TeamLibraryError, LibrarySecretError) before the
 * analyst switches to it, and the workspace in use is never touched.
 */
export const teamLibraryHandlers = {
  'library:check': async (req, ctx) => {
    const options: OpenStoreOptions = { now: () => new Date(ctx.now()) };
    // The password typed in the settings view is for this one connection. Without one, the host's own password
    // (MAWJAZ_LIBRARY_PASSWORD or its file) is for the library the host was started on and no other: any address
    // the analyst types may be a server that asks for the password in clear text, and it must not get the team's.
    if (req.password !== undefined) options.password = req.password;
    else if (!sameLibrary(req.location, ctx.store.file)) options.password = null;
    const store = await openStore(req.location, options);
    try {
      const counts = await store.counts();
      return { server: serverName(req.location), articles: counts.articles, briefs: counts.briefs };
    } finally {
      await store.close();
    }
  },
} satisfies SomeHandlers;
