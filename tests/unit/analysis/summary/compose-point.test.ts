import { describe, expect, it } from 'vitest';
import { composePoint, type PartSentence } from '../../../../main/analysis/summary/compose-point.ts';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import { tokenise } from '../../../../main/text/arabic/index.ts';
import { findDates } from '../../../../main/text/dates/index.ts';
import { composedSelection } from '../../../fixtures/events/composed-selection.ts';

const NOW = '2027-05-06';
const sentence = (sourceId: string, quote: string, published: string | null = '2027-05-05'): PartSentence => ({
  sourceId, quote, tokens: tokenise(quote), dates: findDates(quote, { reference: published, now: NOW }), published,
});

describe('a point composed from partial sentences of several sources (issue 14)', () => {
  it('joins the action to the day and the place other sources give, every word a source\'s, each part citing its sentence', () => {
    const articles = composedSelection();
    const [point] = summarise(articles, { now: NOW });
    expect(point?.composed).toBe(true);
    expect(point?.text).toBe('افتتح وزير الصحة سليم الحداد المستشفى الجامعي الجديد رسميا أمام المرضى والأطباء، يوم الاثنين 3 مايو، في مدينة صفاقس.');
    expect(point?.parts?.map((p) => [p.sourceId, p.text])).toEqual([
      ['sharq', 'افتتح وزير الصحة سليم الحداد المستشفى الجامعي الجديد رسميا أمام المرضى والأطباء'],
      ['janoub', 'يوم الاثنين 3 مايو'],
      ['gharb', 'في مدينة صفاقس'],
    ]);
    for (const part of point?.parts ?? []) {
      // Each part is in the sentence it cites, and that sentence is one of the point's citations, as in its source.
      expect(part.quote.includes(part.text)).toBe(true);
      expect(point?.sources).toContainEqual({ sourceId: part.sourceId, quote: part.quote });
      expect(articles.find((a) => a.id === part.sourceId)?.body.includes(part.quote)).toBe(true);
    }
    expect(point?.independentSources).toBe(3);
  });

  it('leaves out a part the sources disagree on, and the disagreement is a question instead', () => {
    const articles = composedSelection('يوم الأحد 2 مايو');
    const [point] = summarise(articles, { now: NOW });
    expect(point?.text).toBe('افتتح وزير الصحة سليم الحداد المستشفى الجامعي الجديد رسميا أمام المرضى والأطباء، في مدينة صفاقس.');
    expect(point?.parts?.map((p) => p.sourceId)).toEqual(['sharq', 'gharb']);
    const questions = findOpenQuestions(articles, { now: NOW, events: [point?.sources ?? []] }).filter((q) => q.kind === 'contradiction');
    expect(questions.map((q) => q.text)).toEqual(['متى وقع ذلك (افتتح وزير الصحة المستشفى): «يوم الاثنين 3 مايو» بحسب موقع الجنوب أم «يوم الأحد 2 مايو» بحسب إذاعة الوسط؟']);
  });

  it('adds nothing the action already says, no weekday\'s date that falls on another weekday, and stays short', () => {
    const core = sentence('a', 'استقبل الرئيس الوفد اليوم الخميس في العاصمة.', null);
    const dated = sentence('b', 'وكان الوفد قد وصل في السادس والعشرين من ديسمبر 2024 إلى العاصمة.');
    // 26 December 2024 is a Thursday: the undated «اليوم الخميس» takes it, in its place (never both); a Friday's
    // date it would not.
    expect(composePoint(core.quote, core, [dated])?.text).toBe('استقبل الرئيس الوفد في العاصمة، في السادس والعشرين من ديسمبر 2024.');
    const friday = sentence('b', 'وكان الوفد قد وصل في السابع والعشرين من ديسمبر 2024 إلى العاصمة.');
    expect(composePoint(core.quote, core, [friday])).toBeNull();
    // A weekday alone adds nothing to a sentence that names a weekday the tagger left undated.
    const talks = sentence('a', 'أجرى الوزير مباحثات في دمشق الاثنين مع نظيره.');
    expect(talks.dates).toEqual([]);
    expect(composePoint(talks.quote, talks, [sentence('b', 'التقى الوزير نظيره يوم الاثنين في العاصمة.')])).toBeNull();
    // A place named, and a date of its own: nothing is lacking.
    const full = sentence('a', 'استقبل الرئيس الوفد يوم 26 ديسمبر 2024 في العاصمة.');
    expect(composePoint(full.quote, full, [dated, sentence('c', 'وصل الوفد إلى مطار المدينة في مدينة الساحل.')])).toBeNull();
    // Past MAX_WORDS the action stays as written.
    const long = sentence('a', `استقبل الرئيس الوفد ${'وتحدث معه طويلا عن العلاقات '.repeat(8)}وودعه.`, null);
    expect(composePoint(long.quote, long, [dated])).toBeNull();
  });

  it('drops the action\'s relative day between commas or at its head, and keeps «منذ أمس», which says how long', () => {
    const dated = sentence('b', 'وكان الوفد قد وصل في السادس والعشرين من ديسمبر 2024 إلى العاصمة.');
    const commas = sentence('a', 'استقبل الرئيس، مساء أمس الخميس، الوفد في العاصمة.', null);
    expect(composePoint(commas.quote, commas, [dated])?.text).toBe('استقبل الرئيس الوفد في العاصمة، في السادس والعشرين من ديسمبر 2024.');
    const apposition = sentence('a', 'استقبل قائد الجيش، سامر الخطيب، مساء أمس الخميس، رئيس الوفد في العاصمة.', null);
    expect(composePoint(apposition.quote, apposition, [dated])?.parts?.[0]?.text).toBe('استقبل قائد الجيش، سامر الخطيب، رئيس الوفد في العاصمة');
    const head = sentence('a', 'اليوم الخميس، استقبل الرئيس الوفد في العاصمة.', null);
    expect(composePoint(head.quote, head, [dated])?.parts?.[0]?.text).toBe('استقبل الرئيس الوفد في العاصمة');
    const since = sentence('a', 'يعتصم العمال منذ أمس أمام مقر الوزارة في العاصمة.', null);
    expect(composePoint(since.quote, since, [dated])?.parts?.[0]?.text).toBe('يعتصم العمال منذ أمس أمام مقر الوزارة في العاصمة');
    const andSince = sentence('a', 'ويعتصم العمال ومنذ أمس أمام مقر الوزارة في العاصمة.', null);
    expect(composePoint(andSince.quote, andSince, [dated])?.parts?.[0]?.text).toBe('ويعتصم العمال ومنذ أمس أمام مقر الوزارة في العاصمة');
  });

  it('drops only what the date finder reads as a relative day, never a word that merely looks like one', () => {
    const dated = sentence('b', 'وكان الوفد قد وصل في السادس والعشرين من ديسمبر 2024 إلى العاصمة.');
    for (const quote of ['احتفلت الجمعية باليوم العالمي للمياه في العاصمة.', 'افتتح الوزير اليوم الأول من المؤتمر في العاصمة.']) {
      const core = sentence('a', quote, null);
      expect(composePoint(core.quote, core, [dated])?.parts?.[0]?.text).toBe(quote.replace(/\.$/u, ''));
    }
    const dayBefore = sentence('a', 'وصل الوفد يوم أمس الأول إلى العاصمة.', null);
    expect(composePoint(dayBefore.quote, dayBefore, [dated])?.parts?.[0]?.text).toBe('وصل الوفد إلى العاصمة');
  });

  it('takes a place named at two lengths, and no place when two sources name two cities', () => {
    const core = sentence('a', 'افتتح الوزير المستشفى الجديد يوم 3 مايو 2027.');
    const sfax = sentence('b', 'افتتح المستشفى في مدينة صفاقس بحضور النواب.');
    const longer = sentence('c', 'دشن الوزير المستشفى في مدينة صفاقس الساحلية أمس.');
    const sousse = sentence('d', 'افتتح المستشفى في مدينة سوسة بحضور النواب.');
    expect(composePoint(core.quote, core, [sfax, longer])?.text).toBe('افتتح الوزير المستشفى الجديد يوم 3 مايو 2027، في مدينة صفاقس.');
    expect(composePoint(core.quote, core, [sfax, sousse])).toBeNull();
  });

  it('composes nothing from a single source', () => {
    const [one] = composedSelection();
    expect(summarise(one ? [one] : [], { now: NOW }).some((p) => p.composed === true)).toBe(false);
  });
});
