import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import type { DateMention } from '../../../../main/text/dates/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Unknown questions read as an analyst would ask them (issue 14, audit 4): the object cut where its clause ends, past
// «عن» and adverbials of time, alternatives joined, a pronoun's people named, a state's subject asked for.
const noDates = (): DateMention[] => [];
function asked(body: string): string[] {
  const a = articleRecord('a', body, { outlet: 'صحيفة الوادي', outletBasis: 'explicit', published: '2025-02-03', publishedBasis: 'explicit', title: 'عنوان' });
  return findOpenQuestions([a], { findDates: noDates }).filter((q) => q.kind === 'unknown').map((q) => q.text);
}

describe('unknown questions in plain Arabic', () => {
  it('drops a leading «عن» and ends the object before a comma and a clause of circumstance', () => {
    expect(asked('ولم تعلن البلدية عن موعد افتتاح السوق الجديد، إذ تنتظر موافقة الولاية على المخطط.')).toEqual([
      'ما موعد افتتاح السوق الجديد؟ (لم يُعرف بعد بحسب صحيفة الوادي)',
    ]);
  });

  it('ends the object at a subordinate connective without punctuation', () => {
    expect(asked('ولم تحدد الشركة بعد عدد العمال المسرحين في حين يطالب النقابيون بقائمة كاملة.')).toEqual([
      'ما عدد العمال المسرحين؟ (لم يُعرف بعد بحسب صحيفة الوادي)',
    ]);
  });

  it('steps over an adverbial of time and of manner before the object', () => {
    expect(asked('ولم يتضح حتى ساعة كتابة هذا الخبر موعد الامتحانات المؤجلة.')).toEqual([
      'ما موعد الامتحانات المؤجلة؟ (لم يُعرف بعد بحسب صحيفة الوادي)',
    ]);
    expect(asked('ولا يعرف على وجه الدقة أين يقيم النازحون الآن، غير أن المخيم امتلأ.')).toEqual([
      'أين يقيم النازحون الآن؟ (لم يتضح بعد بحسب صحيفة الوادي)',
    ]);
  });

  it('joins an alternative given with «ولا عن» or «أو عن» as «وX»', () => {
    expect(asked('ولم تكشف الشرطة عن أسماء الموقوفين ولا عن التهم الموجهة إليهم.')).toEqual([
      'ما أسماء الموقوفين والتهم الموجهة إليهم؟ (لم يُعرف بعد بحسب صحيفة الوادي)',
    ]);
    expect(asked('ولم تفصح الإدارة عن كلفة المشروع، أو عن الجهة الممولة له.')).toEqual([
      'ما كلفة المشروع والجهة الممولة له؟ (لم يُعرف بعد بحسب صحيفة الوادي)',
    ]);
  });

  it('asks when a matter not yet settled will be, its trailing «بعد» dropped', () => {
    expect(asked('وبدأ بناء الجسر في 2019، ولم تكتمل أشغاله بعد.')).toEqual(['متى تكتمل أشغاله؟ (لم يُحسم بعد بحسب صحيفة الوادي)']);
  });

  it('names the people a question speaks of only by a pronoun, from the sentence before', () => {
    expect(asked('الصيادون المفقودون الذين خرجوا فجرا لم يعودوا. وقال مسؤول: "لسنا متأكدين من أين أبحروا".')).toEqual([
      'الصيادون المفقودون: من أين أبحروا؟ (لم يتضح بعد بحسب صحيفة الوادي)',
    ]);
  });

  it('asks for the subject of «ما زال … غير معروف» and of «يبقى غامضا …»', () => {
    expect(asked('وما زال سبب انقطاع المياه غير معروف، في حين تحدث سكان عن انفجار أنبوب.')).toEqual([
      'ما سبب انقطاع المياه؟ (لم يُعرف بعد بحسب صحيفة الوادي)',
    ]);
    expect(asked('ويبقى غامضا مصير القروض التي منحها المصرف للشركة.')).toEqual([
      'ما مصير القروض التي منحها المصرف للشركة؟ (لم يُعرف بعد بحسب صحيفة الوادي)',
    ]);
  });

  it('makes no question of an attribution alone or of a subject with a bare object, but keeps a named thing (review 27 finding 8)', () => {
    expect(asked('ولم تحدد الشركة موعداً.')).toEqual([]);
    expect(asked('ويبقى السؤال، بحسب ويليامز: هل تملك الحكومة المال؟')).toEqual([]);
    expect(asked('ولم تحدد الشركة موعداً للصرف.')).not.toEqual([]);
    expect(asked('ولم تحدد الشركة بعد عدد العمال المسرحين في حين يطالب النقابيون بقائمة كاملة.')).toEqual([
      'ما عدد العمال المسرحين؟ (لم يُعرف بعد بحسب صحيفة الوادي)',
    ]);
  });
});
