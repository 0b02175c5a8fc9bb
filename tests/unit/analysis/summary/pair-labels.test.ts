import { describe, expect, it } from 'vitest';
import { pairLabel, sentenceLabels } from '../../../fixtures/events/pair-labels.ts';
import type { SelectionSpec } from '../../../fixtures/events/spec.ts';

const spec: SelectionSpec = {
  events: [
    { name: 'the fire', words: ['الحريق'], any: ['اندلع', 'شب'], sources: ['a', 'b'], independent: 2 },
    { name: 'the arrest', words: ['أوقفت'], any: [], sources: ['c'], independent: 1 },
  ],
  copies: [['a', 'wire']],
  offTopic: [],
  contradictions: [],
  unknowns: [],
  background: [],
};

describe('same-event labels from a selection\'s checks', () => {
  it('labels a sentence of a named source, or of its copy, that holds the event\'s words', () => {
    expect([...sentenceLabels(spec, { sources: ['b'], text: 'شب الحريق في المخزن' }).events]).toEqual(['the fire']);
    expect([...sentenceLabels(spec, { sources: ['wire'], text: 'اندلع الحريق ليلا' }).events]).toEqual(['the fire']);
  });

  it('leaves unknown a sentence with the words in a source the checks do not name', () => {
    expect(sentenceLabels(spec, { sources: ['d'], text: 'اندلع الحريق ليلا' })).toEqual({ events: new Set(), unknown: true });
  });

  it('makes pairs positive, negative or unlabelled', () => {
    const fireA = { sources: ['a'], text: 'اندلع الحريق ليلا' };
    const fireB = { sources: ['b'], text: 'شب الحريق في المخزن' };
    const arrest = { sources: ['c'], text: 'أوقفت الشرطة رجلين' };
    const other = { sources: ['b'], text: 'طالب السكان بتعويضات' };
    expect(pairLabel(spec, fireA, fireB)).toBe(true);
    expect(pairLabel(spec, fireA, arrest)).toBe(false);
    expect(pairLabel(spec, fireA, other)).toBe(false);
    expect(pairLabel(spec, other, { sources: ['c'], text: 'قال شهود إن الدخان غطى الحي' })).toBeUndefined();
    expect(pairLabel(spec, fireA, { sources: ['d'], text: 'اندلع الحريق ليلا' })).toBeUndefined();
  });
});
