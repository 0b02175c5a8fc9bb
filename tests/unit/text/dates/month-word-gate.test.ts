import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../main/text/arabic/index.ts';
import { findDates } from '../../../../main/text/dates/find-dates.ts';
import { HAS_MONTH_WORD, MONTH } from '../../../../main/text/dates/patterns.ts';

// The month rules run only over a text where a month's name stands as they can read it (patterns.ts HAS_MONTH_WORD):
// a name glued to a day or a clitic must pass, a name written inside a word must not.
const test = (text: string): boolean => HAS_MONTH_WORD.test(normalise(text));

describe('the month rules\' gate', () => {
  it('passes a month standing alone, after a figure, a clitic, a full stop or a written ordinal glued on', () => {
    for (const text of ['في آب الماضي', '15مارس 2024', 'وفي مارس', 'ولآب', '3. مارس 2020', 'الخامسمارس', 'الحادي والعشرين من آب', 'مطلع ماي 2025']) {
      expect(test(text), text).toBe(true);
    }
  });

  it('refuses a month\'s letters inside a word, which a bare search for the names found', () => {
    for (const text of ['صدر الكتاب الجديد', 'نتائج الانتخابات', 'مايوركا', 'فأبريلات']) {
      expect(new RegExp(MONTH, 'u').test(normalise(text)), text).toBe(true);
      expect(test(text), text).toBe(false);
    }
  });

  it('finds the dates it let through, and several names in one text each asked where it starts', () => {
    expect(findDates('صدر الكتاب في 15مارس 2024').map((m) => m.value)).toEqual(['2024-03-15']);
    expect(findDates('بعد الانتخابات، في الخامس من آب 2023').map((m) => m.value)).toEqual(['2023-08-05']);
  });
});
