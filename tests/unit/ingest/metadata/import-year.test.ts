import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { withImportYear } from '../../../../main/ingest/metadata/detect-published.ts';

describe('a page\'s own date without its year takes the latest such day before the import', () => {
  it.each([
    ['--12-12', '2026-01-15', '2025-12-12'],
    ['--01-15', '2026-01-15', '2026-01-15'],
    ['--01-16', '2026-01-15', '2025-01-16'],
    ['--02-29', '2025-03-01', '2024-02-29'],
  ])('%s imported on %s is %s', (value, now, year) => {
    expect(withImportYear({ value, basis: 'inferred' }, now)).toEqual({ value: year, basis: 'inferred' });
  });

  it.each([
    ['2025-12-12', '2026-01-15'],
    ['2025-12', '2026-01-15'],
  ])('%s keeps its year', (value, now) => expect(withImportYear({ value, basis: 'explicit' }, now)).toEqual({ value, basis: 'explicit' }));

  it('keeps --MM-DD without an import date', () => {
    expect(withImportYear({ value: '--12-12', basis: 'inferred' }, undefined)).toEqual({ value: '--12-12', basis: 'inferred' });
  });

  const STORY = 'أعلنت وزارة الزراعة عن خطة لتوسيع زراعة القمح في المحافظات الشمالية خلال الموسم المقبل، مع دعم المزارعين بالبذور المحسنة.\nوقال مسؤول في الوزارة إن الخطة تشمل مئة ألف هكتار جديدة، وإن التمويل يأتي من الموازنة العامة ومن قروض ميسرة للمزارعين.';
  const HEADLINE = 'وزارة الزراعة توسع زراعة القمح في المحافظات الشمالية';
  const read = (text: string): [string | null, string, string | null] => {
    const a = cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: '2026-01-15' });
    return [a.published, a.publishedBasis, a.outlet];
  };

  it('dates a wire dateline and a place-newsroom-day line, and names their newsroom', () => {
    expect(read(`${HEADLINE}\nالقاهرة في 12 ديسمبر /أ ش أ/ ${STORY}`)).toEqual(['2025-12-12', 'inferred', 'وكالة أنباء الشرق الأوسط']);
    expect(read(`${HEADLINE}\nدمشق-سانا 3 كانون الأول\n${STORY}`)).toEqual(['2025-12-03', 'inferred', 'سانا']);
  });
});
