import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';

// 2026-08-11 is a Tuesday.
const pick = (text: string) => findDates(text, { reference: '2026-08-11' }).map((m) => [m.text, m.value]);

describe('findDates — a document\'s year, a gathering\'s weekday (issue 14, class g)', () => {
  it('leaves a year that a participle or a relative verb of issue gives to its document', () => {
    expect(pick('صرف تعويضات وفق المرسوم التنفيذي الصادر عام 2021 بشأن الكوارث')).toEqual([]);
    expect(pick('بموجب الاتفاق المؤرخ في 2015')).toEqual([]);
    expect(pick('وفق القانون الذي صدر عام 2009')).toEqual([]);
    // A main clause's verb of signing keeps its date, and so does a year after a noun that no participle describes.
    expect(pick('وقع الاتفاق عام 2015')).toEqual([['عام 2015', '2015']]);
    expect(pick('وقعت الحرب في 2011 وخلفت دمارا')).toEqual([['2011', '2011']]);
  });

  it('dates a gathering by the bare weekday after it', () => {
    expect(pick('قرر مجلس الوزراء، في اجتماعه الثلاثاء، صرف تعويضات')).toEqual([['الثلاثاء', '2026-08-11']]);
    expect(pick('وقال الوزير خلال جلسته الأحد إن')).toEqual([['الأحد', '2026-08-09']]);
    // Without the gathering «الأحد» is "the one": no date.
    expect(pick('وقال الأحد منهم إن')).toEqual([]);
  });
});
