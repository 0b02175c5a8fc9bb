import { describe, expect, it } from 'vitest';
import { TAG_COUNT, tagIndex } from '../../../../main/analysis/ner/tags.ts';
import { viterbi } from '../../../../main/analysis/ner/viterbi.ts';
import { TRIGRAM_SIZE, trigramIndex, viterbiSecondOrder } from '../../../../main/analysis/ner/viterbi-second-order.ts';
import { learnWordClusters } from '../../../../scripts/ner-word-clusters.ts';

const T = TAG_COUNT;
const tag = (t: string): number => tagIndex(t) ?? 0;

describe('viterbiSecondOrder', () => {
  it('decodes as the first-order Viterbi when every trigram weighs nothing', () => {
    let seed = 7;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 10 - 5;
    for (let k = 0; k < 200; k++) {
      const n = 1 + (k % 9);
      const emissions = Float64Array.from({ length: n * T }, next);
      const transitions = Float64Array.from({ length: (T + 1) * T }, next);
      expect(viterbiSecondOrder(n, emissions, transitions, new Float64Array(TRIGRAM_SIZE))).toEqual(viterbi(n, emissions, transitions));
    }
  });
  it('lets a trigram weight decide what the first-order scores leave to the emissions', () => {
    // Three tokens leaning to a three-word person; a weight against «B-PERS I-PERS I-PERS» cuts the name after two.
    const emissions = new Float64Array(3 * T);
    emissions[tag('B-PERS')] = 5;
    emissions[T + tag('I-PERS')] = 5;
    emissions[2 * T + tag('I-PERS')] = 1;
    const transitions = new Float64Array((T + 1) * T);
    const trigrams = new Float64Array(TRIGRAM_SIZE);
    expect(viterbiSecondOrder(3, emissions, transitions, trigrams)).toEqual([tag('B-PERS'), tag('I-PERS'), tag('I-PERS')]);
    trigrams[trigramIndex(tag('B-PERS'), tag('I-PERS'), tag('I-PERS'))] = -2;
    expect(viterbiSecondOrder(3, emissions, transitions, trigrams)).toEqual([tag('B-PERS'), tag('I-PERS'), tag('O')]);
  });
});

describe('learnWordClusters (scripts/ner-word-clusters.ts)', () => {
  // Two kinds of word in two kinds of place: names after «قال», places after «في».
  const sentences = ['قال زيد في بغداد', 'قال عمرو في دمشق', 'قال زيد في دمشق', 'قال عمرو في بغداد'].flatMap((s) => [s.split(' '), s.split(' ')]);
  it('puts words that stand in the same places in one class, the same way every time', () => {
    const clusters = learnWordClusters(sentences, { classes: 3, minCount: 2, iterations: 10 });
    expect(clusters.get('زيد')).toBe(clusters.get('عمرو'));
    expect(clusters.get('بغداد')).toBe(clusters.get('دمشق'));
    expect(clusters.get('زيد')).not.toBe(clusters.get('بغداد'));
    expect([...learnWordClusters(sentences, { classes: 3, minCount: 2, iterations: 10 })]).toEqual([...clusters]);
  });
});
