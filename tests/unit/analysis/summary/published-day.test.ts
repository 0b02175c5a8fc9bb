import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { publishedDay } from '../../../../main/analysis/summary/published-day.ts';

const dated = (published: string | null): ArticleRecord => ({ published }) as ArticleRecord;

describe('publishedDay', () => {
  it('gives a whole day only: not a month, a year, a yearless day, no date or no article', () => {
    expect(publishedDay(dated('2025-04-10'))).toBe('2025-04-10');
    for (const p of ['2025-04', '2025', '--04-10', null]) expect(publishedDay(dated(p))).toBeNull();
    expect(publishedDay(undefined)).toBeNull();
  });
});
