import { describe, expect, it } from 'vitest';
import { REPORTING_VERBS, SAYING_VERBS } from '../../../../main/analysis/words/lexicon.ts';

describe('the verbs of saying (lexicon)', () => {
  it('are reporting verbs', () => {
    expect([...SAYING_VERBS].filter((v) => !REPORTING_VERBS.has(v))).toEqual([]);
  });
});
