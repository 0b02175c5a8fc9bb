import { describe, expect, it } from 'vitest';
import { citedShare, isSupported, SUPPORTED_SHARE } from '../../../../main/analysis/sources/citation-support.ts';
import type { Brief } from '../../../../main/model/brief.ts';
import { seedsGoldenBrief } from '../../../helpers/seeds-golden-brief.ts';

const sentence = 'افتتحت وزارة الصحة مستشفى جديدا في مدينة الساحل بسعة مئتي سرير يوم الأحد';
const other = 'ارتفعت أسعار القمح في الأسواق المحلية للأسبوع الثالث على التوالي';

describe('whether an item’s quotes support its text', () => {
  it('holds for a point shortened or reworded from its sentence (clitics and suffixes aside)', () => {
    expect(isSupported('افتتاح مستشفى جديد لوزارة الصحة في الساحل', [sentence])).toBe(true);
    expect(isSupported('وزارة الصحة تفتتح مستشفى في مدينة الساحل', [other, sentence])).toBe(true);
  });

  it('fails for a text its quotes do not carry, and for a point with no quote left', () => {
    expect(isSupported('ارتفعت أسعار القمح في الأسواق', [sentence])).toBe(false);
    expect(citedShare('ارتفعت أسعار القمح في الأسواق', [other])).toBe(1);
    expect(isSupported('افتتحت وزارة الصحة مستشفى', [])).toBe(false);
  });

  it('counts content words only: stopwords alone carry nothing', () => {
    // «في» and «على» are in both, but are no evidence of support.
    expect(citedShare('حريق في المصنع على الطريق', [other])).toBe(0);
  });

  it('keeps every assembled point and timeline entry of the seeds’ brief supported, and a point set on another’s quotes not', () => {
    const brief = JSON.parse(seedsGoldenBrief()) as Brief;
    for (const item of [...brief.summary, ...brief.timeline]) {
      expect(isSupported(item.text, item.sources.map((c) => c.quote)), item.id).toBe(true);
    }
    const points = brief.summary;
    const swapped = points.map((p, i) => citedShare(p.text, (points[(i + 3) % points.length]?.sources ?? []).map((c) => c.quote)));
    expect(swapped.filter((s) => s >= SUPPORTED_SHARE)).toEqual([]);
  });
});
