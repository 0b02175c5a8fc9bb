import { describe, expect, it } from 'vitest';
import { nameEvidence } from '../../../../main/analysis/actors/name-evidence.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';

describe('nameEvidence', () => {
  it('rejects a name whose first word has a verbal noun\'s or a plural\'s shape, unless shapes are not asked for', () => {
    const gazetteer = loadGazetteer();
    expect(nameEvidence(['تاكسين', 'شيناواترا'], gazetteer)).toBe('rejected');
    expect(nameEvidence(['تاكسين', 'شيناواترا'], gazetteer, false)).toBe('weak');
    expect(nameEvidence(['تطوير', 'العلاقات'], gazetteer, false)).toBe('weak');
  });

  it('still rejects by the lexicon without shapes: a known verb or a stopword first', () => {
    const gazetteer = loadGazetteer();
    expect(nameEvidence(['قال', 'شيناواترا'], gazetteer, false)).toBe('rejected');
    expect(nameEvidence(['في', 'شيناواترا'], gazetteer, false)).toBe('rejected');
  });
});
