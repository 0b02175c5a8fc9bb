import { describe, expect, it } from 'vitest';
import { claimIndex } from '../../../../main/analysis/questions/claim-index.ts';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const corpus = buildCorpus([
  articleRecord('a', 'افتتحت الوزارة مستشفى جديدا في المدينة. وقالت الوزارة إن المستشفى يضم مئة سرير.'),
  articleRecord('b', 'زار الوزير المستشفى الجديد في المدينة أمس.'),
]);
const index = claimIndex(corpus);
const termsOf = (i: number) => {
  const s = corpus.sentences[i];
  const t = s ? index.termsOf(s) : undefined;
  if (!t) throw new Error(`no sentence ${i}`);
  return t;
};

describe('claim index', () => {
  it('lists the sentences sharing enough of a set of terms, in corpus order, with the count shared', () => {
    const first = termsOf(0).terms;
    const sharing = index.sharing(first, 1);
    expect(sharing[0]).toEqual([0, first.size]);
    expect(sharing.map(([i]) => i)).toEqual([...sharing.map(([i]) => i)].sort((a, b) => a - b));
    expect(index.sharing(first, first.size + 1)).toEqual([]);
    // The scratch counts are reset: the same search gives the same answer again.
    expect(index.sharing(first, 1)).toEqual(sharing);
  });

  it('weighs a term found in fewer sentences more', () => {
    const everywhere = [...termsOf(0).terms].find((x) => termsOf(1).terms.has(x) && termsOf(2).terms.has(x));
    const once = [...termsOf(0).terms].find((x) => !termsOf(1).terms.has(x) && !termsOf(2).terms.has(x));
    expect(everywhere).toBeDefined();
    expect(once).toBeDefined();
    expect(index.idf(once ?? '')).toBeGreaterThan(index.idf(everywhere ?? ''));
  });

  it('gives each token its own terms', () => {
    const s = corpus.sentences[2];
    expect(s && index.tokenTerms(s)).toHaveLength(s?.tokens.length ?? -1);
  });
});
