import { describe, expect, it } from 'vitest';
import { mixStageSpans } from '../../../../main/analysis/ner/mix-stages.ts';
import type { EntitySpan, EntityType } from '../../../../main/analysis/ner/tags.ts';

const span = (type: EntityType, start: number, end: number): EntitySpan => ({ type, start, end });

describe('mixStageSpans', () => {
  it('takes the persons of the second stage and the other types of the first', () => {
    const first = [span('PERS', 0, 1), span('ORG', 3, 5), span('LOC', 7, 8)];
    const second = [span('PERS', 0, 2), span('ORG', 3, 4), span('MISC', 9, 10)];
    const mixed = [span('PERS', 0, 2), span('ORG', 3, 5), span('LOC', 7, 8)];
    expect(mixStageSpans(first, second, 'person')).toEqual(mixed);
    expect(mixStageSpans(first, second, 'first')).toEqual(mixed);
  });

  it('keeps the person over an overlapping first-stage span, or that span over the person', () => {
    // The second stage reads tokens 2–4 as one person; the first read tokens 3–5 as an organisation.
    const first = [span('LOC', 0, 1), span('ORG', 3, 6)];
    const second = [span('PERS', 2, 5)];
    expect(mixStageSpans(first, second, 'person')).toEqual([span('LOC', 0, 1), span('PERS', 2, 5)]);
    expect(mixStageSpans(first, second, 'first')).toEqual([span('LOC', 0, 1), span('ORG', 3, 6)]);
  });

  it('lets spans that only touch both stand', () => {
    const first = [span('LOC', 2, 3)];
    const second = [span('PERS', 0, 2), span('PERS', 3, 4)];
    const all = [span('PERS', 0, 2), span('LOC', 2, 3), span('PERS', 3, 4)];
    expect(mixStageSpans(first, second, 'person')).toEqual(all);
    expect(mixStageSpans(first, second, 'first')).toEqual(all);
  });

  it('drops the first stage\'s persons even where the second found none', () => {
    expect(mixStageSpans([span('PERS', 0, 2), span('MISC', 4, 5)], [], 'first')).toEqual([span('MISC', 4, 5)]);
  });

  it('with \'adds\', keeps every first-stage span and adds only the persons over words the first stage left untagged', () => {
    const first = [span('PERS', 0, 2), span('ORG', 3, 5)];
    const second = [span('PERS', 1, 2), span('PERS', 4, 6), span('PERS', 7, 9), span('LOC', 10, 11)];
    expect(mixStageSpans(first, second, 'adds')).toEqual([span('PERS', 0, 2), span('ORG', 3, 5), span('PERS', 7, 9)]);
  });

  it('with \'keeps\', mixes as \'first\' but keeps a first-stage person the second stage dropped, not one it re-cut', () => {
    const first = [span('PERS', 0, 2), span('PERS', 4, 5), span('ORG', 6, 8)];
    const second = [span('PERS', 1, 2), span('PERS', 9, 10)];
    expect(mixStageSpans(first, second, 'first')).toEqual([span('PERS', 1, 2), span('ORG', 6, 8), span('PERS', 9, 10)]);
    expect(mixStageSpans(first, second, 'keeps')).toEqual([span('PERS', 1, 2), span('PERS', 4, 5), span('ORG', 6, 8), span('PERS', 9, 10)]);
  });
});
