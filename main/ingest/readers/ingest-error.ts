import { z } from 'zod';

/**
 * Why an input could not be read. The codes are a contract: the API, the CLI and the UI branch on them
 * (for example to offer OCR for 'no-text', or to carry on with the rest of a batch after any of them).
 */
export const IngestErrorCode = z.enum([
  'not-found',
  'unreadable',
  'unsupported',
  'empty',
  'too-large',
  // A page whose elements nest deeper than it can be read safely: not damaged, and no larger than the limit.
  'too-complex',
  'binary',
  'encoding',
  'malformed',
  'protected',
  'no-text',
  'cancelled',
  'timed-out',
]);
export type IngestErrorCode = z.infer<typeof IngestErrorCode>;

/**
 * An input the importer refuses, with the file named and the problem said in plain words on one line,
 * so a batch can report it and go on with the other files.
 */
export class IngestError extends Error {
  readonly file: string;
  readonly problem: string;
  readonly code: IngestErrorCode;

  constructor(file: string, code: IngestErrorCode, problem: string, options?: { cause?: unknown }) {
    // One line always: a problem built from a library's message may carry newlines.
    const oneLine = problem.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    super(`${file}: ${oneLine}`, options);
    this.name = 'IngestError';
    this.file = file;
    this.problem = oneLine;
    this.code = code;
  }
}

/** True for an IngestError, also across module copies (vitest forks, tsx) where instanceof may fail. */
export function isIngestError(value: unknown): value is IngestError {
  return value instanceof IngestError || (value instanceof Error && value.name === 'IngestError' && 'code' in value && 'file' in value);
}
