import { afterAll, beforeAll, beforeEach } from 'vitest';
import { postgresMissing, startCluster, type PgCluster } from './pg-cluster.ts';

/**
 * One throwaway cluster for a test file (started before its first test, destroyed after its last): call at the top
 * of a describe. Without PostgreSQL every test of the describe is skipped with the reason; under
 * MAWJAZ_REQUIRE_POSTGRES=1 (CI) the file fails instead.
 */
export function useCluster(): () => PgCluster {
  const missing = postgresMissing();
  let cluster: PgCluster | null = null;
  beforeAll(async () => {
    if (missing === null) cluster = await startCluster();
  });
  afterAll(() => cluster?.destroy());
  beforeEach(({ skip }) => skip(missing !== null, missing ?? ''));
  return () => {
    if (cluster === null) throw new Error('the PostgreSQL cluster did not start');
    return cluster;
  };
}

/**
 * A fresh database on the file's cluster, as the app and the CLI open a team library: the password in
 * MAWJAZ_LIBRARY_PASSWORD, never in the URL returned. The caller's afterEach removes the variable.
 */
export async function freshLibrary(cluster: () => PgCluster, name: string): Promise<string> {
  const url = new URL(await cluster().createDatabase(name));
  url.password = '';
  process.env['MAWJAZ_LIBRARY_PASSWORD'] = cluster().password;
  return url.toString();
}
