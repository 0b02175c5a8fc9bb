import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { unverifiedQuestions } from '../../../../main/analysis/questions/cue-questions.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Shortened from the rev25 reviewer's invented ferry story (studied material): an unverified question names the mouth
// and quotes what it says, whole (rev25 leftovers, mendV 1).
const parts = (body: string) =>
  unverifiedQuestions(buildCorpus([articleRecord('a', `خبر\n\n${body}`, { outlet: 'صحيفة أ', outletBasis: 'explicit' })])).map((d) => d.parts);

describe('the mouth of an unverified claim', () => {
  it('ends before the object of the verb it is subject of («دشن ناشطون وسما»)', () => {
    const [p] = parts('ودشن ناشطون وسما على مواقع التواصل طالبوا فيه بمحاسبة المسؤولين عن الغرق.');
    expect(p?.mouth).toBe('ناشطون');
  });

  it('still takes the words that describe it («ناشطون محليون»، «مصادر عليا»)', () => {
    expect(parts('وقال ناشطون محليون إن الشرطة أغلقت الميناء ليلا.')[0]?.mouth).toBe('ناشطون محليون');
    expect(parts('وذكرت مصادر عليا أن الحكومة ستعلن الحداد غدا.')[0]?.mouth).toBe('مصادر عليا');
  });
});

describe('the claim of an unverified question', () => {
  it('keeps the noun a pronoun of «إنها» stands for («تداولوا صورا قالوا إنها تظهر …»)', () => {
    const [p] = parts('وطالب ناشطون بمحاسبة المسؤولين، وتداولوا صورا قالوا إنها تظهر ركابا يجلسون على سطح العبارة قبل إبحارها.');
    expect(p?.claim).toBe('«تداولوا صورا قالوا إنها تظهر ركابا يجلسون على سطح العبارة قبل إبحارها»');
  });

  it('keeps the pronoun of «إنه» when it is the mouth\'s own, and a bare «أن» as it was', () => {
    expect(parts('وقال مصدر أمني إنه شاهد الجنود يدخلون البلدة قبل الفجر بساعة.')[0]?.claim).toBe('أنه شاهد الجنود يدخلون البلدة قبل الفجر بساعة');
    expect(parts('وقال مصدر أمني إن الجنود دخلوا البلدة قبل الفجر بساعة.')[0]?.claim).toBe('أن الجنود دخلوا البلدة قبل الفجر بساعة');
  });

  it('is what the mouth says after its verb, not the newsroom\'s sentence that quotes it', () => {
    const [p] = parts('ويتناقض رقم الشركة مع ما نقلته صحف محلية عن مصدر في إدارة الميناء تحدث عن نحو ٤١٠ ركاب.');
    expect(p?.mouth).toBe('مصدر في إدارة الميناء');
    expect(p?.claim).toBe('«تحدث عن نحو ٤١٠ ركاب»');
  });

  it('is the sentence quoted whole when it is the mouth\'s report with no verb of its own', () => {
    const [p] = parts('الجيش سيدخل المدينة غدا من ثلاثة محاور، بحسب مصادر مطلعة.');
    expect(p?.claim).toBe('«الجيش سيدخل المدينة غدا من ثلاثة محاور»');
  });
});
