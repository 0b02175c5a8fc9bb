import { runExchange } from '../../library/exchange/run-exchange.ts';
import type { ExchangeDirection, ExchangeReport } from '../../library/exchange/exchange-report.ts';
import { openStore, type OpenStoreOptions } from '../../library/open/open-store.ts';
import { serverName } from '../../library/postgres/library-error.ts';
import { libraryIdentity, sameLibrary } from '../../library/postgres/library-identity.ts';
import type { Store } from '../../library/store.ts';
import type { ApiContext, SomeHandlers } from '../handler.ts';

/**
 * Opens the team library a request names, the workspace in use never touched. The password typed in the settings
 * view (or handed over by the CLI from its environment) is for this one connection. Without one, the host's own
 * password (MAWJAZ_LIBRARY_PASSWORD or its file) is for the library the host was started on and no other: any address
 * the analyst types may be a server that asks for the password in clear text, and it must not get the team's.
 */
function openLibrary(req: { location: string; password?: string | undefined }, ctx: ApiContext): Promise<Store> {
  const options: OpenStoreOptions = { now: () => new Date(ctx.now()) };
  if (req.password !== undefined) options.password = req.password;
  else if (!sameLibrary(req.location, ctx.store.file)) options.password = null;
  return openStore(req.location, options);
}

async function exchange(direction: ExchangeDirection, req: { location: string; password?: string | undefined; topics?: string[] | undefined }, ctx: ApiContext): Promise<ExchangeReport> {
  const library = await openLibrary(req, ctx);
  try {
    return await runExchange({
      direction,
      library,
      workspace: ctx.store,
      // The identity names server, database and user, never the password, whatever the location held.
      libraryId: libraryIdentity(req.location) ?? serverName(req.location),
      libraryName: serverName(req.location),
      topics: req.topics === undefined || req.topics.length === 0 ? null : req.topics,
    });
  } finally {
    await library.close();
  }
}

/**
 * The team library as the settings view tries it (opened once, counted and closed, so a wrong address, a refused
 * password or a server that is down is said in one sentence before the analyst switches to it), and the explicit
 * copy in both directions for working offline (library/exchange/).
 */
export const teamLibraryHandlers = {
  'library:check': async (req, ctx) => {
    const store = await openLibrary(req, ctx);
    try {
      const counts = await store.counts();
      return { server: serverName(req.location), articles: counts.articles, briefs: counts.briefs };
    } finally {
      await store.close();
    }
  },
  'library:copy': (req, ctx) => exchange('copy', req, ctx),
  'library:send': (req, ctx) => exchange('send', req, ctx),
} satisfies SomeHandlers;
