import { describe, expect, it } from 'vitest';
import { bindDates } from '../../../../main/render/shared/date-binding.ts';

/** The text with its no-break spaces (⍽) and word joiners (⁀) shown, so a failure reads. */
const shown = (text: string) => bindDates(text).replace(/\u00a0/g, '⍽').replace(/\u2060/g, '⁀');

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

  it('binds a date that ends the text, as every other (the Word writer breaks before its note references instead)', () => {
    expect(shown('في 8 ديسمبر 2024 سقط النظام في ديسمبر 2024.')).toBe('في 8⍽ديسمبر⍽2024 سقط النظام في ديسمبر⍽2024.');
  });

  it('binds an era sign glued to the year', () => {
    expect(shown('في 12 يناير 2025م، أعلن')).toBe('في 12⍽يناير⍽2025م، أعلن');
    expect(shown('في 12 شوال 1446هـ أعلن')).toBe('في 12⍽شوال⍽1446هـ أعلن');
    expect(shown('عام 2025مليون')).toBe('عام 2025مليون');
  });

  it('binds a second month name after a slash, a written day, and a month whose every word ends in yeh', () => {
    expect(shown('في 8 ديسمبر/كانون الأول 2024 سقط')).toBe('في 8⍽ديسمبر/⁀كانون⍽الأول⍽2024 سقط');
    expect(shown('في نوفمبر/تشرين الثاني 2017.')).toBe('في نوفمبر/⁀تشرين⍽الثاني⍽2017.');
    expect(shown('في 27 تشرين الثاني/نوفمبر، مخاوف')).toBe('في 27⍽تشرين⍽الثاني/⁀نوفمبر، مخاوف');
    expect(shown('في 3 مارس/ آذار 2025 عاد')).toBe('في 3⍽مارس/⍽آذار⍽2025 عاد');
    expect(shown('في 3 مارس / آذار 2025 عاد')).toBe('في 3⍽مارس⍽/⍽آذار⍽2025 عاد');
    expect(shown('في السادس والعشرين من ديسمبر 2024.')).toBe('في السادس⍽والعشرين⍽من⍽ديسمبر⍽2024.');
    expect(shown('في 5 جمادي الاولي 1446 هـ')).toBe('في 5⍽جمادي⍽الاولي⍽1446⍽هـ');
  });

  it('changes nothing but a date\'s spaces, one for one, and a joiner after a glued slash', () => {
    const text = 'في 8 ديسمبر 2024 سقط النظام، وفي 12 شوال 1446 هـ عادوا، و«أ/ب» وفي 3 مارس/آذار 2025';
    expect(bindDates(text)).toHaveLength(text.length + 1);
    expect(bindDates(text).replace(/\u00a0/g, ' ').replace(/\u2060/g, '')).toBe(text);
  });
});
