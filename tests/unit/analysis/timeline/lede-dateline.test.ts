import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../main/analysis/timeline/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const entries = (lede: string) =>
  buildTimeline(
    [articleRecord('a', `${lede}\n\nوقال الوزير إن الخطة أقرت بعد مشاورات طويلة مع الشركات المحلية.`, { published: '2025-03-10', publishedBasis: 'explicit' })],
    { now: '2025-03-12' },
  );

describe('a wire dateline glued to the lede', () => {
  it('gives no timeline entry of its own, and no entry opens with it', () => {
    for (const dateline of ['القاهرة في 10 مارس 2025 /أ ش أ/ - ', 'بغداد - 10 مارس 2025 - ', 'الرباط، 10-03-2025 (ومع) - ']) {
      const timeline = entries(`${dateline}أعلنت الحكومة خطة لإعادة إعمار الميناء بعد أسابيع من الدراسة.`);
      expect(timeline, dateline).toEqual([]);
    }
  });

  it('still reads the story\'s own date after the dateline, from where the dateline ends', () => {
    const timeline = entries('عمان في 10 مارس 2025 (بترا) - افتتحت الحكومة الميناء الجديد في 8 مارس 2025 بحضور الوزراء.');
    expect(timeline.map((e) => e.date)).toEqual(['2025-03-08']);
    expect(timeline[0]?.text.startsWith('عمان')).toBe(false);
    // The citation is still the sentence exactly as the body has it.
    expect(timeline[0]?.sources[0]?.quote.startsWith('عمان في 10 مارس 2025')).toBe(true);
  });

  it('leaves a sentence that dates its own story alone', () => {
    const timeline = entries('أعلنت الحكومة في 9 مارس 2025 - بعد أسابيع من الدراسة - خطة لإعادة إعمار الميناء.');
    expect(timeline.map((e) => e.date)).toEqual(['2025-03-09']);
  });

  it('leaves a sentence that opens on its subject, then its date between dashes, alone', () => {
    for (const lede of [
      'الحكومة في 9 مارس 2025 - بعد أسابيع من الدراسة - أقرت خطة لإعادة إعمار الميناء.',
      'الانتخابات البلدية في 9 مارس 2025 - وهي الأولى منذ عقد - شهدت إقبالا ضعيفا.',
    ]) {
      expect(entries(lede).map((e) => e.date), lede).toEqual(['2025-03-09']);
    }
  });

  it('cuts a dateline whose place it does not know when it carries the article\'s own date', () => {
    expect(entries('ضاحية الريحان في 10 مارس 2025 - أعلنت الحكومة خطة لإعادة إعمار الميناء بعد أسابيع من الدراسة.')).toEqual([]);
  });
});
