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
