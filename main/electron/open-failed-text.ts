import { LIBRARY_PROBLEM_TEXT } from '../../common/library-problem-text.ts';
import type { UiLanguage } from './menu.ts';
import { OpenFailedError } from './open-failed-error.ts';

// Left-to-right isolate and its end (UAX #9, X5a–X6a): a host:port/database inside an Arabic sentence keeps its order.
const LRI = '\u2066';
const PDI = '\u2069';

/**
 * What the dialog says when a workspace cannot be opened: a team library's problem in the analyst's language, in the
 * settings view's words (common/library-problem-text.ts), naming what it is about; anything else, the API's sentence.
 */
export function openFailedText(e: unknown, language: UiLanguage): string {
  if (e instanceof OpenFailedError && e.library !== undefined) {
    return LIBRARY_PROBLEM_TEXT[language][e.library.problem].replace('{about}', `${LRI}${e.library.about}${PDI}`);
  }
  return e instanceof Error ? e.message : String(e);
}
