import { describe, expect, it } from 'vitest';
import { independentCitations, independentCount, wireStories } from '../../../../main/analysis/sources/independent-sources.ts';

const wire = 'أعلنت وزارة الصحة افتتاح مستشفى جديد في المدينة بسعة مئتي سرير';

describe('independent sources', () => {
  it('counts sources printing one wire sentence, or a near copy of it, once', () => {
    expect(independentCitations([
      { sourceId: 'a', quote: wire },
      { sourceId: 'b', quote: wire },
      { sourceId: 'c', quote: `${wire} يوم الأحد` },
    ])).toBe(1);
  });

  it('counts sources that word the event their own way separately', () => {
    expect(independentCitations([
      { sourceId: 'a', quote: wire },
      { sourceId: 'b', quote: 'قال مدير المستشفى إن الأجنحة الجديدة ستستقبل المرضى مطلع الشهر المقبل' },
    ])).toBe(2);
    // One sentence both print makes them copies of one story, however else they word it.
    expect(independentCitations([
      { sourceId: 'a', quote: wire },
      { sourceId: 'b', quote: 'قال مدير المستشفى إن الأجنحة الجديدة ستستقبل المرضى مطلع الشهر المقبل' },
      { sourceId: 'b', quote: wire },
    ])).toBe(1);
  });

  it('joins articles that share sentences for at least half of the shorter one into one wire story', () => {
    // Articles 0 and 1 share two of article 1's three sentences; article 2 shares one of its four with article 0.
    const storyOf = wireStories(3, [5, 3, 4], [[0, 1], [0, 1], [0, 2]]);
    expect([0, 1, 2].map(storyOf)).toEqual([0, 0, 2]);
    expect(independentCount([[0], [1], [2]], storyOf)).toBe(2);
    expect(independentCount([[0], [1], [2]], (i) => i)).toBe(3);
  });
});
