import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../main/text/arabic/index.ts';
import { isWeekdayWord, WEEKDAY_PATTERN, WEEKDAY_WORDS, WEEKDAY_WRITTEN_PATTERN } from '../../../../main/text/dates/index.ts';

// The one list of weekday names the page readers match (detect-published, form-sources, the date line's labels, a
// forum poster's stamp): the lexicon's names with their article or without, as keys and as pages write them.
describe('weekday words', () => {
  it('knows a weekday with its article or without, and nothing else', () => {
    expect(['الخميس', 'خميس', 'الثلاثاء', 'ثلاثاء', 'السبت', 'سبت'].every(isWeekdayWord)).toBe(true);
    expect(['الخميسي', 'يناير', 'اليوم', 'سبتمبر'].some(isWeekdayWord)).toBe(false);
  });

  it('gives the normalised keys to match normalised text, article optional', () => {
    expect(WEEKDAY_WORDS).toContain(normalise('الأربعاء'));
    expect(WEEKDAY_WORDS).toContain(normalise('أربعاء'));
    const key = new RegExp(`^${WEEKDAY_PATTERN}$`, 'u');
    expect([normalise('الثلاثاء'), normalise('اثنين'), normalise('الجمعة')].every((w) => key.test(w))).toBe(true);
  });

  it('matches the names as pages write them, hamza seats, ta marbuta and final hamza included or left off', () => {
    const written = new RegExp(`^${WEEKDAY_WRITTEN_PATTERN}$`, 'u');
    expect(['الأربعاء', 'اربعاء', 'الإثنين', 'أحد', 'جمعة', 'الجمعه', 'الثلاثا'].every((w) => written.test(w))).toBe(true);
    expect(['الخميسي', 'أحمد', 'سبتمبر'].some((w) => written.test(w))).toBe(false);
  });
});
