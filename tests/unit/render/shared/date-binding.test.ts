import { describe, expect, it } from 'vitest';
import { bindDates } from '../../../../main/render/shared/date-binding.ts';

/** The text with its no-break spaces shown, so a failure reads. */
const shown = (text: string) => bindDates(text).replace(/\u00a0/g, '⍽');

describe('bindDates', () => {
  it('binds day, month and year, in Western or Arabic-Indic digits, and the Hijri era sign', () => {
    expect(shown('Reuters — Iraq returns — 12 يناير 2025')).toBe('Reuters — Iraq returns — 12⍽يناير⍽2025');
    expect(shown('في ١٢ شوال ١٤٤٦ هـ أعلن')).toBe('في ١٢⍽شوال⍽١٤٤٦⍽هـ أعلن');
    expect(shown('حتى 3 كانون الثاني 2024 وصل')).toBe('حتى 3⍽كانون⍽الثاني⍽2024 وصل');
    expect(shown('في 8 من كانون الأول 2024،')).toBe('في 8⍽من⍽كانون⍽الأول⍽2024،');
    expect(shown('said on January 12, 2025 that')).toBe('said on January⍽12,⍽2025 that');
  });

  it('binds a month to its day or its year, whatever the spelling of its hamza', () => {
    expect(shown('ديسمبر 2024')).toBe('ديسمبر⍽2024');
    expect(shown('ومارس 2025 كان')).toBe('ومارس⍽2025 كان');
    expect(shown('في 12 ابريل أعلن')).toBe('في 12⍽ابريل أعلن');
    // A day without its year: the day and month only, the words after the comma break as words do.
    expect(shown('26 أغسطس، السنة غير معروفة')).toBe('26⍽أغسطس، السنة غير معروفة');
  });

  it('leaves a month name with no number beside it, and numbers beside other words', () => {
    expect(shown('مارس الضغط على 5 أشخاص')).toBe('مارس الضغط على 5 أشخاص');
    expect(shown('عاد 1,905 جنديا')).toBe('عاد 1,905 جنديا');
    expect(shown('آب 12')).toBe('آب 12');
  });

  it('leaves a date that ends the text breakable when asked (the Word writer, whose note references may follow)', () => {
    const text = 'في السادس والعشرين من ديسمبر 2024.';
    expect(bindDates(text, true)).toBe(text);
    expect(shown('في 8 ديسمبر 2024 سقط النظام في ديسمبر 2024.')).toBe('في 8⍽ديسمبر⍽2024 سقط النظام في ديسمبر⍽2024.');
    expect(bindDates('في 8 ديسمبر 2024 سقط النظام في ديسمبر 2024.', true).replace(/\u00a0/g, '⍽')).toBe('في 8⍽ديسمبر⍽2024 سقط النظام في ديسمبر 2024.');
  });

  it('keeps the length of the text, so offsets into it stay valid', () => {
    const text = 'في 8 ديسمبر 2024 سقط النظام، وفي 12 شوال 1446 هـ عادوا';
    expect(bindDates(text)).toHaveLength(text.length);
    expect(bindDates(text).replace(/\u00a0/g, ' ')).toBe(text);
  });
});
