import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../main/analysis/timeline/index.ts';
import { isHeaderLine } from '../../../../main/analysis/timeline/story-lines.ts';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const TITLE = 'البرلمان يقر الموازنة بعد جلسة 4 آذار 2024';
const BODY = [
  TITLE,
  'سياسة | الاثنين 4 آذار 2024 | 10:15',
  'كتب: سامر العلي - 4 آذار 2024',
  'آخر تحديث: 5 آذار 2024',
  'المصدر: https://example.com/2024/03/01/budget',
  'أقر البرلمان الموازنة العامة في جلسة عقدها يوم الاثنين 4 آذار 2024 بعد نقاش طويل.',
  'وكان الوزير قد قدم المشروع في 12 شباط 2024 إلى اللجنة المالية.',
  'وقال النائب إن الحكومة صرفت الدفعة الأولى في 20 آذار 2024.',
].join('\n\n');

describe('story lines of the timeline', () => {
  it('keeps headers, bylines, stamps and URLs out of the timeline, and past reports out of the future', () => {
    const article = articleRecord('a', BODY, { title: TITLE, published: '2024-03-05', publishedBasis: 'explicit' });
    const timeline = buildTimeline([article], { now: '2024-03-06' });
    expect(timeline.map((e) => [e.date, e.approximate])).toEqual([['2024-02-12', false], ['2024-03-04', false]]);
    expect(timeline.every((e) => !e.sources.some((s) => /كتب|سياسة|تحديث|http/u.test(s.quote)))).toBe(true);
  });

  it('asks about a past report dated after its article and about a weekday that disagrees with its date', () => {
    const body = 'وقال النائب إن الحكومة صرفت الدفعة الأولى في 20 آذار 2024.\n\nوقع الزلزال يوم الأحد 1 آذار 2024 قرب الحدود.';
    const article = articleRecord('a', body, { outlet: 'صحيفة المثال', outletBasis: 'explicit', published: '2024-03-05', publishedBasis: 'explicit' });
    const questions = findOpenQuestions([article], { now: '2024-03-06' }).filter((q) => q.kind === 'contradiction');
    expect(questions.map((q) => q.evidence[0]?.quote)).toEqual([
      'وقال النائب إن الحكومة صرفت الدفعة الأولى في 20 آذار 2024.',
      'وقع الزلزال يوم الأحد 1 آذار 2024 قرب الحدود.',
    ]);
    expect(questions[0]?.text).toContain('5 مارس 2024');
    expect(questions[1]?.text).toContain('الأحد');
    // The weekday-checked date stays in the timeline, approximate.
    expect(buildTimeline([article]).map((e) => [e.date, e.approximate])).toEqual([['2024-03-01', true]]);
  });

  it('tells header lines from story sentences', () => {
    expect(isHeaderLine('بقلم: هدى منصور', null)).toBe(true);
    expect(isHeaderLine('الموصل - 12 آذار 2024', null)).toBe(true);
    expect(isHeaderLine('نشر في: 12/03/2024 - 08:40', null)).toBe(true);
    expect(isHeaderLine('من جهته، قال الوزير إن الاتفاق وقع في 3 آذار.', null)).toBe(false);
    expect(isHeaderLine('اندلعت الاشتباكات فجر 3 آذار واستمرت حتى المساء.', null)).toBe(false);
  });
});
