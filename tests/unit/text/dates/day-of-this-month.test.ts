import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';

// rev27 #14: «قبل يوم 26 من هذا الشهر» was read as the month alone («حوالي يناير 2026»): the day was lost.
describe('a day «من هذا الشهر»', () => {
  const at = (text: string) => findDates(text, { reference: '2026-01-12' }).map((m) => [m.text, m.value, m.approximate]);

  it('is that day of the article\'s month, as «من الشهر الجاري» is', () => {
    expect(at('إذا لم تصل الرواتب قبل يوم 26 من هذا الشهر سنعود إلى الأرصفة')).toEqual([['26 من هذا الشهر', '2026-01-26', false]]);
    expect(at('وصل الوفد في العاشر من هذا الشهر')).toEqual([['العاشر من هذا الشهر', '2026-01-10', false]]);
  });

  it('leaves «هذا الشهر» without a day, and a part of it, as the month', () => {
    expect(at('ارتفعت الأسعار هذا الشهر')).toEqual([['هذا الشهر', '2026-01', true]]);
    expect(at('في الأسبوع الأول من هذا الشهر')).not.toContainEqual(expect.arrayContaining(['2026-01-01']));
  });
});
