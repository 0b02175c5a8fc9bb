import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../../main/model/raw-document.ts';
import { chooseTitle } from '../../../../main/ingest/title/choose-title.ts';
import { contentStems } from '../../../../main/ingest/clean/word-overlap.ts';
import { titleCandidates } from '../../../../main/ingest/title/title-candidates.ts';
import { headlineStripper, titlePage } from '../../../../main/ingest/title/title-page.ts';

// A page of our own: a menu, a section label, the headline with a site name after a bar, a date line, then the story.
const text = [
  'الرئيسية',
  'أخبار',
  'رياضة',
  'اقتصاد',
  'الأخبار المحلية',
  'افتتاح جسر جديد فوق نهر المدينة بعد ثلاث سنوات من العمل | الوطن',
  'نشر في 12 يناير 2026',
  'افتتحت البلدية صباح اليوم جسرا جديدا فوق نهر المدينة بعد ثلاث سنوات من العمل، وقال رئيس البلدية إن الجسر سيخفف الزحام عن وسط المدينة ويختصر الطريق إلى الأحياء الشرقية.',
  'وأضاف أن أعمال الصيانة ستتواصل في الطرق المؤدية إلى الجسر حتى نهاية الشهر المقبل، وأن حركة المرور ستفتح أمام الشاحنات في وقت لاحق.',
].join('\n');
const raw: RawDocument = { file: 'page.txt', format: 'txt', encoding: 'utf-8', text, declared: {} };
const page = titlePage(raw, '2026-01-15');
const strip = headlineStripper(raw, page.outlet);
const headline = 'افتتاح جسر جديد فوق نهر المدينة بعد ثلاث سنوات من العمل';

describe('titleCandidates', () => {
  const candidates = titleCandidates(page, strip);
  const of = (value: string | null) => candidates.find((c) => c.value === value);

  it('offers the head\'s lines of three words or more with their furniture off, the rules\' choice, and «no title» last', () => {
    expect(of('الرئيسية')).toBeUndefined();
    expect(of(headline)?.features.get('pos:<=8')).toBe(1);
    expect(candidates.at(-1)?.value).toBeNull();
    expect(of('افتتحت البلدية صباح اليوم جسرا جديدا')).toBeUndefined();
  });

  it('measures a line\'s overlap with the story and its opening as shares of the line\'s own stems (the others looked up only for those)', () => {
    const share = (of: Set<string>, story: readonly string[]): number => [...of].filter((s) => story.some((l) => contentStems(l).has(s))).length / of.size;
    const stems = contentStems(headline + ' | الوطن');
    const [first, second] = text.split('\n').slice(7);
    expect(of(headline)?.features.get('story-overlap')).toBe(share(stems, [first ?? '', second ?? '']));
    expect(of(headline)?.features.get('opening-overlap')).toBe(share(stems, [first ?? '']));
    expect(of(headline)?.features.get('opening-overlap')).toBeGreaterThan(0.5);
  });

  it('describes a line by where it stands, how it reads and what stands beside it', () => {
    const h = of(headline)?.features;
    expect(h?.get('src:rules')).toBe(page.rules === headline ? 1 : undefined);
    expect(h?.get('sep:bar')).toBe(1);
    expect(h?.get('just-before-prose')).toBe(1);
    expect(h?.get('furniture-off')).toBe(1);
    expect(h?.get('opening-overlap') ?? 0).toBeGreaterThan(0.5);
    expect(h?.get('short-neighbours:<=3')).toBe(1);
    expect(h?.get('next:dateline')).toBe(1);
    expect(of('نشر في 12 يناير 2026')?.features.get('date-like')).toBe(1);
  });
});

describe('chooseTitle', () => {
  it('takes the best-scored candidate, and no title when «no title» scores best', () => {
    const weights = new Map([['just-before-prose', 2], ['pos:<=0', 1], ['none', 0.5]]);
    expect(chooseTitle(page, weights, strip)).toEqual({ value: headline, basis: 'inferred' });
    expect(chooseTitle(page, new Map([['none', 5]]), strip)).toEqual({ value: null, basis: 'unknown' });
  });
});
