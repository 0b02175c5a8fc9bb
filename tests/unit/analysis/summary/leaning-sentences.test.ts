import { describe, expect, it } from 'vitest';
import { summaryCandidates } from '../../../../main/analysis/summary/candidates.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// A sentence that names its teller only as «the agency» or its subject only through a demonstrative leans on a
// sentence before: it is flagged, and stands as a point only when nothing else can (issue 14, audit 9).
const flags = (body: string): boolean[] => summaryCandidates([articleRecord('a', body, { title: 'عنوان آخر للخبر' })]).map((c) => c.anaphoric);

describe('sentences that lean on the one before', () => {
  it('flags «قالت الوكالة …» and a demonstrative before a noun', () => {
    expect(flags('قالت الوكالة إن مئة عنصر عبروا الحدود الشرقية صباح الأحد نحو البلدة.')).toEqual([true]);
    expect(flags('ودخل مئة عنصر من تلك الكتائب إلى البلدة الحدودية صباح الأحد الماضي.')).toEqual([true]);
  });

  it('keeps a named teller and a demonstrative of the present time as standing', () => {
    expect(flags('قالت وكالة الأنباء الرسمية إن مئة عنصر عبروا الحدود الشرقية صباح الأحد.')).toEqual([false]);
    expect(flags('وارتفع عدد العابرين هذا العام إلى ألف شخص بحسب هيئة المعابر الرسمية.')).toEqual([false]);
  });
});
