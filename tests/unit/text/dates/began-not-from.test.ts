import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';
import { clauseTiming } from '../../../../main/text/dates/tense-cues.ts';

// «بدأ» (began) and «بدءاً» (starting from) fold to one key; only the second, followed by «من», dates a measure ahead of
// the article. A past «بدأ» read as that cue put a strike that began nine days before its article a year ahead (rev27 #3).
describe('«بدأ» is a past verb, «بدءاً من» an effective date', () => {
  const at = (text: string): Array<string | null> => findDates(text, { reference: '2026-01-14' }).map((m) => m.value);

  it('reads «بدأ» before or after its subject as past', () => {
    expect(clauseTiming('الإضراب بدأ في', '')).toBe('past');
    expect(clauseTiming('بدأ الإضراب في', '')).toBe('past');
    expect(at('ويُذكر أن الإضراب بدأ في الخامس من كانون الثاني، واستمر ثمانية أيام.')).toEqual(['2026-01-05']);
    expect(at('بدأ الإضراب في الخامس من كانون الثاني')).toEqual(['2026-01-05']);
  });

  it('keeps the effective date with «من» and the present «يبدأ» not past', () => {
    expect(clauseTiming('ترتفع الأسعار بدءاً من', '')).toBe('future');
    expect(clauseTiming('ترتفع الأسعار اعتبارا من', '')).toBe('future');
    expect(at('ترتفع الأسعار بدءاً من الخامس من كانون الثاني')).toEqual(['2027-01-05']);
    // The present «يبدأ» stays a scheduling verb (either side of the article), never a past report.
    expect(clauseTiming('يبدأ الإضراب في', '')).toBe('scheduled');
    expect(at('سيبدأ الإضراب في الخامس من كانون الثاني')).toEqual(['2027-01-05']);
  });
});
