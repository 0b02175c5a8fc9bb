import { describe, expect, it } from 'vitest';
import { markReaderNotices } from '../../../../main/ingest/clean/reader-notice.ts';
import type { RemovedReason } from '../../../../main/model/removed-reason.ts';

type Line = { text: string; reason: RemovedReason | null };
const kept = (text: string): Line => ({ text, reason: null });

describe('markReaderNotices', () => {
  it('marks a salutation to the audience and the paragraph after it that speaks to them', () => {
    const lines: Line[] = [kept('مشاهدينا الكرام'), kept('نعلمكم أن خدمتنا باتت تركز على الموقع، وأن بإمكانكم مراسلتنا عبر صفحة الاتصال.'), kept('عنوان الخبر')];
    markReaderNotices(lines);
    expect(lines.map((l) => l.reason)).toEqual(['reader-notice', 'reader-notice', null]);
  });

  it('leaves a paragraph that does not address the audience, and a salutation inside a sentence', () => {
    const lines: Line[] = [kept('تنويه:'), kept('أعلنت الوزارة أن الامتحانات ستبدأ الأحد المقبل في جميع المحافظات.'), kept('وقال مشاهدينا الكرام في رسائلهم إن البرنامج مفيد.')];
    markReaderNotices(lines);
    expect(lines.map((l) => l.reason)).toEqual(['reader-notice', null, null]);
  });
});
