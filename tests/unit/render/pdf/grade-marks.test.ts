import { describe, expect, it } from 'vitest';
import { gradedCitationMarks, gradeLegendBlocks } from '../../../../main/render/pdf/grade-marks.ts';
import { sectionContext } from '../../../../main/render/pdf/section-context.ts';
import { summarySection } from '../../../../main/render/pdf/summary-section.ts';
import type { Brief } from '../../../../main/model/brief.ts';
import { sampleBrief, template } from './fixtures.ts';
import { STYLES } from './section-fixtures.ts';

const base = sampleBrief();
const gradedId = base.sources[0]?.id ?? '';
const brief: Brief = {
  ...base,
  sources: base.sources.map((s) => (s.id === gradedId ? { ...s, reliability: 'B' } : s)),
  summary: base.summary.map((p) => ({ ...p, credibility: { suggested: 2, basis: 'independent-sources', reason: { ar: 'ا', en: 'a' } } })),
};
const citing = brief.summary.find((p) => p.sources.some((c) => c.sourceId === gradedId));
const other = brief.summary.find((p) => p.sources.length > 0 && p.sources.every((c) => c.sourceId !== gradedId));

describe('grades in the PDF', () => {
  it('follows a graded source\'s mark with the citation\'s grade, muted and on the baseline, in the template\'s digits', () => {
    const context = sectionContext(brief, { ...template('standard'), digits: 'arabic-indic' }, STYLES);
    const spans = gradedCitationMarks(context, citing!, STYLES.sup);
    const grade = spans.find((s) => s.text.includes('ب'));
    expect(grade?.text).toBe('\u202fب٢');
    expect(grade?.style.colour).toBe(context.template.colours.muted);
    expect(grade?.style.size).toBe(STYLES.small.size);
    expect(grade?.style.link).toBeUndefined();
  });

  it('writes NATO\'s letters for a template that asks for them; nothing after an ungraded source', () => {
    const context = sectionContext(brief, { ...template('standard'), gradeLetters: 'latin' }, STYLES);
    // The Latin grade is an island of its own (isolated, so its digit stays with its letter in the Arabic line).
    expect(gradedCitationMarks(context, citing!, STYLES.sup).at(-1)?.text.replace(/[\u2066-\u2069]/gu, '')).toBe('\u202fB2');
    expect(gradedCitationMarks(context, other!, STYLES.sup).some((s) => /[A-Fأبجدو]\d/u.test(s.text))).toBe(false);
  });

  it('ends the summary with the legend only when a grade appears', () => {
    const context = sectionContext(brief, template('standard'), STYLES);
    expect(gradeLegendBlocks(context, brief.summary)).toHaveLength(3);
    const blocks = summarySection(context);
    expect(blocks.length).toBe(brief.summary.filter((p) => p.included).length + 3);
    const ungraded = sectionContext(base, template('standard'), STYLES);
    expect(summarySection(ungraded).length).toBe(base.summary.filter((p) => p.included).length);
    expect(gradeLegendBlocks(context, [other!])).toEqual([]);
  });
});
