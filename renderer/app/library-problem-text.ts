import { LIBRARY_PROBLEM_TEXT } from '../../common/library-problem-text.ts';
import { language, type Language } from './i18n.ts';
import type { SwitchProblem } from './types.ts';

// The sentences themselves are shared with the desktop shell's start-up dialog (common/library-problem-text.ts).
export { LIBRARY_PROBLEM_TEXT };

/** The sentence for a team library's failure in the UI's language, split around what it is about. */
export function libraryProblemText(problem: SwitchProblem, lang: Language = language()): { before: string; about: boolean; after: string } {
  const text = LIBRARY_PROBLEM_TEXT[lang][problem];
  const at = text.indexOf('{about}');
  if (at < 0) return { before: text, about: false, after: '' };
  return { before: text.slice(0, at), about: true, after: text.slice(at + '{about}'.length) };
}
