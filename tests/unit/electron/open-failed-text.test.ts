import { describe, expect, it } from 'vitest';
import { LibraryFailure } from '../../../main/api/result.ts';
import { OpenFailedError } from '../../../main/electron/open-failed-error.ts';
import { openFailedText } from '../../../main/electron/open-failed-text.ts';
import { LIBRARY_PROBLEM_TEXT } from '../../../common/library-problem-text.ts';

describe('the dialog saying why a workspace could not be opened', () => {
  const refused = new OpenFailedError('The team library at db.desk:5432/stories cannot be used: the password was refused.', { problem: 'password-refused', about: 'db.desk:5432/stories' });

  it('says a team library’s problem in the analyst’s language, in the settings view’s words, the server isolated left to right', () => {
    expect(openFailedText(refused, 'ar')).toBe('رفضت مكتبة الفريق في \u2066db.desk:5432/stories\u2069 كلمة المرور.');
    expect(openFailedText(refused, 'en')).toBe('The team library at \u2066db.desk:5432/stories\u2069 refused the password.');
    // Every problem the API can carry, in both languages: the settings view's sentence around what it is about.
    for (const problem of LibraryFailure.shape.problem.options) {
      for (const lang of ['ar', 'en'] as const) {
        const text = openFailedText(new OpenFailedError('english', { problem, about: 'h:1/d' }), lang);
        expect(text).toBe(LIBRARY_PROBLEM_TEXT[lang][problem].replace('{about}', '\u2066h:1/d\u2069'));
      }
    }
  });

  it('keeps the API’s sentence for a workspace file, which names the file', () => {
    expect(openFailedText(new OpenFailedError('/x/bad.mawjaz: not a Mawjaz workspace', undefined), 'ar')).toBe('/x/bad.mawjaz: not a Mawjaz workspace');
    expect(openFailedText(new Error('the API process stopped'), 'en')).toBe('the API process stopped');
  });
});
