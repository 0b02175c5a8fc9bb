import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import type { DateMention } from '../../../../main/text/dates/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const article = (id: string, outlet: string, body: string): ArticleRecord =>
  articleRecord(id, body, { outlet, outletBasis: 'explicit', published: '2025-06-02', publishedBasis: 'explicit', title: `عنوان ${id}` });
const noDates = (): DateMention[] => [];
/** The attribution questions when the summary grouped the two articles' sentences into one event. */
const asked = (a: ArticleRecord, b: ArticleRecord): string[] =>
  findOpenQuestions([a, b], { findDates: noDates, events: [[{ sourceId: a.id, quote: a.body }, { sourceId: b.id, quote: b.body }]] })
    .filter((q) => q.kind === 'contradiction' && q.text.startsWith('من مصدر الخبر'))
    .map((q) => q.text);

describe('one claim put in two mouths (issue 14)', () => {
  it('asks who said it when two sources of one event give the same figure to different speakers', () => {
    const a = article('a', 'صحيفة النهار الجديد', 'وأعلنت وزارة الدفاع أن 14 مسلحا قتلوا في الاشتباكات قرب الحدود الشمالية.');
    const b = article('b', 'موقع الرصد', 'وقال الحرس الوطني إن 14 مسلحا قتلوا خلال اشتباكات عنيفة على الحدود.');
    expect(asked(a, b)).toEqual(['من مصدر الخبر نفسه: «وزارة الدفاع» بحسب صحيفة النهار الجديد، أم «الحرس الوطني» بحسب موقع الرصد؟']);
  });

  it('reads a speaker after «بحسب» as well as after a verb of saying', () => {
    const a = article('a', 'صحيفة النهار الجديد', 'وتوقفت الملاحة في الميناء ثلاثة أيام بسبب العاصفة، بحسب هيئة الموانئ.');
    const b = article('b', 'موقع الرصد', 'وأكدت نقابة البحارة توقف الملاحة في الميناء ثلاثة أيام بسبب العاصفة.');
    expect(asked(a, b)).toEqual(['من مصدر الخبر نفسه: «هيئة الموانئ» بحسب صحيفة النهار الجديد، أم «نقابة البحارة» بحسب موقع الرصد؟']);
  });

  it('does not ask when the speakers are one side, unnamed, a newsroom, or the claims differ', () => {
    const ministry = article('a', 'صحيفة النهار الجديد', 'وأعلنت وزارة الصحة أن 30 مصابا نقلوا إلى المستشفيات.');
    // «وزير الصحة» and «وزارة الصحة»: the ministry and its minister are one side.
    expect(asked(ministry, article('b', 'موقع الرصد', 'وقال وزير الصحة إن 30 مصابا نقلوا إلى المستشفيات.'))).toEqual([]);
    // A body's long name and its short one are one side, «ل» on the article included.
    const longName = article('a', 'صحيفة النهار الجديد', 'أعلنت المديرية العامة للحماية المدنية، صباح السبت، إخماد الحريق في غابة البلوط بعد ستة أيام.');
    expect(asked(longName, article('b', 'موقع الرصد', 'أعلنت الحماية المدنية يوم السبت إخماد الحريق في غابة البلوط نهائيا.'))).toEqual([]);
    // An unnamed mouth is the unverified questions' to ask about.
    expect(asked(ministry, article('b', 'موقع الرصد', 'وقال مصدر طبي إن 30 مصابا نقلوا إلى المستشفيات.'))).toEqual([]);
    // A wire credited for the report is no speaker of the claim.
    expect(asked(ministry, article('b', 'موقع الرصد', 'وذكرت وكالة الأنباء الرسمية أن 30 مصابا نقلوا إلى المستشفيات.'))).toEqual([]);
    // Two speakers of two claims of one event: a minister and a union say different things.
    expect(asked(ministry, article('b', 'موقع الرصد', 'وقالت نقابة الأطباء إن المستشفيات تعاني نقصا حادا في الأدوية.'))).toEqual([]);
    // A speaker who is the sentence's own subject pronoun («وقال إن») names no one.
    expect(asked(ministry, article('b', 'موقع الرصد', 'وقال إن 30 مصابا نقلوا إلى المستشفيات.'))).toEqual([]);
  });

  it('does not take a date both sources give for a figure of the claim', () => {
    const a = article('a', 'صحيفة النهار الجديد', 'وأعلنت وزارة الدفاع في 12 آذار 2025 انتهاء المناورات البحرية قرب السواحل.');
    const b = article('b', 'موقع الرصد', 'وقال الحرس الوطني في 12 آذار 2025 إن طائرة مسيرة سقطت في حقل زراعي.');
    const qs = findOpenQuestions([a, b], { now: '2025-06-02', events: [[{ sourceId: a.id, quote: a.body }, { sourceId: b.id, quote: b.body }]] });
    expect(qs.filter((q) => q.text.startsWith('من مصدر الخبر'))).toEqual([]);
  });

  it('asks only about sentences the summary grouped into one event', () => {
    const a = article('a', 'صحيفة النهار الجديد', 'وأعلنت وزارة الدفاع أن 14 مسلحا قتلوا في الاشتباكات قرب الحدود الشمالية.');
    const b = article('b', 'موقع الرصد', 'وقال الحرس الوطني إن 14 مسلحا قتلوا خلال اشتباكات عنيفة على الحدود.');
    const qs = findOpenQuestions([a, b], { findDates: noDates }).filter((q) => q.text.startsWith('من مصدر الخبر'));
    expect(qs).toEqual([]);
  });
});
