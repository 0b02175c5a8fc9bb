import { describe, expect, it } from 'vitest';
import { propagateNames } from '../../../../main/analysis/ner/propagate.ts';
import type { EntitySpan } from '../../../../main/analysis/ner/tags.ts';

const words = (s: string): string[] => s.split(' ');

describe('one sense per document', () => {
  it('fills in a name the document tagged elsewhere, clitics and all', () => {
    const sentences = [words('وصل كمال الدرويشي إلى المدينة'), words('وقال كمال الدرويشي إن')];
    const found = propagateNames(sentences, [[{ type: 'PERS', start: 1, end: 3 }], []]);
    expect(found[1]).toEqual([{ type: 'PERS', start: 1, end: 3 }]);
  });

  it('reads the surname of a person tagged in full as that person, alone and with a particle', () => {
    const sentences = [words('استقبل الرئيس فرانك لومباردي الوفد'), words('وأضاف لومباردي أن الزيارة'), words('وفي رد على لومباردي قال')];
    const found = propagateNames(sentences, [[{ type: 'PERS', start: 2, end: 4 }], [], []]);
    expect(found[1]).toEqual([{ type: 'PERS', start: 1, end: 2 }]);
    expect(found[2]).toEqual([{ type: 'PERS', start: 3, end: 4 }]);
  });

  it('spreads a one-word person as itself, and never a stopword as a surname', () => {
    const sentences = [words('قال غرانتو إن'), words('ذهب إلى غرانتو')];
    const found = propagateNames(sentences, [[{ type: 'PERS', start: 1, end: 2 }], []]);
    expect(found[1]).toEqual([{ type: 'PERS', start: 2, end: 3 }]);
    const withStop = [words('التقى سعيد من'), words('جاء من هناك')];
    expect(propagateNames(withStop, [[{ type: 'PERS', start: 1, end: 3 }], []])[1]).toEqual([]);
  });

  it('spreads a three-letter name whose first letter could be a particle («لوب», «بوش»), with and without «و»', () => {
    const sentences = [words('قال لوب إن'), words('وأضاف لوب أن'), words('وذكر بيم وبيم موافق')];
    const found = propagateNames(sentences, [[{ type: 'PERS', start: 1, end: 2 }], [], [{ type: 'PERS', start: 1, end: 2 }]]);
    expect(found[1]).toEqual([{ type: 'PERS', start: 1, end: 2 }]);
    expect(found[2]).toEqual([{ type: 'PERS', start: 1, end: 2 }, { type: 'PERS', start: 2, end: 3 }]);
  });

  it('joins a filled-in surname to the given name the tagger cut short, but not across «و»', () => {
    const sentences = [words('وصرح ساندور ميكلوشي للصحفيين'), words('وأضاف ساندور ميكلوشي أن'), words('محادثات برانت وميكلوشي انتهت')];
    const tagged: EntitySpan[][] = [[{ type: 'PERS', start: 1, end: 3 }], [{ type: 'PERS', start: 1, end: 2 }], [{ type: 'PERS', start: 1, end: 2 }]];
    const found = propagateNames(sentences, tagged);
    expect(found[1]).toEqual([{ type: 'PERS', start: 1, end: 3 }]);
    expect(found[2]).toEqual([{ type: 'PERS', start: 1, end: 2 }, { type: 'PERS', start: 2, end: 3 }]);
  });

  it('keeps two persons the tagger found side by side apart', () => {
    const sentences = [words('بين تومسن هالوران اتفاق')];
    const tagged: EntitySpan[][] = [[{ type: 'PERS', start: 1, end: 2 }, { type: 'PERS', start: 2, end: 3 }]];
    expect(propagateNames(sentences, tagged)[0]).toEqual(tagged[0]);
  });

  it('joins a known given name tagged alone to the person after it («فان» is no «ف» + «ان»), not one written with «و»', () => {
    const sentences = [words('قال المدرب ماركو فان ديلدن إن'), words('بين ماركو وفان ديلدن خلاف')];
    const tagged: EntitySpan[][] = [[{ type: 'PERS', start: 2, end: 3 }, { type: 'PERS', start: 3, end: 5 }], [{ type: 'PERS', start: 1, end: 2 }, { type: 'PERS', start: 2, end: 4 }]];
    const found = propagateNames(sentences, tagged);
    expect(found[0]).toEqual([{ type: 'PERS', start: 2, end: 5 }]);
    expect(found[1]).toEqual(tagged[1]);
  });

  it('opens a filled-in surname with the given name just before it, and keeps a particle-bearing name apart', () => {
    const sentences = [words('وصل سمير الحداوي أمس'), words('في عهد نظام حسان الحداوي السابق'), words('رسالة من سمير الحداوي لأحمد الحداوي')];
    const found = propagateNames(sentences, [[{ type: 'PERS', start: 1, end: 3 }], [], [{ type: 'PERS', start: 2, end: 4 }]]);
    expect(found[1]).toEqual([{ type: 'PERS', start: 3, end: 5 }]);
    expect(found[2]).toEqual([{ type: 'PERS', start: 2, end: 4 }, { type: 'PERS', start: 4, end: 6 }]);
  });

  it('gives a name the type the document gives it most often, but keeps a type the votes tie on', () => {
    const sentences = [words('قال الرئيس بيل هارفورد'), words('وأضاف هارفورد أن'), words('إدارة هارفورد تدرس')];
    const found = propagateNames(sentences, [[{ type: 'PERS', start: 2, end: 4 }], [{ type: 'PERS', start: 1, end: 2 }], [{ type: 'ORG', start: 1, end: 2 }]]);
    expect(found[2]).toEqual([{ type: 'PERS', start: 1, end: 2 }]);
    const tie = propagateNames([words('زار ميلفورد أمس'), words('شركة ميلفورد تعلن')], [[{ type: 'LOC', start: 1, end: 2 }], [{ type: 'ORG', start: 1, end: 2 }]]);
    expect(tie.map((s) => s[0]?.type)).toEqual(['LOC', 'ORG']);
  });
});
