import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { buildTimeline } from '../../../../main/analysis/timeline/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

function article(id: string, body: string, published: string | null = null): ArticleRecord {
  return articleRecord(id, body, { published, publishedBasis: published === null ? 'unknown' : 'explicit' });
}

// rev27 #4: in an article with no date of its own, «١٥ كانون الثاني الجاري» and a deadline «قبل يوم 26 يناير» were put in
// 2025 although every dated source was of January 2026: the selection rule placed every yearless day not after the
// latest dated source, whatever its clause said. The clause is now read as if written on that source's day.
describe('a yearless day in an undated article, read against the selection\'s latest dated source', () => {
  const dated = [
    article('d1', 'أعلنت النقابة العامة لعمال الموانئ اليوم تعليق الإضراب في الميناء.', '2026-01-12'),
    article('d2', 'قال وزير المالية اليوم إن الرواتب ستصرف على دفعات.', '2026-01-14'),
  ];
  const entryOf = (body: string) => buildTimeline([article('u', body), ...dated], { now: '2026-01-15' }).find((e) => e.sources[0]?.sourceId === 'u');

  it('puts «الجاري» in the reference\'s own month and year', () => {
    const entry = entryOf('وحددت المحكمة يوم ١٥ كانون الثاني (يناير) الجاري موعداً لأولى جلساتها.');
    expect(entry).toMatchObject({ date: '2026-01-15', dateBasis: 'inferred', yearFrom: { rule: 'selection-dates' } });
  });

  it('puts a day a clause tells as to come in the reference\'s year, after it', () => {
    expect(entryOf('وتقول النقابة إن الحكومة ستدفع المستحقات كاملة قبل يوم 26 يناير.')?.date).toBe('2026-01-26');
  });

  it('still puts a past report later in the year than the reference a year back', () => {
    expect(entryOf('وكان العمال قد نظموا وقفة احتجاجية أمام الميناء في 20 من تشرين الثاني.')?.date).toBe('2025-11-20');
    expect(entryOf('وكان العمال قد نظموا وقفة احتجاجية أمام الميناء في 3 من كانون الثاني.')?.date).toBe('2026-01-03');
  });
});

describe('a yearless day in an undated article whose clause says nothing of its time', () => {
  it('takes the year nearest the selection\'s latest dated source, and a past report after it is not put ahead', () => {
    const dated = article('d', 'قال وزير المالية اليوم إن الرواتب ستصرف على دفعات.', '2026-01-14');
    const entryOf = (body: string) => buildTimeline([article('u', body), dated], { now: '2026-01-15' }).find((e) => e.sources[0]?.sourceId === 'u');
    expect(entryOf('ويبقى السؤال: هل تملك الحكومة المال للوفاء بالاتفاق قبل يوم 26 يناير؟')?.date).toBe('2026-01-26');
    expect(entryOf('وكانت النقابة قد عقدت اجتماعها الطارئ في 28 من كانون الثاني.')?.date).toBe('2025-01-28');
  });
});
