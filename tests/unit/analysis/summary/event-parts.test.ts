import { describe, expect, it } from 'vitest';
import { datePart, placePart } from '../../../../main/analysis/summary/event-parts.ts';
import { tokenise } from '../../../../main/text/arabic/index.ts';
import { findDates } from '../../../../main/text/dates/index.ts';

const place = (text: string): string | undefined => placePart(text, tokenise(text))?.text;
const date = (text: string, reference = '2027-05-05'): string | undefined => datePart(text, findDates(text, { reference, now: '2027-05-06' }))?.text;

describe('the parts of an event a sentence tells', () => {
  it('finds where, as a preposition and a place noun or a known place, with the words that name it', () => {
    expect(place('وافتتح الوزير المستشفى في مدينة صفاقس بحضور عدد من النواب.')).toBe('في مدينة صفاقس');
    expect(place('اجتمع الطرفان بمقر وزارة النقل، ثم غادرا.')).toBe('بمقر وزارة النقل');
    expect(place('انعقد اللقاء في تونس العاصمة يوم الأحد.')).toBe('في تونس العاصمة');
    // «أمام المرضى» puts nothing anywhere; a place named without a preposition is no place phrase.
    expect(place('افتتح الوزير المستشفى أمام المرضى والأطباء.')).toBeUndefined();
    expect(place('شرع عمال ميناء المدينة في إضراب مفتوح.')).toBeUndefined();
  });

  it('finds when, as the first date that names a day, with its «في»; not a start with «منذ», nor a month', () => {
    expect(date('أجرى الوفد مباحثات في السادس والعشرين من ديسمبر 2024 في العاصمة.')).toBe('في السادس والعشرين من ديسمبر 2024');
    expect(date('افتتح الوزير المستشفى يوم الاثنين 3 مايو بعد أربع سنوات من الأشغال.')).toBe('يوم الاثنين 3 مايو');
    expect(date('يتواصل الإضراب منذ 2 مايو في الميناء.')).toBeUndefined();
    expect(date('تتواصل الأشغال في مايو المقبل.')).toBeUndefined();
  });
});
