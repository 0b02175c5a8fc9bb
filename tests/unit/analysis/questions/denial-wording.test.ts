import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import type { DateMention } from '../../../../main/text/dates/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { agreeing, nameGender } from '../../../../main/text/arabic/noun-gender.ts';

// A denial question names the denied claim by the denial's own object and both sides, its verbs agreeing with each
// source's head noun (issue 14, audit 8), instead of one template with a whole sentence pasted in.
const noDates = (): DateMention[] => [];
const source = (id: string, outlet: string, body: string) =>
  articleRecord(id, body, { outlet, outletBasis: 'explicit', published: '2025-04-02', publishedBasis: 'explicit', title: `عنوان ${id}` });
const denied = (...articles: ReturnType<typeof source>[]) =>
  findOpenQuestions(articles, { findDates: noDates }).filter((q) => q.kind === 'denied').map((q) => q.text);

describe('denial questions', () => {
  it('asks whether the denied «أن» clause holds, naming who reports and who denies it, verbs agreeing', () => {
    const a = source('a', 'موقع الشاطئ', 'وقال صيادون إن المركب الغارق كان يحمل أكثر من ستين راكبا عند إبحاره من الميناء.');
    const b = source('b', 'صحيفة المرفأ', 'ونفت إدارة الميناء أن يكون المركب الغارق قد حمل أكثر من ستين راكبا عند إبحاره.');
    expect(denied(a, b)).toEqual([
      'هل صحيح أن المركب الغارق قد حمل أكثر من ستين راكبا عند إبحاره؟ يورد موقع الشاطئ: أن المركب الغارق كان يحمل أكثر من ستين راكبا عند إبحاره من الميناء، ونفت إدارة الميناء ذلك بحسب صحيفة المرفأ',
    ]);
  });

  it('says a denial no source asserts as a clause, not as a broken quote', () => {
    const b = source('b', 'صحيفة المرفأ', 'ونفت إدارة الميناء أن يكون المركب الغارق قد حمل أكثر من ستين راكبا.');
    expect(denied(b)).toEqual(['من يقول بأن المركب الغارق قد حمل أكثر من ستين راكبا؟ نفت إدارة الميناء ذلك بحسب صحيفة المرفأ، ولا يؤكده أيٌّ من المصادر المختارة']);
  });
});

describe('the gender of a name', () => {
  it.each([
    ['موقع الوسيط', 'masculine'],
    ['حزب العدالة', 'masculine'],
    ['المركز الإعلامي لقوات الأمن', 'masculine'],
    ['صحيفة الوادي', 'feminine'],
    ['عنب بلدي', 'feminine'],
    ['شركة معادن', 'feminine'],
  ])('«%s» is %s', (name, gender) => expect(nameGender(name)).toBe(gender));
  it('gives the form that agrees', () => expect(agreeing('موقع الوسيط', 'تؤكد', 'يؤكد')).toBe('يؤكد'));
});
