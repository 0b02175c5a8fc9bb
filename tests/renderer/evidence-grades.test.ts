import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefOutlets, citationGradeText, reliabilityLetter, setOutletGrade } from '../../renderer/app/evidence-grades.ts';
import { flagSegments } from '../../renderer/app/flag-segments.ts';
import { setCredibility } from '../../renderer/app/brief-edit.ts';
import type { Brief } from '../../renderer/app/types.ts';

const SAMPLE = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')) as Brief;
const NO_SOURCES = { ar: 'لا مصدر', en: 'no source' };

describe('grading in the editor', () => {
  it('grades every source of an outlet as the brief writes it, and ungrades it', () => {
    const graded = setOutletGrade(SAMPLE, 'إرم نيوز', 'C');
    expect(graded.sources.filter((s) => s.reliability === 'C').map((s) => s.outlet)).toEqual(['إرم نيوز']);
    expect(briefOutlets(graded)).toEqual([{ outlet: 'إرم نيوز', otherForms: [], grade: 'C', sources: 1 }, { outlet: 'العربي الجديد', otherForms: [], grade: null, sources: 1 }]);
    expect(setOutletGrade(graded, 'إرم نيوز', null).sources.some((s) => 'reliability' in s)).toBe(false);
  });

  it('shows a citation\'s grade as the page prints it: letter and credibility, the analyst\'s choice winning; none when ungraded', () => {
    const graded = setOutletGrade(SAMPLE, 'إرم نيوز', 'B');
    const id = graded.sources.find((s) => s.outlet === 'إرم نيوز')?.id ?? '';
    const credibility = { suggested: 3, basis: 'single-source' as const, reason: { ar: 'ا', en: 'a' } };
    expect(citationGradeText(graded, id, credibility, 'ar')).toBe('ب3');
    expect(citationGradeText(graded, id, { ...credibility, chosen: 1 }, 'en')).toBe('B1');
    expect(citationGradeText(graded, id, undefined, 'ar')).toBe('ب');
    expect(citationGradeText(SAMPLE, id, credibility, 'ar')).toBeNull();
    expect(['A', 'B', 'C', 'D', 'E', 'F'].map((g) => reliabilityLetter(g as 'A', 'ar')).join('')).toBe('أبجدهـو');
  });

  it('keeps the analyst\'s credibility and goes back to the suggestion; a written point gets the grade with "no source"', () => {
    const point = { ...SAMPLE.summary[0]!, credibility: { suggested: 3, basis: 'single-source' as const, reason: { ar: 'ا', en: 'a' } } };
    const brief = { ...SAMPLE, summary: [point] };
    const chosen = setCredibility(brief, 'summary', point.id, 5, NO_SOURCES);
    expect(chosen.summary[0]?.credibility).toMatchObject({ suggested: 3, chosen: 5 });
    expect(setCredibility(chosen, 'summary', point.id, null, NO_SOURCES).summary[0]?.credibility).toEqual(point.credibility);
    const written = { ...point, id: 'm-1', credibility: undefined };
    expect(setCredibility({ ...SAMPLE, summary: [written] }, 'summary', 'm-1', 2, NO_SOURCES).summary[0]?.credibility).toEqual({ suggested: 6, basis: 'no-sources', reason: NO_SOURCES, chosen: 2 });
  });

  it('grades a key judgment as a point: the choice kept beside the suggestion, and back', () => {
    const judgment = { id: 'kj-1', included: true, edited: false, manual: true, text: 'سيستمر التنسيق.', band: 'likely' as const, confidence: 'moderate' as const, evidence: [],
      credibility: { suggested: 2, basis: 'independent-sources' as const, reason: { ar: 'ا', en: 'a' } } };
    const brief = { ...SAMPLE, keyJudgments: [judgment] };
    const chosen = setCredibility(brief, 'keyJudgments', 'kj-1', 4, NO_SOURCES);
    expect(chosen.keyJudgments?.[0]?.credibility).toMatchObject({ suggested: 2, chosen: 4 });
    expect(setCredibility(chosen, 'keyJudgments', 'kj-1', null, NO_SOURCES).keyJudgments?.[0]?.credibility).toEqual(judgment.credibility);
  });
});

describe('one outlet cited in two forms', () => {
  // Three sources of one paper, cited «جريدة الواحة» once and «الواحة» twice, and one of another outlet; the keys as the
  // host's outletKey gives them (the two forms share one).
  const forms = ['جريدة الواحة', 'الواحة', 'العربي الجديد', 'الواحة'];
  const brief: Brief = { ...SAMPLE, sources: SAMPLE.sources.slice(0, 4).map((s, i) => ({ ...s, outlet: forms[i] ?? null })) };
  const KEYS: Record<string, string> = { 'جريدة الواحة': 'الواحه', 'الواحة': 'الواحه', 'العربي الجديد': 'العربي الجديد' };
  const keyOf = (outlet: string): string | undefined => KEYS[outlet];
  const grades = (b: Brief) => b.sources.map((s) => s.reliability ?? null);

  it('is one row, named by the form most of its sources use, the other form beside it', () => {
    expect(briefOutlets(brief, keyOf)).toEqual([
      { outlet: 'الواحة', otherForms: ['جريدة الواحة'], grade: null, sources: 3 },
      { outlet: 'العربي الجديد', otherForms: [], grade: null, sources: 1 },
    ]);
  });

  it('names a row by its first form when two forms are cited as often', () => {
    const even: Brief = { ...brief, sources: brief.sources.slice(0, 3) };
    expect(briefOutlets(even, keyOf)[0]).toMatchObject({ outlet: 'جريدة الواحة', otherForms: ['الواحة'], sources: 2 });
  });

  it('a grade given under either form reaches the sources of both, and ungrading either clears both', () => {
    const graded = setOutletGrade(brief, 'جريدة الواحة', 'D', keyOf);
    expect(grades(graded)).toEqual(['D', 'D', null, 'D']);
    expect(briefOutlets(graded, keyOf)[0]).toMatchObject({ outlet: 'الواحة', grade: 'D' });
    const ungraded = setOutletGrade(graded, 'الواحة', null, keyOf);
    expect(ungraded.sources.some((s) => 'reliability' in s)).toBe(false);
  });

  it('without keys (the host not yet answered, or not reachable) tells outlets apart by the names the brief writes', () => {
    const none = (): undefined => undefined;
    expect(briefOutlets(brief, none).map((o) => [o.outlet, o.sources])).toEqual([['جريدة الواحة', 1], ['الواحة', 2], ['العربي الجديد', 1]]);
    expect(grades(setOutletGrade(brief, 'الواحة', 'B', none))).toEqual([null, 'B', null, 'B']);
    // A name whose key is missing stays its own row even where its name is another outlet's key.
    const partial = (outlet: string): string | undefined => (outlet === 'جريدة الواحة' ? 'الواحة' : undefined);
    expect(briefOutlets(brief, partial).map((o) => o.outlet)).toEqual(['جريدة الواحة', 'الواحة', 'العربي الجديد']);
  });
});

describe('flagSegments', () => {
  it('cuts the text at each flag, and marks only the rest of a flag that overlaps an earlier one', () => {
    const text = 'قد تتوسع الاشتباكات. ومن المرجح أن يتأخر الحل بثقة متوسطة.';
    const sentence = text.indexOf('ومن');
    const segments = flagSegments(text, [{ start: 0, end: 8 }, { start: sentence, end: text.length }]);
    expect(segments).toEqual([
      { text: 'قد تتوسع', flag: 0 },
      { text: text.slice(8, sentence), flag: null },
      { text: text.slice(sentence), flag: 1 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(flagSegments('abc def', [{ start: 0, end: 7 }, { start: 4, end: 7 }])).toEqual([{ text: 'abc def', flag: 0 }]);
    expect(flagSegments('abc', [])).toEqual([{ text: 'abc', flag: null }]);
    // Offsets past the text (a flag of text since shortened) are clipped.
    expect(flagSegments('abc', [{ start: 1, end: 9 }])).toEqual([{ text: 'a', flag: null }, { text: 'bc', flag: 0 }]);
  });
});
