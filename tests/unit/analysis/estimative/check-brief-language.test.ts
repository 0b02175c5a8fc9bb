import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBriefLanguage } from '../../../../main/analysis/estimative/check-brief-language.ts';
import { Brief } from '../../../../main/model/brief.ts';

const FIXTURE = Brief.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')));
const assembled = <T extends { edited: boolean; manual: boolean }>(item: T): T => ({ ...item, edited: false, manual: false });
// The sample as assembled: no item edited or written by the analyst.
const SAMPLE: Brief = {
  ...FIXTURE,
  summary: FIXTURE.summary.map(assembled),
  timeline: FIXTURE.timeline.map(assembled),
  openQuestions: FIXTURE.openQuestions.map(assembled),
};
const HEDGED = 'قد يكون الإفراج خطوة أولى نحو تطبيع العلاقات.';

describe("the language check of a brief: the analyst's own text only", () => {
  it('checks nothing in an assembled brief, whose text is the sources\' words', () => {
    expect(checkBriefLanguage(SAMPLE)).toEqual({ checked: 0, items: [] });
  });

  it('checks the included items the analyst edited or wrote, in every section of sentences, and reports those with flags', () => {
    const brief: Brief = {
      ...SAMPLE,
      summary: SAMPLE.summary.map((p, i) => (i === 1 ? { ...p, text: HEDGED, edited: true } : i === 2 ? { ...p, text: 'أفرجت السلطات عن المقاتلين.', edited: true } : p)),
      timeline: [...SAMPLE.timeline, { ...SAMPLE.timeline[0]!, id: 't-own', text: 'The crossing may reopen on Sunday.', manual: true, sources: [] }],
      // Excluded: never printed, so never flagged.
      openQuestions: SAMPLE.openQuestions.map((q, i) => (i === 0 ? { ...q, text: 'ربما تتغير الأرقام.', edited: true, included: false } : q)),
    };
    const report = checkBriefLanguage(brief);
    expect(report.checked).toBe(3);
    expect(report.items.map((i) => [i.section, i.id, i.flags.map((f) => f.text)])).toEqual([
      ['summary', SAMPLE.summary[1]!.id, ['قد يكون']],
      ['timeline', 't-own', ['may']],
    ]);
  });

  it('does not check an assembled item whose text hedges: the hedge is its source\'s', () => {
    const brief: Brief = { ...SAMPLE, summary: SAMPLE.summary.map((p, i) => (i === 0 ? { ...p, text: HEDGED } : p)) };
    expect(checkBriefLanguage(brief)).toEqual({ checked: 0, items: [] });
  });
});
