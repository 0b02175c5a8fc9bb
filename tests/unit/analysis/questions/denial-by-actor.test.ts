import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import type { DateMention } from '../../../../main/text/dates/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// A denial worded apart from the claim it denies (issue 14, class f): the denier is the actor of an event another
// source reports, and that source states the claim in another sentence, in its own words.
const order = 'أمر محافظ المنطقة سامي الحداد، يوم الأحد، بإغلاق ثلاث مدارس في البلدة بعد تسرب غاز من مصنع قريب.';
const parents = 'وقال أولياء أمور لـ«الصحيفة» إن قرار الإغلاق لم يبلغ الأهالي إلا بعد أن دخل أبناؤهم الفصول.';
const a = articleRecord('a', `${order}\n\n${parents}`, { outlet: 'صحيفة الشرق', outletBasis: 'explicit', published: '2025-02-03', publishedBasis: 'explicit', title: 'عنوان أ' });
const b = articleRecord('b', 'ونفى المحافظ سامي الحداد أن يكون قد تأخر في إبلاغ الأهالي بقرار إغلاق المدارس، مؤكدا أن الرسائل أرسلت فجرا.', {
  outlet: 'موقع الغرب', outletBasis: 'explicit', published: '2025-02-04', publishedBasis: 'explicit', title: 'عنوان ب',
});
const noDates = (): DateMention[] => [];
const denied = (events: { sourceId: string; quote: string }[][]) =>
  findOpenQuestions([a, b], { findDates: noDates, events }).filter((q) => q.kind === 'denied');

describe('a denial set against the claim of its denier\'s event', () => {
  it('finds the claim in a source of the event whose report names the denier, never that report itself', () => {
    const qs = denied([[{ sourceId: 'a', quote: order }]]);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.evidence.map((e) => [e.sourceId, e.quote])).toEqual([['a', parents], ['b', expect.stringContaining('ونفى المحافظ')]]);
  });

  it('finds none when no event names the denier and the claim shares no phrase with the denial', () => {
    // «قرار الإغلاق» is a phrase of the denied content too («بقرار إغلاق»): said in words apart, only the event finds it.
    const apart = 'وقال أولياء أمور لـ«الصحيفة» إن الأهالي لم يعرفوا بالإغلاق إلا بعد أن دخل أبناؤهم الفصول.';
    const a2 = articleRecord('a', `${order}\n\n${apart}`, { outlet: 'صحيفة الشرق', outletBasis: 'explicit', published: '2025-02-03', publishedBasis: 'explicit', title: 'عنوان أ' });
    const qs = findOpenQuestions([a2, b], { findDates: noDates, events: [] }).filter((q) => q.kind === 'denied');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.evidence.map((e) => e.sourceId)).toEqual(['b']);
  });

  it('finds a claim that names what is denied by a phrase of it («قرار الإغلاق») without any event', () => {
    const qs = denied([]);
    expect(qs.map((q) => q.evidence.map((e) => [e.sourceId, e.quote]))).toEqual([[['a', parents], ['b', expect.stringContaining('ونفى المحافظ')]]]);
  });
});
