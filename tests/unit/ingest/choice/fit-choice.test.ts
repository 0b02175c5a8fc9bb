import { describe, expect, it } from 'vitest';
import { bestChoice, fitChoice, type ChoiceGroup } from '../../../../main/ingest/choice/fit-choice.ts';
import { encodeTitleModel } from '../../../../main/ingest/title/title-model-file.ts';

const f = (entries: Record<string, number>): Map<string, number> => new Map(Object.entries(entries));
// Three pages: the right line is always the one just above the story, never the first line of the page (a menu).
const groups: ChoiceGroup[] = [
  { candidates: [{ features: f({ first: 1 }), right: false }, { features: f({ 'before-story': 1, words: 0.5 }), right: true }] },
  { candidates: [{ features: f({ first: 1, words: 0.2 }), right: false }, { features: f({ 'before-story': 1 }), right: true }, { features: f({ none: 1 }), right: false }] },
  { candidates: [{ features: f({ first: 1, 'before-story': 1 }), right: false }, { features: f({ 'before-story': 1, words: 0.6 }), right: true }] },
];
const settings = { iterations: 200, learningRate: 0.5, l2: 0.01 };
const inputs = { sets: { tiny: '0'.repeat(64) }, frozen: '3'.repeat(64), settings, featureSet: 1, outlets: 'a'.repeat(64) };

describe('fitChoice', () => {
  it('learns which kind of line is right and chooses it on a page it did not see', () => {
    const weights = fitChoice(groups, settings);
    expect(weights.get('before-story') ?? 0).toBeGreaterThan(weights.get('first') ?? 0);
    const unseen = [{ features: f({ first: 1 }) }, { features: f({ 'before-story': 1 }) }];
    expect(bestChoice(unseen, weights)).toBe(1);
  });

  it('gives the same bytes for the same pages, and other bytes for other pages', () => {
    const once = encodeTitleModel(inputs, fitChoice(groups, settings));
    expect(encodeTitleModel(inputs, fitChoice(groups, settings))).toBe(once);
    expect(encodeTitleModel(inputs, fitChoice(groups.slice(1), settings))).not.toBe(once);
  });

  it('learns nothing from a page without a right candidate', () => {
    const lost: ChoiceGroup = { candidates: [{ features: f({ odd: 1 }), right: false }, { features: f({ first: 1 }), right: false }] };
    expect(fitChoice([...groups, lost], settings).get('odd')).toBeUndefined();
  });
});
