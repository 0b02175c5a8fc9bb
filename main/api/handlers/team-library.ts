import { openStore, type OpenStoreOptions } from '../../library/open/open-store.ts';
import { serverName } from '../../library/postgres/library-error.ts';
import type { SomeHandlers } from '../handler.ts';

/**
 * The team library as the settings view tries it: opened once, counted and closed, so a wrong address, a refused
 * password or a server that is down is said in one sentence (TeamLibraryError, LibrarySecretError) before the
 * analyst switches to it, and the workspace in use is never touched.
 */
export const teamLibraryHandlers = {
  'library:check': async (req, ctx) => {
    const options: OpenStoreOptions = { now: () => new Date(ctx.now()) };
    // The password typed in the settings view is for this one connection; without one the host's sources are read.
    if (req.password !== undefined) options.password = req.password;
    const store = await openStore(req.location, options);
    try {
      const counts = await store.counts();
      return { server: serverName(req.location), articles: counts.articles, briefs: counts.briefs };
    } finally {
      await store.close();
    }
  },
} satisfies SomeHandlers;
