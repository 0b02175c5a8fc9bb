/**
 * A cancelled import batch: nothing of it was written. In a file of its own so that the API can recognise it without
 * loading the import pipeline (readers, cleaning, metadata) that only an import needs.
 */
export class ImportCancelledError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('import cancelled: nothing of this batch was written', options);
    this.name = 'ImportCancelledError';
  }
}
