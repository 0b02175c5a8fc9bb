import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../main/analysis/timeline/index.ts';
import { yearBasisWords } from '../../../../main/render/year-basis-words.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const timeline = (...bodies: string[]) =>
  buildTimeline(
    bodies.map((body, i) => articleRecord(`a${i}`, body, { published: '2025-03-10', publishedBasis: 'explicit' })),
    { now: '2025-03-12' },
  );

describe('a year taken from the article\'s date', () => {
  it('is said as inferred on the entry, with the article that dated it', () => {
    const [entry] = timeline('وكانت اللجنة قد عقدت اجتماعها الأول في 9 مارس بحضور الأعضاء جميعا.');
    expect(entry).toMatchObject({ date: '2025-03-09', dateBasis: 'inferred', yearFrom: { rule: 'article-date', sourceId: 'a0' } });
    expect(yearBasisWords(entry!)).toBe('السنة مستنتجة من تاريخ نشر المصدر');
  });

  it('is not said when the sentence wrote its year, or when the article dates the whole expression («أمس»)', () => {
    expect(timeline('وكانت اللجنة قد عقدت اجتماعها الأول في 9 مارس 2025 بحضور الأعضاء جميعا.')[0]?.dateBasis).toBeUndefined();
    expect(timeline('وعقدت اللجنة اجتماعها الأول أمس بحضور الأعضاء جميعا.')[0]?.dateBasis).toBeUndefined();
  });

  it('is not said of the article\'s own day, so two entries of that day from one article are marked alike', () => {
    const entries = timeline('وقال رئيس اللجنة اليوم، الاثنين 10 من آذار، إن الاجتماع المقبل سيعقد في العاصمة.');
    expect(entries.map((e) => e.date)).toEqual(['2025-03-10']);
    expect(entries[0]?.dateBasis).toBeUndefined();
  });
});
