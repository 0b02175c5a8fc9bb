import type { LibraryFailure } from '../api/result.ts';

/**
 * The API process could not open the workspace: its English sentence (for the dialog), and a team library's problem
 * apart when it was one, which the settings view says in the analyst's language.
 */
export class OpenFailedError extends Error {
  readonly library: LibraryFailure | undefined;

  constructor(message: string, library: LibraryFailure | undefined) {
    super(message);
    this.name = 'OpenFailedError';
    this.library = library;
  }
}
