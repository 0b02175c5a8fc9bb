import { describe, expect, it } from 'vitest';
import { legalTransition, spansFromTags, START, TAG_COUNT, tagIndex, TAGS } from '../../../../main/analysis/ner/tags.ts';
import { viterbi } from '../../../../main/analysis/ner/viterbi.ts';

const t = (tag: string): number => tagIndex(tag) ?? -1;

describe('BIO tags and Viterbi decoding', () => {
  it('allows I-X only after B-X or I-X', () => {
    expect(legalTransition(t('O'), t('I-PERS'))).toBe(false);
    expect(legalTransition(START, t('I-LOC'))).toBe(false);
    expect(legalTransition(t('B-ORG'), t('I-PERS'))).toBe(false);
    expect(legalTransition(t('B-PERS'), t('I-PERS'))).toBe(true);
    expect(legalTransition(t('I-PERS'), t('I-PERS'))).toBe(true);
    expect(legalTransition(t('O'), t('B-PERS'))).toBe(true);
  });

  it('reads entities from tags', () => {
    const tags = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'O', 'B-ORG'].map(t);
    expect(spansFromTags(tags)).toEqual([{ type: 'PERS', start: 1, end: 3 }, { type: 'LOC', start: 3, end: 4 }, { type: 'ORG', start: 5, end: 6 }]);
  });

  it('never decodes an illegal sequence, however strongly a token prefers I-X', () => {
    const n = 3;
    const emissions = new Float64Array(n * TAG_COUNT);
    emissions[0 * TAG_COUNT + t('O')] = 5;
    emissions[0 * TAG_COUNT + t('B-PERS')] = -100;
    emissions[1 * TAG_COUNT + t('I-PERS')] = 10;
    emissions[1 * TAG_COUNT + t('B-PERS')] = 1;
    emissions[2 * TAG_COUNT + t('I-PERS')] = 10;
    const best = viterbi(n, emissions, new Float64Array((TAG_COUNT + 1) * TAG_COUNT)).map((i) => TAGS[i]);
    expect(best).toEqual(['O', 'B-PERS', 'I-PERS']);
    expect(viterbi(0, new Float64Array(), new Float64Array((TAG_COUNT + 1) * TAG_COUNT))).toEqual([]);
  });
});
