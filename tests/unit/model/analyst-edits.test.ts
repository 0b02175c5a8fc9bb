import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analystEdits } from '../../../main/model/analyst-edits.ts';

const sample = JSON.parse(readFileSync('tests/fixtures/briefs/sample.json', 'utf8')) as Record<string, unknown>;

/** The sample brief with every item's analyst marks cleared, as an assembly writes it. */
function unedited(): Record<string, unknown> {
  const copy = structuredClone(sample);
  for (const list of ['summary', 'actors', 'timeline', 'openQuestions', 'keyJudgments']) {
    const items = copy[list];
    if (Array.isArray(items)) for (const item of items as Record<string, unknown>[]) Object.assign(item, { edited: false, manual: false });
  }
  return copy;
}

describe('the analyst edits a brief holds', () => {
  it('counts the items marked edited or written by the analyst', () => {
    const brief = unedited();
    expect(analystEdits(brief)).toBe(0);
    (brief.summary as Record<string, unknown>[])[0]!.edited = true;
    (brief.actors as Record<string, unknown>[])[0]!.manual = true;
    expect(analystEdits(brief)).toBe(2);
  });

  it('reads the brief of a draft as the desk saves it', () => {
    const brief = unedited();
    (brief.timeline as Record<string, unknown>[])[0]!.edited = true;
    expect(analystEdits({ id: 'd1', brief, history: [] })).toBe(1);
    expect(analystEdits({ id: 'd1', brief: unedited(), history: [] })).toBe(0);
  });

  it('finds none in what is no brief, and does not take a truthy string for a mark', () => {
    expect(analystEdits([{ edited: true }])).toBe(0);
    expect(analystEdits(null)).toBe(0);
    expect(analystEdits({ summary: [{ edited: 'yes' }, { manual: 1 }] })).toBe(0);
    expect(analystEdits({ summary: [{ edited: true }] })).toBe(1);
  });
});
