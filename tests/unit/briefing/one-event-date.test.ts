import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import { articleRecord } from '../../helpers/article-record.ts';

const dated = (id: string, outlet: string, published: string, body: string) => articleRecord(id, body, { outlet, outletBasis: 'explicit', published, publishedBasis: 'explicit' });

// Invented reports. The summary's grouping tells one event in each; the timeline alone dated or split it otherwise.
describe('one date for one event in the summary and the timeline (issue 14)', () => {
  it('dates the point and the timeline entry of one meeting alike when one source says «يوم الخميس» and another «12 آذار 2025»', () => {
    const articles = [
      // Published on Friday 14 March: its «يوم الخميس» resolves to the 13th, a day off the other source's written day.
      dated('a', 'صحيفة الرافدين', '2025-03-14', 'عقد وزير الخارجية الأردني أيمن الصفدي اجتماعا مع نظيره السوري أسعد الشيباني في عمان يوم الخميس لبحث عودة اللاجئين السوريين.\nوقال الصفدي إن البلدين اتفقا على تشكيل لجنة مشتركة للمعابر الحدودية.'),
      dated('b', 'وكالة الشام', '2025-03-15', 'اجتمع وزير الخارجية الأردني أيمن الصفدي مع نظيره السوري أسعد الشيباني في عمان يوم 12 آذار 2025 لبحث عودة اللاجئين السوريين.\nوأكد الشيباني أن دمشق ترحب بعودة كل اللاجئين.'),
    ];
    const brief = assembleBrief(articles, { now: '2025-03-20' });
    const point = brief.summary.find((p) => p.sources.length === 2);
    expect(point?.event?.date).toBe('2025-03-12');
    const meeting = brief.timeline.filter((e) => e.sources.some((s) => s.quote.includes('الشيباني في عمان')));
    // One entry, on the date the point reads (the written date over the weekday), citing both sources.
    expect(meeting.map((e) => [e.date, e.sources.map((s) => s.sourceId)])).toEqual([['2025-03-12', ['a', 'b']]]);
    expect(meeting[0]?.independentSources).toBe(2);
  });

  it('makes one timeline entry citing three sources of one arrest told in three wordings on one day', () => {
    const articles = [
      dated('a', 'صحيفة الرافدين', '2025-03-10', 'أعلنت وزارة الداخلية العراقية يوم الأحد 9 آذار 2025 اعتقال خلية من أحد عشر مسلحا في محافظة ديالى.\nوقال المتحدث باسم الوزارة إن الخلية كانت تخطط لهجمات.'),
      dated('b', 'وكالة الشام', '2025-03-10', 'قالت مصادر أمنية إن القوات العراقية ألقت القبض على أحد عشر عنصرا من تنظيم داعش في ديالى في 9 آذار 2025.\nوتشهد المحافظة عمليات أمنية متواصلة منذ أشهر.'),
      dated('c', 'موقع الفرات', '2025-03-11', 'اعتقلت القوات العراقية في 9 آذار 2025 خلية مسلحة تضم أحد عشر شخصا شرقي بعقوبة بمحافظة ديالى.\nوضبطت القوات أسلحة وعبوات ناسفة في مخبأ الخلية.'),
    ];
    const brief = assembleBrief(articles, { now: '2025-03-20' });
    const point = brief.summary.find((p) => p.event?.date === '2025-03-09');
    expect(point?.sources.map((s) => s.sourceId).sort()).toEqual(['a', 'b', 'c']);
    const day = brief.timeline.filter((e) => e.date === '2025-03-09');
    expect(day).toHaveLength(1);
    expect(day[0]?.sources.map((s) => s.sourceId)).toEqual(['a', 'b', 'c']);
    expect(day[0]?.independentSources).toBe(3);
  });
});
