import { IngestError } from '../../../../main/ingest/readers/ingest-error.ts';

/** The IngestError `run` rejects with; any other error is rethrown, and success fails the test. */
export async function failure(run: () => Promise<unknown>): Promise<IngestError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}
