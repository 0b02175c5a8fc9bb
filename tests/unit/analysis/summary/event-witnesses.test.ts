import { describe, expect, it } from 'vitest';
import { witnessUnits } from '../../../../main/analysis/summary/event-witnesses.ts';
import type { Unit } from '../../../../main/analysis/summary/rank-events.ts';
import { tokenise } from '../../../../main/text/arabic/index.ts';

/** A unit of one sentence at `position` in its article (a headline's half when `headline`). */
function unit(sourceId: string, position: number, text: string, headline = false): Unit {
  return {
    members: [{ articleIndex: 0, sourceId, text, sentence: text, start: 0, position, tokens: tokenise(text), anaphoric: false, ...(headline ? { headline } : {}) }],
    terms: [],
  };
}

// A port authority announces new tariffs; the sentences grouped with it: another outlet's lead, a later sentence that
// tells the same act with the verb's passive, a later one naming the act's day, a union's later sentence that only
// criticises it, a demand that names the announcement in a verbal noun further on, and a headline.
const units = [
  unit('a', 0, 'أعلنت هيئة الموانئ رسوما جديدة على الحاويات العابرة اعتبارا من الشهر المقبل.'),
  unit('b', 0, 'كشفت هيئة الموانئ عن تعرفة جديدة للحاويات العابرة تبدأ الشهر المقبل.'),
  unit('c', 3, 'وأعلنت الهيئة هذه الرسوم بعد اجتماع مجلس إدارتها.'),
  unit('d', 2, 'وانتقدت نقابة الناقلين الرسوم الجديدة التي فرضتها هيئة الموانئ على الحاويات.'),
  unit('e', 4, 'وتطالب غرفة التجارة الهيئة بتجميد إعلان الرسوم إلى حين التشاور مع المصدرين.'),
  unit('f', 0, 'الموانئ ترفع رسوم العبور', true),
  unit('g', 3, 'وكانت الهيئة قد أقرت الرسوم يوم الأحد في اجتماع استثنائي.'),
  unit('h', 2, 'واستؤنفت أشغال توسعة الرصيف بعد توقف دام شهرا.'),
  unit('i', 0, 'استأنفت الهيئة أشغال توسعة الرصيف صباح اليوم.'),
];

describe('witnessUnits: the sources that report an event, among those it cites (issue 14)', () => {
  it('counts the stating sentence, leads and later sentences telling the same act, not comments on it', () => {
    const named = (i: number): boolean => i === 6;
    expect(witnessUnits([0, 1, 2, 3, 4, 5, 6], 0, units, named)).toEqual([0, 1, 2, 6]);
  });

  it('leaves out a later sentence of another act and a headline when nothing else says it carries the event', () => {
    expect(witnessUnits([0, 3, 4, 5], 0, units, () => false)).toEqual([0]);
  });

  it('meets a passive («استؤنفت») with its active verb of a hamzated root («استأنفت»)', () => {
    expect(witnessUnits([8, 7], 8, units, () => false)).toEqual([8, 7]);
  });
});
