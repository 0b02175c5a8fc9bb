import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { denialsByArticle, findDenials } from '../../../../main/analysis/questions/denials.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const corpusOf = (...bodies: string[]) => buildCorpus(bodies.map((body, i) => articleRecord(`a${i}`, body)));
const deniedWords = (body: string): string[] => {
  const [d] = findDenials(corpusOf(body));
  return d ? d.sentence.tokens.slice(d.from, d.to).map((t) => t.text) : [];
};

describe('finding denials', () => {
  it('takes what a leading cue denies up to a contrast word', () => {
    expect(deniedWords('نفت الوزارة وجود اتفاق سري مع الشركة، لكنها أقرت بعقد اجتماعات معها.')).toEqual(
      ['الوزارة', 'وجود', 'اتفاق', 'سري', 'مع', 'الشركة'],
    );
  });

  it('takes what a trailing cue denies back to the word that introduces it', () => {
    expect(deniedWords('وقال المتحدث إن ما تردد عن إغلاق المعبر غير صحيح.')).toEqual(['إغلاق', 'المعبر']);
  });

  it('finds only sentences with a cue, in corpus order, with no claim yet', () => {
    const corpus = corpusOf('وصل الوزير إلى العاصمة. نفت الوزارة إغلاق المعبر.', 'ونفى الجيش قصف القرية.');
    const found = findDenials(corpus);
    expect(found.map((d) => d.sentence.articleIndex)).toEqual([0, 1]);
    expect(found.every((d) => d.claim === null)).toBe(true);
    expect([...denialsByArticle(found)]).toEqual([[0, [0]], [1, [1]]]);
  });
});

describe('a predicate of falsity denies what stands before it', () => {
  it('takes the subject of «بأنه عار عن الصحة» back to «عن», however the sentence goes on', () => {
    expect(deniedWords('ووصف الناطق باسم البلدية الحديث عن صفقة بيع الأرض بأنه عار عن الصحة، وأضاف أن المجلس لم يناقش الأمر بعد.')).toEqual(
      ['صفقة', 'بيع', 'الأرض'],
    );
  });

  it('reads «لا أساس له من الصحة» and a fabrication adjective given by «بأنه» as predicates of falsity', () => {
    expect(deniedWords('وقال المدير إن ما نشر عن تسريح العمال لا أساس له من الصحة، مشيرا إلى أن المصنع يعمل بطاقته الكاملة.')).toEqual(['تسريح', 'العمال']);
    expect(deniedWords('ووصفت الشركة ما تداولته الصفحات عن تسرب النفط من الأنبوب بأنه مختلق.')).toEqual(['تسرب', 'النفط', 'من', 'الأنبوب']);
  });

  it('reads bearing no relation to the facts («لا تمت للواقع بصلة») as a predicate of falsity', () => {
    expect(deniedWords('وأكد المكتب أن ما تردد عن بيع المصنع شائعات لا تمت للواقع بصلة.')).toEqual(['بيع', 'المصنع']);
    expect(deniedWords('وقال إن الحديث عن تأجيل الانتخابات كلام لا يمت إلى الحقيقة بأي صلة.')).toEqual(['تأجيل', 'الانتخابات']);
  });

  it('reads having no origin or basis («لا أصل له») as a predicate of falsity', () => {
    expect(deniedWords('وأكدت الشركة أن ما تناقلته الصفحات عن بيع المصنع لا أصل له.')).toEqual(['بيع', 'المصنع']);
  });

  it('leaves an adjective of fabrication that describes a kind of news («أخبار كاذبة»)', () => {
    expect(deniedWords('وحذرت الوزارة من نشر أخبار كاذبة عن نتائج الامتحانات.')).toEqual([]);
  });
});

