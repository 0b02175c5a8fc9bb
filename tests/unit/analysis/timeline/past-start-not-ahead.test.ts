import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../main/analysis/timeline/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const timeline = (body: string) =>
  buildTimeline([articleRecord('a0', body, { published: '2026-01-14', publishedBasis: 'explicit' })], { now: '2026-01-15' });

// rev27 #3: «الإضراب بدأ في الخامس من كانون الثاني» in an article of 14 January was shown as «5 يناير 2027 (مرتقب)».
describe('a start told with «بدأ» before the article', () => {
  it('takes the article\'s year and is no plan', () => {
    const [entry] = timeline('ويُذكر أن الإضراب بدأ في الخامس من كانون الثاني، واستمر ثمانية أيام قبل تعليقه.');
    expect(entry).toMatchObject({ date: '2026-01-05' });
    expect(entry?.planned).toBeUndefined();
  });

  it('still goes a year ahead, as a plan, when the clause says it is to come', () => {
    const [entry] = timeline('وقالت النقابة إن الإضراب سيبدأ في الخامس من كانون الثاني إذا لم تُصرف الرواتب.');
    expect(entry).toMatchObject({ date: '2027-01-05', planned: true });
  });
});
