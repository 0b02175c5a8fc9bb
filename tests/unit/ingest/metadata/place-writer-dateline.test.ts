import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';

const NOW = '2026-01-15';
const clean = (lines: readonly string[]) => cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text: lines.join('\n'), declared: {} }, { now: NOW });
const STORY = 'افتتحت المحافظة سوقا للحرفيين في الحي القديم يضم أعمال خمسين حرفيا من القرى المجاورة، ويستمر شهرا كاملا.';

describe("a «place - writer» line over the story: a dateline with its writer, no headline", () => {
  it('gives no title', () => {
    // Before: the title «الإسكندرية», as if «headline - site». The outlet chooser still reads the writer as the outlet
    // from the pair (placePairName), which then keeps it from the author's slot: not mended here.
    const record = clean(['الإسكندرية - سارة العتيبي', 'الأحد 11 يناير 2026', 'سوق للحرفيين في الحي القديم', STORY]);
    expect(record.title).toBe('سوق للحرفيين في الحي القديم');
  });

  it('leaves a «place - newsroom» line and a headline that opens with a place to their readers', () => {
    const newsroom = clean(['الإسكندرية - نبض الوادي', 'الأحد 11 يناير 2026', 'سوق للحرفيين في الحي القديم', STORY]);
    expect(newsroom.author).toBeNull();
    const headline = clean(['الإسكندرية - افتتاح سوق للحرفيين في الحي القديم', 'الأحد 11 يناير 2026', STORY]);
    expect(headline.title).toBe('الإسكندرية - افتتاح سوق للحرفيين في الحي القديم');
    expect(headline.author).toBeNull();
  });
});
