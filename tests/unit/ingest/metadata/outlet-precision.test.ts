import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { breadcrumbOutlet } from '../../../../main/ingest/metadata/breadcrumb.ts';
import { menuOutlet } from '../../../../main/ingest/metadata/menu-outlet.ts';

const LEDE = 'افتتحت البلدية صباح اليوم جسرا جديدا فوق الوادي بعد أشهر من الأعمال التي عطلت حركة السير في المدينة';
const MORE = 'وقال رئيس البلدية إن الجسر سيخفف الازدحام على الطريق القديم وإن أعمال الإنارة ستكتمل الشهر المقبل';

function outletOf(text: string): string | null {
  return cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: '2026-01-15' }).outlet;
}

describe('a carried copy: the paper its credit names, not the portal that carries it', () => {
  it('takes the credited paper over the portal the header and the copyright name', () => {
    const page = (credit: string): string =>
      `نبض الوادي نيوز\nالرئيسية | محليات | رياضة | اتصل بنا\nجسر جديد فوق الوادي\n${LEDE}\n${MORE}\n${credit}\nجميع الحقوق محفوظة © نبض الوادي نيوز 2026`;
    expect(outletOf(page('المصدر: صحيفة الحياة الجديدة'))).toBe('صحيفة الحياة الجديدة');
    // A wire's credit under a portal's story is the portal's rewrite of the wire, and the portal is the outlet.
    expect(outletOf(page('المصدر: رويترز'))).toBe('نبض الوادي نيوز');
    expect(outletOf(page('المصدر: نبض الوادي - وكالات'))).toBe('نبض الوادي نيوز');
    // The portal credited under its own story is one outlet named twice.
    expect(outletOf(page('المصدر: نبض الوادي نيوز'))).toBe('نبض الوادي نيوز');
  });
});

describe('a menu of sections names no outlet', () => {
  it('reads neither its first nor its last one-word item as the bare name of a listed paper', () => {
    expect(menuOutlet('السياسة | الاقتصاد | الثقافة | الرأي')).toBeNull();
    expect(breadcrumbOutlet('السياسة | الاقتصاد | الثقافة | الرأي')).toBeNull();
    // A site's name opening its menu, and a trail ending on the listed full name, still count.
    expect(menuOutlet('هسبريس | سياسة | اقتصاد')?.name).toBe('هسبريس');
    expect(breadcrumbOutlet('سوريا | اقتصاد | عنب بلدي')).toBe('عنب بلدي');
  });
});
