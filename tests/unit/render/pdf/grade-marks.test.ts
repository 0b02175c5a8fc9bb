import { describe, expect, it } from 'vitest';
import { gradedCitationMarks, gradeLegendBlocks } from '../../../../main/render/pdf/grade-marks.ts';
import { sectionContext } from '../../../../main/render/pdf/section-context.ts';
import { summarySection } from '../../../../main/render/pdf/summary-section.ts';
import { timelineRow } from '../../../../main/render/pdf/timeline-section.ts';
import { questionsSection } from '../../../../main/render/pdf/questions-section.ts';
import { layoutParagraph } from '../../../../main/render/pdf/typeset/layout-paragraph.ts';
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
    const pointsOnly = sectionContext({ ...brief, timeline: [], openQuestions: [] }, template('standard'), STYLES);
    expect(gradeLegendBlocks(pointsOnly, [other!])).toEqual([]);
  });

  it('grades a timeline entry\'s sources cell and an open question\'s marks as on key points', () => {
    const graded = { suggested: 3 as const, basis: 'single-source' as const, reason: { ar: 'ا', en: 'a' }, chosen: 5 };
    const entry = { id: 't', included: true, edited: false, manual: false, date: '2025-01-05', approximate: false, text: 'حدث', sources: [{ sourceId: gradedId, quote: 'س' }], credibility: graded };
    const question = { id: 'q', included: true, edited: false, manual: false, text: 'سؤال؟', kind: 'denied' as const, evidence: [{ sourceId: gradedId, quote: 'س' }], credibility: graded };
    const context = sectionContext({ ...brief, timeline: [entry], openQuestions: [question] }, template('standard'), STYLES);
    expect(timelineRow(context, entry)[2]?.map((s) => s.text).join('')).toBe('1\u202fب5');
    const marks = questionsSection(context)[0];
    expect(JSON.stringify(marks)).toContain('\u202fب5');
    // Only the timeline cites a graded outlet: the legend still follows the points.
    const timelineOnly = sectionContext({ ...brief, summary: [other!], openQuestions: [], timeline: [entry] }, template('standard'), STYLES);
    expect(gradeLegendBlocks(timelineOnly, [other!])).toHaveLength(3);
  });

  // The Word file's grades were cut between letter and digit by LibreOffice (docx/citation-notes.ts gradeRuns). The
  // typesetter keeps a grade whole: «ب2» is one UAX #14 word (AL × NU), glued to its mark by a no-break space, and a
  // stretch too wide for its line is cut only after a space glued inside it. Every measure from a word's width to a
  // line's, in both letter sets, and a list of graded marks wider than its line (the forced cut).
  it('never splits a grade between its letter and its digit, whatever the line\'s width', () => {
    const many: Brief = { ...brief, sources: Array.from({ length: 12 }, (_, i) => ({ ...brief.sources[0]!, id: `g${i}`, reliability: 'E' as const })) };
    for (const gradeLetters of ['arabic', 'latin'] as const) {
      const context = sectionContext(many, { ...template('standard'), gradeLetters }, STYLES);
      const grade = gradeLetters === 'latin' ? 'E2' : 'هـ2';
      const cases = [
        { words: 'أصدر أحد الفصائل دعوة للمتطوعين للقتال إلى جانب القوات', marks: 1, widths: [40, 260] },
        { words: 'في بعض الأحيان.', marks: 12, widths: [30, 120] },
      ];
      for (const { words, marks, widths } of cases) {
        const point = { sources: Array.from({ length: marks }, (_, i) => ({ sourceId: `g${i}`, quote: 'نص' })), credibility: citing!.credibility };
        const spans = [{ text: words, style: STYLES.body }, ...gradedCitationMarks(context, point, STYLES.sup)];
        for (let width = widths[0]!; width <= widths[1]!; width += 0.5) {
          const lines = layoutParagraph({ spans, width, align: 'justify', direction: 'rtl' }).lines;
          const whole = lines.reduce((n, line) => n + line.text.replace(/[\u2066-\u2069]/gu, '').split(grade).length - 1, 0);
          expect(whole, `${gradeLetters} marks ${marks} width ${width}`).toBe(marks);
        }
      }
    }
  });
});
