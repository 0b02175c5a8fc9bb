import { describe, expect, it } from 'vitest';
import { filterDay } from '../../renderer/app/date-filter.ts';
import type { DateReading } from '../../renderer/app/date-book.ts';

const august: DateReading = { value: '2024-08', days: { start: '2024-08-01', end: '2024-08-31' }, ar: 'أغسطس 2024', en: 'August 2024', hijri: null };

describe('a typed date filter', () => {
  it('starts a range on the first day a date covers and ends it on the last', () => {
    expect(filterDay('from', 'أغسطس 2024', august)).toEqual({ day: '2024-08-01' });
    expect(filterDay('to', 'أغسطس 2024', august)).toEqual({ day: '2024-08-31' });
  });

  it('clears the filter when the field is emptied', () => {
    expect(filterDay('to', '  ', null)).toEqual({ day: '' });
  });

  it('says what is wrong: not a date, or a day without its year', () => {
    expect(filterDay('from', 'غداً', null)).toEqual({ problem: 'unreadable' });
    expect(filterDay('from', '26 أغسطس', { ...august, value: '--08-26', days: null })).toEqual({ problem: 'no-year' });
  });
});
