import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { deniedQuestions } from '../../../../main/analysis/questions/denied.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Shortened from the rev25 reviewer's invented ferry story (studied material): what is denied starts past how and
// where the denier denied, stops before how the denier stood, and a short kind after «أي» makes no question.
const withOutlet = (id: string, body: string) => articleRecord(id, body, { outlet: `صحيفة ${id}`, outletBasis: 'explicit' });
const ask = (...bodies: string[]) => deniedQuestions(buildCorpus(bodies.map((b, i) => withOutlet(String.fromCharCode(0x0623 + i), b)))).map((q) => q.text);
const NONE = 'ولا يؤكده أيٌّ من المصادر المختارة';

describe('what a denial denies, past its manner and its place', () => {
  it('asks nothing of a short kind after «أي» («مجددا أي حمولة زائدة، متمسكة …»), rather than say no source confirms it', () => {
    expect(ask('خبر الشركة\n\nونفت الشركة مجددا أي حمولة زائدة، متمسكة برقم ٢٨٦ راكبا.')).toEqual([]);
    // Nor pairs it with a sentence that names the kind without asserting it.
    expect(ask('خبر التأمين\n\nوقال مصدر إن ثبوت الحمولة الزائدة قد يحرم الأسر من التعويضات.', 'خبر الشركة\n\nونفت الشركة مجددا أي حمولة زائدة، متمسكة برقم ٢٨٦ راكبا.')).toEqual([]);
  });

  it('still asks of a kind after «أي» named in words enough, «أي» and the manner left out', () => {
    const [q] = ask('خبر الوزارة\n\nونفت الوزارة مجددا أي نية لإغلاق المعبر الحدودي.');
    expect(q).toContain('«نية لإغلاق المعبر الحدودي»');
    expect(q).toContain(NONE);
  });

  it('leaves the manner out of what is denied and out of the denier («نفت الشركة مرة أخرى …»، «… مجددا أن …»)', () => {
    const [q] = ask('خبر\n\nونفت البلدية مرة أخرى إغلاق السوق القديم.');
    expect(q).toContain('«إغلاق السوق القديم»');
    const [r] = ask('خبر\n\nونفت البلدية مجددا أن تكون قد أغلقت السوق القديم.');
    expect(r).toContain('نفت البلدية ذلك');
  });

  it('stops what is denied at a circumstantial participle after a comma, not at the denier\'s apposition', () => {
    const [q] = ask('خبر\n\nونفت البلدية إغلاق السوق القديم، متمسكة بروايتها الأولى.');
    expect(q).toContain('«إغلاق السوق القديم»');
    expect(q).not.toContain('متمسكة');
    const [r] = ask('خبر\n\nونفت شركة الأمواج، مالكة العبارة، أن تكون العبارة قد حملت أكثر من ستين راكبا.');
    expect(r).toContain('بأن العبارة قد حملت أكثر من ستين راكبا');
  });

  it('leaves where the denial was made («في بيان مكتوب») out of what is denied, with or without a denier after the verb', () => {
    // (What is denied names no demonstrative: «من هذا النوع» points back, and the claim is quoted instead; mendV 3.)
    const [q] = ask('خبر\n\nوقال القبطان إنه أبلغ الشركة مرارا بأعطال في المضخات. غير أن الشركة نفت في بيان مكتوب تلقي أي بلاغ عن أعطال المضخات.');
    expect(q).toContain('«تلقي أي بلاغ عن أعطال المضخات»');
    const [r] = ask('خبر\n\nونفت البلدية في بيان رسمي إغلاق السوق القديم.');
    expect(r).toContain('«إغلاق السوق القديم»');
    // A place that is what is denied stays in it.
    const [s] = ask('خبر\n\nونفت البلدية في المقابل وجود قوات أجنبية في المدينة.');
    expect(s).toContain('وجود قوات أجنبية في المدينة');
  });
});
