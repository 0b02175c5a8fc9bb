import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPublished, type PageLine } from '../../../../main/ingest/metadata/detect-published.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { relativeStamp } from '../../../../main/ingest/metadata/relative-stamp.ts';
import { urlDate } from '../../../../main/ingest/metadata/url-date.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';

const NOW = '2026-01-15';
const raw = (text: string, url?: string): RawDocument => ({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: url === undefined ? {} : { url } });
const asLines = (texts: readonly (string | [string, string | null])[]): PageLine[] =>
  texts.map((t, index) => (typeof t === 'string' ? { index, text: t, reason: null } : { index, text: t[0], reason: t[1] }));

describe('publication stamps in the forms pages print', () => {
  it.each([
    ['27/12/2024 09:13AM', '2024-12-27'],
    ['2024-12-27T09:13:00+03:00', '2024-12-27'],
    ['18/سبتمبر/2025 - 06:41 م', '2025-09-18'],
    ['الجمعة، 27 كانون الأول 2024', '2024-12-27'],
    ['30-9-2019 | 12:48', '2019-09-30'],
    ['📅 27/12/2024', '2024-12-27'],
    ['calendar icon 2025-11-04', '2025-11-04'],
    ['نُشر في: ١٣ كانون الأول ٢٠٢٥ - ٢٠:٤٥', '2025-12-13'],
    ['تاريخ النشر: 5th, April 2025 GMT', '2025-04-05'],
    ['سبت, 22/11/2025 - 15:17', '2025-11-22'],
    ['الجمعة 3 مايو 2024 07:32 صـ 24 شوال 1445 هـ', '2024-05-03'],
    ['السبت 05 مايو 2007 الساعة 08 صباحاً / مأرب برس', '2007-05-05'],
    ['02 أغشت 2023', '2023-08-02'],
    ['الأربعاء, 03 كانون الأول 2025 الساعة 14:20 | , اقتصاد', '2025-12-03'],
    ['updated 11:44 AM IDT, Dec 17, 2025', '2025-12-17'],
    ['نُشر: 16:20-23 نوفمبر 2025 م ـ 02 جمادى الآخرة 1447 هـ', '2025-11-23'],
    ['21.11.2025 | 13:45 GMT', '2025-11-21'],
    ['العدد 8443 الثلاثاء 22 مايو 2012 الموافق غرة رجب 1433', '2012-05-22'],
    // A numeric Hijri date before its Gregorian twin, the update label after it.
    ['الخميس 7/3/1429 هـ - الموافق 13/3/2008 م (آخر تحديث) الساعة 16:25 (مكة المكرمة)، 13:25 (غرينتش)', '2008-03-13'],
    // The same, year first: the Hijri year is never read as a Gregorian one.
    ['السبت 1447/6/12 هـ - الموافق 3/12/2025 م (آخر تحديث) الساعة 11:05 (مكة المكرمة)', '2025-12-03'],
    ['1447/6/12 هـ', '2025-12-03'],
    ['2025-04-14@13:23:02 GMT', '2025-04-14'],
    ['تاريخ الخبر: 2024-12-27 09:13:00', '2024-12-27'],
    ['التاريخ: 27 ديسمبر 2024', '2024-12-27'],
    ['date 2025-09-18', '2025-09-18'],
    ['٥ يناير ٢٠١٧', '2017-01-05'],
    ['القاهرة - بوابة الوسط الخميس 05 مايو 2016, 05:42 مساء', '2016-05-05'],
    ['الإثنين 29 سبتمبر 2025 04:05 صـ 7 ربيع آخر 1447 هـ', '2025-09-29'],
    ['ديسمبر 5، 2025', '2025-12-05'],
    ['تم النشر في 5 ديسمبر 2025', '2025-12-05'],
    ['Fri, 05 Dec 2025 10:45:00 GMT', '2025-12-05'],
    ['تاريخ النشر : 05 - 12 - 2025', '2025-12-05'],
    ['Yesterday at 10:45', '2026-01-14'],
  ])('reads %s', (line, value) => {
    expect(readStamp(line, NOW)?.value).toBe(value);
  });

  it('labels the publication and the update, and on one line gives the published date', () => {
    expect(readStamp('آخر تحديث: 14 يناير 2025', NOW)).toMatchObject({ value: '2025-01-14', label: 'updated' });
    expect(readStamp('نشر: 12 يناير 2025 آخر تحديث: 14 يناير 2025', NOW)).toMatchObject({ value: '2025-01-12', label: 'published' });
  });

  it('reads relative stamps against the import date, as inferences, and only when the line is the stamp', () => {
    expect(readStamp('منذ 3 ساعات', NOW)).toMatchObject({ value: '2026-01-15', basis: 'inferred', relative: true });
    expect(readStamp('أمس - 18:20', NOW)?.value).toBe('2026-01-14');
    expect(relativeStamp('قبل يومين', NOW)).toBe('2026-01-13');
    expect(relativeStamp('أول أمس', NOW)).toBe('2026-01-13');
    expect(relativeStamp('3 hours ago', NOW)).toBe('2026-01-15');
    expect(relativeStamp('منذ 3 سنوات قتل الرجل', NOW)).toBeNull();
    expect(relativeStamp('اليوم', NOW)).toBeNull();
    expect(readStamp('منذ 3 ساعات')).toBeNull();
  });

  it('reads a part of the day before a stamp’s relative day, whatever separates the clock', () => {
    // Each of these was null before the day part could lead: «مساء» stood where «أمس» was looked for.
    expect(readStamp('مساء أمس | 20:15', NOW)).toMatchObject({ value: '2026-01-14', basis: 'inferred', relative: true });
    expect(relativeStamp('صباح اليوم - 09:10', NOW)).toBe('2026-01-15');
    expect(relativeStamp('ليلة أول أمس', NOW)).toBe('2026-01-13');
    // Like a bare «اليوم», «صباح اليوم» without a clock is the story's words; «حتى أمس» and «منذ أمس» lead no stamp.
    expect(relativeStamp('صباح اليوم', NOW)).toBeNull();
    expect(relativeStamp('حتى أمس 20:15', NOW)).toBeNull();
    expect(relativeStamp('منذ أمس', NOW)).toBeNull();
    // A sentence or a headline holding «مساء أمس» is no stamp.
    expect(relativeStamp('وقال مساء أمس إن الوزارة ستفتح المركز', NOW)).toBeNull();
    expect(relativeStamp('حريق في سوق الخضار مساء أمس', NOW)).toBeNull();
    expect(relativeStamp('مساء أمس في سوق الخضار', NOW)).toBeNull();
  });

  it('keeps a page’s real stamp over a story sentence that says «مساء أمس»', () => {
    const text = ['افتتاح مركز صحي في حي النخيل', 'الأحد 11 يناير 2026', 'وقال مساء أمس إن المركز يخدم الحي كله، ويضم عيادات ومختبرا.'].join('\n');
    const record = cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: NOW });
    expect(record.published).toBe('2026-01-11');
  });

  it('counts a stamp’s number words with the date grammar’s table', () => {
    expect(relativeStamp('منذ بضعة أيام', NOW)).toBe('2026-01-12');
    expect(relativeStamp('قبل اثنين أيام', NOW)).toBe('2026-01-13');
    expect(relativeStamp('قبل يوم واحد', NOW)).toBe('2026-01-14');
  });

  it('takes no line of prose for a stamp', () => {
    expect(readStamp('وقال الوزير في 12 يناير 2025 إن الحكومة ستعلن خطتها', NOW)).toBeNull();
  });

  it('reads the date a URL path carries, and no article id', () => {
    expect(urlDate('https://www.example.com/2024/12/1987654.html')).toBe('2024-12');
    expect(urlDate('https://example.com/news/20250828/slug')).toBe('2025-08-28');
    expect(urlDate('https://example.com/2024/12/27/slug')).toBe('2024-12-27');
    expect(urlDate('https://example.com/article/12345678')).toBeNull();
    expect(urlDate('https://example.com/20250231/x')).toBeNull();
    expect(urlDate('https://www.example.ae/life/2025-09-18-1.1973322')).toBe('2025-09-18');
    expect(urlDate('https://www.example.ae/2020-10-20/slug/more')).toBe('2020-10-20');
  });
});

describe('choosing the article date among the page dates', () => {
  it('prefers the publication over the update, the stamp under the headline over the page clock above it', () => {
    const lines = asLines([['2026-01-10 | 2:51 مساءً', 'dateline'], ['القائمة', 'navigation'], 'بلدية المدينة تعلن خطة جديدة للطرق', ['الأربعاء, 7 يناير 2026, 12:26', 'dateline'], 'أكدت البلدية في بيان أصدرته اليوم أنها بدأت تنفيذ خطة لتوسعة الطرق في الأحياء الشرقية من المدينة.']);
    expect(detectPublished(raw(''), lines, 2, '', NOW)).toEqual({ value: '2026-01-07', basis: 'explicit' });
    const labelled = asLines([['آخر تحديث: 14 يناير 2025', 'dateline'], ['نشر في: 13 يناير 2025', 'dateline'], 'عنوان الخبر هنا', 'أعلنت الوزارة في بيان اليوم أنها ستطلق حملة وطنية واسعة لتلقيح المواشي في البادية.']);
    expect(detectPublished(raw(''), labelled, 2, '', NOW).value).toBe('2025-01-13');
  });

  it('never returns a date after the import date, and falls back to the URL when the text has no date', () => {
    const future = asLines([['نشر في: 20 يناير 2026', 'dateline'], 'عنوان الخبر هنا', 'أعلنت الوزارة في بيان اليوم أنها ستطلق حملة وطنية واسعة لتلقيح المواشي في البادية.']);
    expect(detectPublished(raw(''), future, 1, '', NOW)).toEqual({ value: null, basis: 'unknown' });
    const undated = asLines(['عنوان الخبر هنا', 'أعلنت الوزارة في بيان اليوم أنها ستطلق حملة وطنية واسعة لتلقيح المواشي في البادية.']);
    expect(detectPublished(raw('', 'https://example.com/2025/08/28/x'), undated, 0, '', NOW)).toEqual({ value: '2025-08-28', basis: 'inferred' });
  });

  it('never throws and never returns a date after the import date (fast-check)', () => {
    const pieces = fc.constantFrom(
      'نشر في', 'آخر تحديث:', 'منذ', 'ساعات', 'أمس', 'اليوم', '📅', 'calendar icon', '|', '-', '/', 'الجمعة', 'سبت,', '2024', '2026', '2031',
      '27/12/2024', '12/31/2099', '١٣', 'كانون الأول', 'سبتمبر', 'رجب 1447 هـ', '09:13AM', '06:41 م', 'https://x.com/2030/01/02/a', '5th,', 'April',
      '7/3/1429 هـ', '13/3/2032 م', '(آخر تحديث)', 'date', 'التاريخ:', 'تاريخ الخبر:', '2031-04-14@13:23:02', 'https://x.ae/a/2033-09-18-1.19',
      '12', 'يناير 2031', '13 ك2 2032', 'تابعنا على:', 'Published On', '13/1/203213/1/2032', '(آخر تعديل:', 'صدر في', 'نشرت بواسطة فلان في',
      '24, أغسطس 2031', '12 janv. 2032', 'il y a 3 heures', '3h ago', 'منذ 3 س', 'البارحة', '👁 18.2K', '3 دقائق قراءة', 'نواكشوط (الوكالة) -', 'user_1',
    );
    const line = fc.oneof(fc.array(pieces, { maxLength: 8 }).map((w) => w.join(' ')), fc.string({ maxLength: 40 }));
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    // What an HTML page declares about itself: a publication date (possibly after the import) and an address.
    const declared = fc.record(
      { published: fc.oneof(day, fc.constantFrom('2099-01-01T10:00:00Z', '13/3/2032', 'garbage', '')), url: fc.constantFrom('https://x.com/2034/05/06/a', 'https://x.com/a/20200101/b', 'not a url') },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(line, fc.constantFrom(null, 'dateline', 'byline')), { maxLength: 8 }), day, fc.option(fc.nat(20), { nil: null }), declared, (drawn, now, title, meta) => {
        const texts = drawn.map(([t]) => t);
        const lines = asLines(drawn);
        const titleLine = title === null || lines.length === 0 ? null : title % lines.length;
        const got = detectPublished({ ...raw(texts.join('\n')), declared: meta }, lines, titleLine, texts.join('\n'), now);
        if (got.value !== null) expect(got.value <= now.slice(0, got.value.length)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('through the whole import: never throws and never dates a page after its import (fast-check)', () => {
    const header = fc.constantFrom(
      'نشر في: 20 يناير 2031', 'آخر تحديث: 14/01/2026 - 10:30', 'منذ 3 ساعات', 'أمس 18:20', '📅 18/سبتمبر/2033 - 06:41 م', 'date 2032-09-18',
      'الخميس 7/3/1429 هـ - الموافق 13/3/2008 م (آخر تحديث)', 'https://x.ae/a/2030-09-18-1.19', 'صوت العاصمة | وكالات', 'كتب ـ فلان الفلاني:',
      'الرئيسية / محليات', 'شعار قناة الحرة', '© 2027 جريدة الغد. جميع الحقوق محفوظة', 'المصدر: صحافة بلادي', 'بيت لحم- معا-',
    );
    const story = 'أعلنت الوزارة في بيان اليوم أنها ستطلق حملة وطنية واسعة لتلقيح المواشي في البادية خلال الشهر المقبل.';
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(header, { maxLength: 5 }), fc.array(header, { maxLength: 3 }), day, (above, below, now) => {
        const text = [...above, 'عنوان الخبر في سطر واحد هنا', story, story, ...below].join('\n');
        const record = cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now });
        if (record.published !== null) expect(record.published <= now.slice(0, record.published.length), `${record.published} > ${now}`).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});
