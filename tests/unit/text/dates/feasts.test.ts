import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';

const at = (text: string, reference: string): [string, string, string][] =>
  findDates(text, { reference }).map((m) => [m.text, m.value, m.yearBasis]);

describe('feasts of a fixed Gregorian day', () => {
  it('dates Christmas 7 January where the text names the Coptic church, and leaves it where both days are near and no church is named', () => {
    expect(at('وترأس البابا تواضروس قداس عيد الميلاد المجيد في العاصمة الإدارية.', '2031-01-08')).toEqual([['عيد الميلاد المجيد', '2031-01-07', 'inferred']]);
    expect(at('وهنأ المحافظ الأقباط عشية عيد الميلاد المجيد.', '2031-01-08')).toEqual([['عشية عيد الميلاد المجيد', '2031-01-06', 'inferred']]);
    // The Western church named: 25 December, whatever the article's day.
    expect(at('وأحيا الكاثوليك قداس عيد الميلاد المجيد في الكنيسة.', '2031-01-03')).toEqual([['عيد الميلاد المجيد', '2030-12-25', 'inferred']]);
    // No church named, both days within weeks of the article: unresolved rather than wrong.
    expect(at('وتزينت الشوارع لعيد الميلاد المجيد.', '2031-01-02')).toEqual([]);
    // «الأرثوذكس» alone names no day: the Antiochian Orthodox keep 25 December, the Russian 7 January.
    expect(at('واحتفل الأرثوذكس بعيد الميلاد المجيد في الكاتدرائية.', '2031-01-02')).toEqual([]);
    // No church named, only 25 December near: that day.
    expect(at('وتزينت الشوارع لعيد الميلاد المجيد.', '2030-12-10')).toEqual([['عيد الميلاد المجيد', '2030-12-25', 'inferred']]);
  });

  it('dates the new year, Christmas and their eves, the year nearest the article by the clause\'s tense', () => {
    // A January article's past clause: the eve is the last day of the year before.
    expect(at('وكان الوفدان قد وقعا المحضر عشية رأس السنة الميلادية في جنيف.', '2031-01-03')).toEqual([['عشية رأس السنة الميلادية', '2030-12-31', 'inferred']]);
    // A December article's clause of no tense: this year's eve, still to come.
    expect(at('تقام الاحتفالات ليلة رأس السنة في الساحة.', '2030-12-20')).toEqual([['ليلة رأس السنة', '2030-12-31', 'inferred']]);
    expect(at('أغلقت المحال أبوابها في عيد الميلاد المجيد.', '2030-12-28')).toEqual([['عيد الميلاد المجيد', '2030-12-25', 'inferred']]);
    expect(at('وعادت الأسر إلى القرية عشية عيد الميلاد.', '2030-12-28')).toEqual([['عشية عيد الميلاد', '2030-12-24', 'inferred']]);
  });

  it('takes a written year as the feast\'s own, its eve the day before', () => {
    expect(at('عشية رأس السنة 2020 اندلع الحريق.', '2030-06-01')).toEqual([['عشية رأس السنة 2020', '2019-12-31', 'explicit']]);
  });

  it('reads no date in another new year or in a birthday', () => {
    expect(at('تحتفل المدينة برأس السنة الهجرية.', '2030-06-01')).toEqual([]);
    expect(at('تحتفل القرى برأس السنة الأمازيغية.', '2030-01-10')).toEqual([]);
    // Any new year named by its adjective is another day: the Jewish, the Chinese, the school year.
    expect(at('أغلقت الحواجز عشية رأس السنة اليهودية.', '2030-06-01')).toEqual([]);
    expect(at('تستعد الجالية لرأس السنة الصينية.', '2030-06-01')).toEqual([]);
    expect(at('يعود التلاميذ مع رأس السنة الدراسية.', '2030-06-01')).toEqual([]);
    expect(at('واحتفل بعيد الميلاد الخمسين لزوجته.', '2030-06-01')).toEqual([]);
  });
});
