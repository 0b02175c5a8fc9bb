import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withOutletGrades } from '../../../main/briefing/outlet-grades.ts';
import { Brief } from '../../../main/model/brief.ts';

const SAMPLE = Brief.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')));

describe('withOutletGrades', () => {
  it('gives each source its outlet grade, by the outlet matching key, and none to an outlet without an outlet name', () => {
    const graded = withOutletGrades(SAMPLE, [{ outlet: 'ارم نيوز', grade: 'C' }]);
    expect(graded.sources.map((s) => s.reliability)).toEqual(SAMPLE.sources.map((s) => (s.outlet === 'إرم نيوز' ? 'C' : undefined)));
    expect(graded.sources.filter((s) => s.outlet === null).every((s) => !('reliability' in s))).toBe(true);
    expect(Brief.parse(graded)).toEqual(graded);
  });

  it('takes away a grade the workspace no longer keeps, and returns the brief itself when nothing changes', () => {
    const graded = withOutletGrades(SAMPLE, [{ outlet: 'إرم نيوز', grade: 'A' }]);
    expect(withOutletGrades(graded, [{ outlet: 'إرم نيوز', grade: 'A' }])).toBe(graded);
    expect(withOutletGrades(graded, [])).toEqual(SAMPLE);
    expect(withOutletGrades(SAMPLE, [])).toBe(SAMPLE);
  });
});
