import { describe, expect, it } from 'vitest';
import { detectPublished, type PageLine } from '../../../../main/ingest/metadata/detect-published.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

const NOW = '2026-01-15';
const stamp = (line: string): [string, string | null] | null => {
  const s = readStamp(line, NOW);
  return s === null ? null : [s.value, s.label];
};
const raw: RawDocument = { file: 'a.txt', format: 'txt', encoding: 'utf-8', text: '', declared: {} };
const asLines = (texts: readonly (string | [string, string | null])[]): PageLine[] =>
  texts.map((t, index) => (typeof t === 'string' ? { index, text: t, reason: null } : { index, text: t[0], reason: t[1] }));
const LEDE = 'أعلنت البلدية في بيان أنها بدأت تنفيذ خطة لتوسعة الطرق في الأحياء الشرقية من المدينة قبل نهاية الشتاء.';

describe('stamps beside the furniture themes print on their line', () => {
  it('reads a stamp beside a follow or share widget label, and no sentence beside one', () => {
    expect(stamp('تابعنا على:   10:40 2026-01-12')).toEqual(['2026-01-12', null]);
    expect(stamp('شارك: 12 يناير 2026')).toEqual(['2026-01-12', null]);
    expect(stamp('تابعنا على: افتتح الوزير الجسر الجديد 12 يناير 2026')).toBeNull();
  });

  it('reads «صدر في», «Published On» and «آخر تعديل» as labels: the publication over the modification', () => {
    expect(stamp('صدر في الحادي عشر من يناير 2026')).toEqual(['2026-01-11', 'published']);
    expect(stamp('Published On 13/1/2026')).toEqual(['2026-01-13', 'published']);
    expect(stamp('13 كانون الثاني/يناير، 2026 (آخر تعديل: 14 كانون الثاني/يناير، 2026)')).toEqual(['2026-01-13', null]);
    expect(stamp('آخر تعديل: 14 يناير 2026')).toEqual(['2026-01-14', 'updated']);
    expect(stamp('صدر قرار الوزير في 11 يناير 2026 بتعيين مدير جديد')).toBeNull();
  });

  it('reads a stamp a template printed twice, the copy glued to it', () => {
    expect(stamp('Published On 13/1/202613/1/2026')).toEqual(['2026-01-13', 'published']);
    expect(stamp('2026-01-132026-01-13')).toEqual(['2026-01-13', null]);
    // Two different dates glued are not a copy.
    expect(stamp('13/1/202614/1/2026')).toBeNull();
  });

  it('reads WordPress\'s Arabic «نُشرت بواسطة name في date», the poster\'s name beside the stamp', () => {
    expect(stamp('نُشرت بواسطة عمر الحجايا في 12 يناير، 2026')).toEqual(['2026-01-12', 'published']);
    expect(stamp('نشرت بواسطة وكالة الأنباء الرسمية وفق ما قاله المتحدث باسم الحكومة في 12 يناير 2026')).toBeNull();
  });

  it('reads a theme\'s meta line that closes the stamp with its section and the posting account, and no sentence so closed', () => {
    expect(stamp('نشرت منذ يومين في مقالات بواسطة عاجل نيوز')).toEqual(['2026-01-13', 'published']);
    expect(stamp('12 يناير 2026 في أخبار محلية بواسطة admin')).toEqual(['2026-01-12', null]);
    expect(stamp('اعتقل منذ يومين بواسطة قوات الأمن')).toBeNull();
    expect(stamp('وقال الوزير في 12 يناير 2026 في مؤتمر صحفي بواسطة الفيديو')).toBeNull();
  });

  it('reads a forum topic line by the dated clock closing it, not the date its title holds', () => {
    expect(stamp('موضوع: أخبار يوم ١٣ كانون الثاني الثلاثاء 13 يناير 2026 - 21:30')).toEqual(['2026-01-13', null]);
    expect(stamp('موضوع: أخبار 10 يناير 2026 وما بعدها الثلاثاء 13 يناير 2026 09:15')).toEqual(['2026-01-13', null]);
    expect(stamp('موضوع: زيارة 13 يناير 2026 إلى بغداد')).toBeNull();
    // An official letter's subject ends on the day of the meeting it announces, with no clock.
    expect(stamp('الموضوع: اجتماع اللجنة الثلاثاء 13 يناير 2026')).toBeNull();
    expect(stamp('موضوع: اجتماع اللجنة الثلاثاء 13 يناير 2026')).toBeNull();
  });
});

describe('choosing the stamp: a split day badge, a relative stamp under the page clock', () => {
  it('reads a day badge printed over two lines («12» then «يناير 2026»)', () => {
    const lines = asLines(['أخبار محلية', ['12', 'fragment'], ['يناير 2026', 'fragment'], 'مياه الأمطار تغمر الخيام', LEDE]);
    expect(detectPublished(raw, lines, 3, LEDE, NOW)).toEqual({ value: '2026-01-12', basis: 'explicit' });
    // A count over a line that is not a month and a year is no badge.
    const count = asLines(['أخبار محلية', ['12', 'fragment'], ['تعليقا 2026', 'fragment'], 'مياه الأمطار تغمر الخيام', LEDE]);
    expect(detectPublished(raw, count, 3, LEDE, NOW).value).toBeNull();
  });

  it('takes the relative stamp printed between the page clock of the import day and the headline', () => {
    const lines = asLines([['الخميس 15 يناير 2026', 'navigation'], ['مقالات', 'navigation'], ['منذ 3 أيام', 'dateline'], 'البلديات بلا مجالس', LEDE]);
    expect(detectPublished(raw, lines, 3, LEDE, NOW)).toEqual({ value: '2026-01-12', basis: 'inferred' });
    // Without the relative stamp the clock is all the page gives.
    const clockOnly = asLines([['الخميس 15 يناير 2026', 'navigation'], ['مقالات', 'navigation'], 'البلديات بلا مجالس', LEDE]);
    expect(detectPublished(raw, clockOnly, 2, LEDE, NOW).value).toBe('2026-01-15');
  });

  it('reads the date of an address copied with spaces in its path, and no words after an address', () => {
    const spaced = asLines([['https://www.example.com/newspapers/الصومال الجديد/2026-01-06/so', 'url'], 'الصومال الجديد', LEDE]);
    expect(detectPublished(raw, spaced, 1, LEDE, NOW)).toEqual({ value: '2026-01-06', basis: 'inferred' });
    const prose = asLines([['https://www.example.com/newspapers/الصومال الجديد 2026-01-06 so', 'url'], 'الصومال الجديد', LEDE]);
    expect(detectPublished(raw, prose, 1, LEDE, NOW).value).not.toBe('2026-01-06');
  });

  it('takes no profile\'s «since» date under its label for the article\'s', () => {
    const profile = asLines([['د. سلمى الفخراني', 'byline'], ['Blog Contributor since:', 'fragment'], ['14 March 2011', 'fragment'], 'مدارس السبت العربية', LEDE]);
    expect(detectPublished(raw, profile, 3, LEDE, NOW).value).toBeNull();
    const member = asLines([['عضو منذ:', 'fragment'], ['21/09/2012', 'fragment'], 'مدارس السبت العربية', ['12/01/2026', 'dateline'], LEDE]);
    expect(detectPublished(raw, member, 2, LEDE, NOW).value).toBe('2026-01-12');
    // The same date under any other line is the page's.
    const plain = asLines([['د. سلمى الفخراني', 'byline'], ['14 March 2011', 'fragment'], 'مدارس السبت العربية', LEDE]);
    expect(detectPublished(raw, plain, 2, LEDE, NOW).value).toBe('2011-03-14');
  });
});
