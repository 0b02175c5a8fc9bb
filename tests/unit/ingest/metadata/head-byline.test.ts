import { describe, expect, it } from 'vitest';
import { isProfessionLine, parseColumnistHeader, parsePlaceClockByline } from '../../../../main/ingest/metadata/head-byline.ts';

describe('a columnist\'s header', () => {
  it.each([
    ['سامي العمر - كاتب صحفي', 'سامي العمر'],
    ['د. منى الحسن | أستاذة العلوم السياسية', 'منى الحسن'],
    ['سامي العمر، كاتب وباحث', 'سامي العمر'],
    ['الكاتب الصحفي سامي العمر', 'سامي العمر'],
    ['ليلى الزين - كاتبة صحفية', 'ليلى الزين'],
    ['الكاتبة الصحفية ليلى الزين', 'ليلى الزين'],
    ['بقلم الكاتب الصحفي: سامي العمر', 'سامي العمر'],
  ])('%s names %s', (line, name) => expect(parseColumnistHeader(line)).toBe(name));

  it.each(['الولايات المتحدة - كاتب', 'وزير الخارجية - صحفي', 'قال الوزير، صحفي سابق، إن الحكومة', 'سامي العمر - الرياض'])(
    '%s is no header',
    (line) => expect(parseColumnistHeader(line)).toBeNull(),
  );
});

describe('a byline with the city and the clock', () => {
  it.each([
    ['القاهرة - أحمد سمير - 10:45 ص', 'أحمد سمير'],
    ['كتب: أحمد سمير | القاهرة | 09:30 م', 'أحمد سمير'],
    ['أحمد سمير - الرياض 11:20 ص', 'أحمد سمير'],
    ['أحمد سمير القاهرة 10:45 ص', 'أحمد سمير'],
    ['القاهرة - سارة علي - الخميس 12 يناير 2025 الساعة 10:30 صباحا', 'سارة علي'],
    ['أحمد سمير (القاهرة) 10:45 ص', 'أحمد سمير'],
  ])('%s names %s', (line, name) => expect(parsePlaceClockByline(line)).toBe(name));

  it.each(['الرياض - 10:45 ص', 'بغداد - الأحد 12 يناير 2025 - 10:30 ص', 'عمان - الرأي - 10:45', 'أحمد سمير - مدير المكتب', 'القاهرة - أحمد سمير'])(
    '%s names no writer',
    (line) => expect(parsePlaceClockByline(line)).toBeNull(),
  );
});

describe('a profession line under the writer\'s name', () => {
  it.each([
    ['كاتب صحفي', true],
    ['كاتبة وباحثة في الشؤون الاقتصادية', true],
    ['محلل سياسي', true],
    ['كاتب صحفي منذ 1990', false],
    ['كتب الوزير رسالة إلى البرلمان يطلب فيها التصويت', false],
    ['الصحفيون يحتجون أمام النقابة', false],
  ])('%s: %s', (line, profession) => expect(isProfessionLine(line)).toBe(profession));
});
