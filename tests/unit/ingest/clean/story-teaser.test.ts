import { describe, expect, it } from 'vitest';
import { markStoryTeasers } from '../../../../main/ingest/clean/story-teaser.ts';
import type { RemovedReason } from '../../../../main/model/removed-reason.ts';

type Line = { text: string; reason: RemovedReason | null };
const kept = (text: string): Line => ({ text, reason: null });

describe('markStoryTeasers', () => {
  it('marks an excerpt cut with an ellipsis whose words open a later kept line', () => {
    const lines: Line[] = [
      kept('أطلقت البلدية حملة واسعة لرفع الفضلات المتراكمة في عدد من الأحياء…'),
      kept('10 جانفي 2026'),
      kept('أطلقت البلدية حملة واسعة لرفع الفضلات المتراكمة في عدد من الأحياء الشعبية بمشاركة المتطوعين.'),
    ];
    markStoryTeasers(lines);
    expect(lines.map((l) => l.reason)).toEqual(['story-teaser', null, null]);
  });

  it('keeps a cut line the story does not print whole, a short one, and a removed repeat', () => {
    const lines: Line[] = [
      kept('وقال الوزير إن الحكومة ستعلن خطة جديدة للطاقة خلال الأسابيع...'),
      kept('قال الوزير...'),
      { text: 'وقال الوزير إن الحكومة ستعلن خطة جديدة للطاقة خلال الأسابيع المقبلة.', reason: 'related-links' },
      kept('قال الوزير إن الخطة جاهزة.'),
    ];
    markStoryTeasers(lines);
    expect(lines.map((l) => l.reason)).toEqual([null, null, 'related-links', null]);
  });
});
