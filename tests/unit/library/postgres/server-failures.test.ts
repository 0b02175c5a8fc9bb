import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { TeamLibraryError } from '../../../../main/library/postgres/library-error.ts';
import { openTeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import { pgMigrations } from '../../../../main/library/postgres/migrations.ts';
import pg from 'pg';
import { useCluster } from '../../../helpers/pg-suite.ts';
import { formatArticles } from './corpus.ts';

// What the analyst sees when the team library cannot be used: one sentence naming the server, never a secret; and
// what is left when the server goes away in the middle of a batch: nothing of the batch, and the retry works.

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    if (e instanceof Error) return e;
  }
  throw new Error('expected a rejection');
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

describe('a team library that cannot be used', () => {
  const cluster = useCluster();

  it('says in one sentence that the connection was refused, naming the server and not the password', async () => {
    const port = await closedPort();
    const e = await rejection(openTeamLibrary(`postgres://analyst:s3cret-pass@127.0.0.1:${String(port)}/desk`));
    expect(e).toBeInstanceOf(TeamLibraryError);
    expect(e.message).toBe(`The team library at 127.0.0.1:${String(port)}/desk cannot be used: the connection was refused (is the server running and listening there?).`);
    expect(e.message).not.toContain('s3cret');
  });

  it('says that the password was refused, echoing neither the wrong password nor the right one', async () => {
    const c = cluster();
    await c.createDatabase('secrets');
    const e = await rejection(openTeamLibrary(`postgres://mawjaz:wrong-${c.password}@${c.host}:${String(c.port)}/secrets`));
    expect(e.message).toBe(`The team library at ${c.host}:${String(c.port)}/secrets cannot be used: the password was refused.`);
    expect(e.message).not.toContain(c.password);
    const missing = await rejection(openTeamLibrary(c.url('no_such_db')));
    expect(missing.message).toBe(`The team library at ${c.host}:${String(c.port)}/no_such_db cannot be used: there is no such database.`);
    expect(missing.message).not.toContain(c.password);
  });

  it('migrates a library once, step by step, shows it without the password, and refuses one a newer Mawjaz migrated', async () => {
    const c = cluster();
    const url = await c.createDatabase('schema');
    const [a, b] = await Promise.all([openTeamLibrary(url), openTeamLibrary(url)]);
    expect([a.schemaVersion, b.schemaVersion]).toEqual([pgMigrations.length, pgMigrations.length]);
    expect(a.file).toBe(`postgres://mawjaz@${c.host}:${String(c.port)}/schema`);
    expect(a.server).toBe(`${c.host}:${String(c.port)}/schema`);
    await Promise.all([a.close(), b.close()]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const rows = (await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows;
      expect(rows.map((r) => r.version)).toEqual(pgMigrations.map((m) => m.version));
      // Only the first steps: a reopening applies the rest.
      await client.query('DROP TABLE brief_conflicts, brief_changes, brief_history, briefs');
      await client.query('DELETE FROM schema_migrations WHERE version >= 3');
      const again = await openTeamLibrary(url);
      expect(await again.saveBrief({ id: 'x', title: 't', json: {} })).toMatchObject({ version: 1 });
      await again.close();
      await client.query("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01')");
      const newer = await rejection(openTeamLibrary(url));
      expect(newer).toBeInstanceOf(TeamLibraryError);
      expect(newer).toMatchObject({ problem: 'newer-schema', retryable: false });
      expect(newer.message).toMatch(/cannot be used: the library was brought up to date by a newer Mawjaz/);
    } finally {
      await client.end();
    }
  });

  it('keeps nothing of a batch the server died in the middle of, says so naming the server, and takes the batch again', async () => {
    const c = cluster();
    const lib = await openTeamLibrary(await c.createDatabase('crash'));
    const articles = (await formatArticles()).slice(0, 12);
    await lib.addArticle(articles[0] ?? articles[1]!);
    const batch = (kill: boolean) =>
      lib.transaction(async () => {
        for (const [i, a] of articles.entries()) {
          if (kill && i === 6) c.kill();
          await lib.addArticle(a);
        }
      });
    const e = await rejection(batch(true));
    expect(e).toBeInstanceOf(TeamLibraryError);
    expect(e.message).toMatch(new RegExp(`^The team library at ${c.host}:${String(c.port)}/crash cannot be used: the (connection was lost|connection was cut|server was shut down during the work)\\.$`));
    expect(e.message).not.toContain(c.password);
    // While it is down, every call says the same kind of sentence.
    expect((await rejection(lib.counts())).message).toMatch(/cannot be used: the connection was refused/);
    c.start();
    expect((await lib.counts()).articles).toBe(1);
    await batch(false);
    expect((await lib.counts()).articles).toBe(new Set(articles.map((a) => a.id)).size);
    await lib.close();
  });
});
