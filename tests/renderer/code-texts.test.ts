import { describe, expect, it } from 'vitest';
import { ImportFailure } from '../../main/library/import-report.ts';
import { RemovedReason } from '../../main/model/removed-reason.ts';
import { IMPORT_FAILURE_TEXT } from '../../renderer/app/import-failure-text.ts';
import { REMOVED_REASON_TEXT } from '../../renderer/app/removed-reason-text.ts';
import { LIBRARY_PROBLEM_TEXT } from '../../renderer/app/library-problem-text.ts';
import { SwitchProblem } from '../../main/api/app-contract.ts';

// The renderer's sentences for the API's codes: the Records' types make a missing one fail the typecheck; this
// checks the words themselves — each code said in Arabic and in English, each language in its own script, no code
// the API does not send.
const ARABIC = /\p{Script=Arabic}/u;
// Latin words an Arabic sentence may hold: format and product names, written as the analyst sees them on files.
const LATIN_NAMES = new Set(['HTML', 'Markdown', 'Word', 'docx', 'PDF', 'UTF']);

function checkTable(table: Record<'ar' | 'en', Record<string, string>>, codes: readonly string[]): void {
  for (const lang of ['ar', 'en'] as const) expect(Object.keys(table[lang]).sort(), lang).toEqual([...codes].sort());
  for (const code of codes) {
    // `{about}` stands for data the sentence names (a server, a file), shown apart and isolated.
    const ar = (table.ar[code] ?? '').replace('{about}', '');
    const en = (table.en[code] ?? '').replace('{about}', '');
    expect(ar, code).toMatch(ARABIC);
    expect((ar.match(/[A-Za-z]+/g) ?? []).filter((w) => !LATIN_NAMES.has(w)), code).toEqual([]);
    expect(en, code).toMatch(/^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]+$/u);
    expect(en, code).not.toBe(code);
  }
}

describe('the UI’s words for the API’s codes', () => {
  it('says every import failure in Arabic and in English, and no other', () => {
    checkTable(IMPORT_FAILURE_TEXT, ImportFailure.options);
  });

  it('says every reason a line is out of the story in Arabic and in English, and no other', () => {
    checkTable(REMOVED_REASON_TEXT, RemovedReason.options);
  });

  it('says every reason a team library cannot be used, or a switch did not happen, in Arabic and in English', () => {
    checkTable(LIBRARY_PROBLEM_TEXT, SwitchProblem.options);
    // At most one place for what it is about, so the sentence splits around it once.
    for (const lang of ['ar', 'en'] as const) for (const text of Object.values(LIBRARY_PROBLEM_TEXT[lang])) expect(text.split('{about}').length).toBeLessThanOrEqual(2);
  });

  it('gives different codes different words', () => {
    for (const table of [IMPORT_FAILURE_TEXT, REMOVED_REASON_TEXT, LIBRARY_PROBLEM_TEXT]) {
      for (const lang of ['ar', 'en'] as const) {
        const texts = Object.values(table[lang]);
        expect(new Set(texts).size, lang).toBe(texts.length);
      }
    }
  });
});
