import { describe, expect, it } from 'vitest';
import { dictionary } from '../../renderer/app/i18n.ts';
import { YEAR_REASON, yearReason } from '../../renderer/app/year-mark.ts';

// The timeline's inferred year is said by a star after the date; its reason, one sentence per rule of the model's
// YearSource, goes to the tooltip and to screen readers. Each rule has its own sentence, in both languages.
describe('yearReason', () => {
  it('says nothing for a date as its sources wrote it', () => {
    expect(yearReason({ dateBasis: 'explicit' })).toBeNull();
    expect(yearReason({})).toBeNull();
  });

  it('says the year was inferred, and from where when the brief knows', () => {
    expect(yearReason({ dateBasis: 'inferred' })).toBe(dictionary('ar').yearInferred);
    expect(yearReason({ dateBasis: 'inferred', yearFrom: { rule: 'same-event', sourceId: 'a' } })).toBe(dictionary('ar').yearWhySameEvent);
  });

  it('has a sentence of its own for each rule, Arabic in Arabic and English in English', () => {
    const rules = Object.keys(YEAR_REASON) as (keyof typeof YEAR_REASON)[];
    expect(rules.sort()).toEqual(['article-date', 'same-day', 'same-event', 'selection-dates']);
    for (const lang of ['ar', 'en'] as const) {
      const texts = rules.map((rule) => dictionary(lang)[YEAR_REASON[rule]]);
      expect(new Set(texts).size, lang).toBe(rules.length);
      for (const text of texts) expect(/\p{Script=Arabic}/u.test(text), `${lang}: ${text}`).toBe(lang === 'ar');
    }
  });
});
