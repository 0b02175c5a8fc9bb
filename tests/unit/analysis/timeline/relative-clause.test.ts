import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../main/analysis/timeline/index.ts';
import { relativeClauseSpan } from '../../../../main/analysis/timeline/relative-clause.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// 2026-01-09 is a Friday.
const entries = (sentence: string) =>
  buildTimeline([articleRecord('a', sentence, { published: '2026-01-09', publishedBasis: 'explicit' })], { now: '2026-01-15' })
    .map((e) => [e.date, e.text]);

// A date in a relative clause set off from the main clause dates that clause's event, not the sentence's (rev25 #8):
// «ارتفع إلى ١٩ قتيلا، وهو رقم يزيد على الحصيلة التي أعلنها خفر السواحل أمس».
describe('a date in a relative clause after a comma', () => {
  it('dates the relative clause, not the main clause', () => {
    expect(entries('قالت مصادر طبية إن عدد الضحايا ارتفع إلى ١٩ قتيلا، وهو رقم يزيد على الحصيلة التي أعلنها خفر السواحل أمس.')).toEqual([
      ['2026-01-08', 'هو رقم يزيد على الحصيلة التي أعلنها خفر السواحل أمس'],
    ]);
  });

  it('ends the relative clause at the next comma, where the main clause resumes', () => {
    expect(entries('نفت الشركة، مالكة العبارة التي غرقت مساء الأربعاء، أن تكون العبارة قد حملت ركابا زائدين.')).toEqual([
      ['2026-01-07', 'مالكة العبارة التي غرقت مساء الأربعاء'],
    ]);
  });

  it.each([
    // No comma before the relative: its clause and the main one cannot be told apart.
    'وصل الوفد الذي غادر العاصمة أمس إلى الميناء.',
    // A relative right after the comma has its head noun in the main clause.
    'زار الوزير الميناء، الذي افتتح أمس للمرة الأولى.',
    // A comma between the relative and the date: the date is the main clause's again.
    'أعلن الجيش، الذي انسحب من المدينة، أمس أنه أنهى العملية.',
  ])('leaves «%s» dated as a whole sentence', (sentence) => {
    const [entry] = entries(sentence);
    expect(entry?.[1]).toBe(sentence.replace(/\.$/u, ''));
  });

  it('narrows the span only from the boundary before the head noun', () => {
    const s = 'ارتفع العدد، وهو الرقم الذي أعلنته المصادر الجمعة';
    expect(relativeClauseSpan(s, { start: 0, end: s.length }, s.indexOf('الجمعة'))).toEqual({ start: s.indexOf('،') + 1, end: s.length });
  });
});
