// The publication-date classes read from train-11's and untouched-10's misses (branch meta14): a stamp credited to its
// source, a dashed month name with its four-digit year, a wire dateline's unknown town, the report's weekday and
// bracketed date in the lede, Joomla's timestamped file names, bare hosts and AMP links as the page's address.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { headlineEditionDate, ledeWeekdayDate, selfDated } from '../../../../main/ingest/metadata/detect-published.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { urlDate } from '../../../../main/ingest/metadata/url-date.ts';
import { htmlMetadata } from '../../../../main/ingest/readers/html-metadata.ts';
import { parseHtmlDocument } from '../../../../main/ingest/readers/dom-shape.ts';

const NOW = '2026-01-15';
const STORY = 'بدأت البلدية أمس أعمال تعبيد الطريق الرابط بين الحي الشرقي والسوق المركزي بعد شكاوى متكررة من السكان.';
const MORE = 'وقال مهندس المشروع إن الأعمال ستستمر ثلاثة أسابيع وإن السير سيحوّل إلى الطريق الفرعي خلال تلك المدة.';
const publishedOf = (text: string): string | null =>
  cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: NOW }).published;

describe('stamps credited to their source', () => {
  it('reads a stamp whose credit stands before the label, set off by a dash or a tatweel', () => {
    expect(readStamp('صدى الوادي ـ نشر في 2026/01/11 الساعة 12:18', NOW)?.value).toBe('2026-01-11');
    expect(readStamp('شبكة السهل - تاريخ النشر 2026-01-04', NOW)?.value).toBe('2026-01-04');
  });

  it('reads an aggregator’s «نشر في SOURCE يوم D - M - YYYY»', () => {
    expect(readStamp('نشر في النخيل يوم 09 - 01 - 2026', NOW)).toMatchObject({ value: '2026-01-09', label: 'published' });
  });

  it('leaves prose before a label a sentence, and a long credit no credit', () => {
    expect(readStamp('وقال الوزير في مؤتمر صحفي - نشر في 2026/01/11', NOW)).toBeNull();
    expect(readStamp('أعلنت وزارة الزراعة والثروة السمكية في المحافظة الشمالية - نشر في 2026/01/11', NOW)).toBeNull();
  });
});

describe('a dashed month name with its year', () => {
  it('reads «D-Month-YYYY» as a CMS stamp prints it, the year in four digits as in two', () => {
    expect(readStamp('تاريخ النشر: الأربعاء، 07-يناير-2026 الساعة: 10:12 ص', NOW)?.value).toBe('2026-01-07');
    expect(readStamp('21/ديسمبر/2025', NOW)?.value).toBe('2025-12-21');
  });
});

describe('where the article’s own date stands when no stamp gives it', () => {
  it('reads a wire dateline with its year closed by a dash, even for a town the gazetteer lacks', () => {
    expect(publishedOf(`موقع الضفة\nتعبيد طريق السوق المركزي\nتل الزيتون 9 يناير 2026 – ${STORY}\n${MORE}`)).toBe('2026-01-09');
  });

  it('does not take a date in a sentence for a dateline', () => {
    expect(publishedOf(`موقع الضفة\nتعبيد طريق السوق المركزي\nوقال الوزير إن 9 يناير 2026 موعد نهائي لإتمام الأعمال في الطريق الرابط بين الحيين.\n${MORE}`)).toBeNull();
  });

  it('reads the weekday and the bracketed full date that date the report in the lede’s first sentence', () => {
    const lede = 'ذكر مسؤول في دائرة الطرق، الأحد (11 كانون الثاني 2026)، أن الأعمال ستبدأ الأسبوع المقبل في الطريق الرابط بين الحيين.';
    expect(ledeWeekdayDate(lede, NOW)?.value).toBe('2026-01-11');
    expect(publishedOf(`تعبيد طريق السوق المركزي\n${lede}\n${MORE}`)).toBe('2026-01-11');
    // A bracketed date with no weekday before it is a date the story mentions, not the report's day.
    expect(ledeWeekdayDate('ذكر مسؤول أن الأعمال التي بدأت (11 كانون الثاني 2026) ستنتهي قريبا.', NOW)).toBeUndefined();
  });

  it('reads «today» with any weekday, Tuesday and Wednesday too (their keys lose the final hamza)', () => {
    expect(selfDated('افتتحت البلدية اليوم الثلاثاء (13 كانون الثاني 2026) جسرا جديدا فوق النهر.', NOW)?.value).toBe('2026-01-13');
    expect(selfDated('افتتحت البلدية اليوم الأربعاء (14 كانون الثاني 2026) جسرا جديدا فوق النهر.', NOW)?.value).toBe('2026-01-14');
    expect(selfDated('افتتحت البلدية اليوم الأحد (11 كانون الثاني 2026) جسرا جديدا فوق النهر.', NOW)?.value).toBe('2026-01-11');
    expect(selfDated('افتتحت البلدية جسرا جديدا في (13 كانون الثاني 2026) فوق النهر.', NOW)).toBeUndefined();
  });
});

describe('the page’s address', () => {
  it('reads Joomla’s «id-YYYY-MM-DD-HH-MM-SS» file name, and no id that only looks like it', () => {
    expect(urlDate('https://example.tn/index.php/news/4471-2026-01-12-09-57-53.html')).toBe('2026-01-12');
    expect(urlDate('https://example.tn/index.php/news/4471-2026-01-12.html')).toBeNull();
  });

  it('takes a bare host with a path printed on the page as its address', () => {
    expect(publishedOf(`تعبيد طريق السوق المركزي\n${STORY}\n${MORE}\nexample.tn/index.php/news/4471-2026-01-12-09-57-53.html`)).toBe('2026-01-12');
  });

  it('takes an AMP link as the address when the page gives no canonical one', () => {
    const page = parseHtmlDocument('<html><head><title>x</title><link rel="amphtml" href="https://example.com/2026/01/10/road/amp"></head><body><p>x</p></body></html>');
    expect(htmlMetadata(page).url).toBe('https://example.com/2026/01/10/road/amp');
    const both = parseHtmlDocument('<html><head><link rel="canonical" href="https://example.com/a"><link rel="amphtml" href="https://example.com/2026/01/10/a/amp"></head><body></body></html>');
    expect(htmlMetadata(both).url).toBe('https://example.com/a');
  });
});

describe('precedence between the page’s dates', () => {
  it('takes the day a headline names its edition by over a teaser’s date under the story', () => {
    expect(headlineEditionDate('افتتاحية صحيفة "الضفة" ليوم 13 جانفي 2026', NOW)?.value).toBe('2026-01-13');
    expect(headlineEditionDate('نشرة الأسواق ليوم الثلاثاء 13 يناير 2026', NOW)?.value).toBe('2026-01-13');
    // A date the headline reports is an event's, not the edition's.
    expect(headlineEditionDate('البلدية تفتتح الحديقة في 13 يناير 2026', NOW)).toBeUndefined();
    const page = `اقتصاد\nافتتاحية صحيفة "الضفة" ليوم 13 جانفي 2026\n${STORY}\n${MORE}\nأخبار أخرى\n10/01/2026\nالسوق الأسبوعية تعود إلى ساحة البلدية بعد أشهر من الإغلاق`;
    expect(publishedOf(page)).toBe('2026-01-13');
  });

  it('takes no site clock above the headline for the article’s date when the page prints its publication label empty', () => {
    const clock = (label: string): string => `الأربعاء 14 جانفي 2026\nالرئيسية\nرياضة\nالفريق المحلي يقترب من التعاقد مع حارس جديد\n${label}\n${STORY}\n${MORE}`;
    expect(publishedOf(clock('نُشر في:'))).toBeNull();
    expect(publishedOf(clock('بقلم: سامر العبدلي'))).toBe('2026-01-14');
  });
});

describe('the theme’s date element Readability drops', () => {
  it('declares the text of a CMS date element, and not a clock in the page’s header or a class that only starts with «date»', () => {
    const html = (head: string, body: string): string => `<html><head><title>x</title></head><body>${head}<div id="content"><h1>عنوان</h1>${body}<p>نص</p></div></body></html>`;
    expect(htmlMetadata(parseHtmlDocument(html('', '<div class="submitted">ثلاثاء, 01/13/2026 - 18:40</div>'))).published).toBe('ثلاثاء, 01/13/2026 - 18:40');
    expect(htmlMetadata(parseHtmlDocument(html('<header><span class="date">الخميس 15 يناير 2026</span></header>', ''))).published).toBeUndefined();
    expect(htmlMetadata(parseHtmlDocument(html('<div class="date-now">الخميس 15 يناير 2026</div>', ''))).published).toBeUndefined();
  });
});

describe('print issue lines and forum headers', () => {
  it('reads a print issue line whose fields are glued, with the issue’s volume beside the number', () => {
    expect(readStamp('الخميس الموافق 8من كانون الثاني 2026العدد - 3120السنة الحادية عشرة', NOW)?.value).toBe('2026-01-08');
    expect(readStamp('العدد 3120 السنة 11 الخميس 8 كانون الثاني 2026', NOW)?.value).toBe('2026-01-08');
    // A PDF's edition line: the English date and edition number, Hijri and Gregorian, the issue and its cover price.
    expect(readStamp('Thursday 8 January 2026 - Edition No 3120    الخميس 19 رجب 1447هـ الموافق 8 يناير 2026م    العدد 3120    السعر 300 فلس', NOW)?.value).toBe('2026-01-08');
    // Without the word, a price is prose's.
    expect(readStamp('الخميس 8 يناير 2026 السعر 300 فلس', NOW)).toBeNull();
  });

  it('reads a forum post’s header, the poster’s name between the label and the weekday', () => {
    expect(readStamp('مُساهمة من طرف أم سارة الوهرانية الأحد يناير 11, 2026 7:15 pm', NOW)).toMatchObject({ value: '2026-01-11', label: 'published' });
  });

  it('reads the day a headline names by its weekday when the year is left out', () => {
    expect(headlineEditionDate('قراءة في صحف الصباح ليوم الأحد 11 كانون الثاني', NOW)?.value).toBe('2026-01-11');
  });
});

describe('counters beside a stamp, archive paths, a writer’s line with its date', () => {
  it('reads a stamp beside a theme’s view or comment counter', () => {
    expect(readStamp('منذ يومين 1٬204 مشاهدة', NOW)?.value).toBe('2026-01-13');
    expect(readStamp('12 يناير 2026 | 3 تعليقات', NOW)?.value).toBe('2026-01-12');
  });

  it('reads an archive path’s year folder and English month name with the day', () => {
    expect(urlDate('http://www.example.com/arch_2026/january-12/ar4.php')).toBe('2026-01-12');
    expect(urlDate('http://www.example.com/arch_2026/february-30/ar4.php')).toBeNull();
  });

  it('reads the date of a writer’s line «name.. DD.MM.YYYY» under the headline', () => {
    expect(publishedOf(`تعبيد طريق السوق المركزي\nفيصل القحطاني.. 11.01.2026\n${STORY}\n${MORE}`)).toBe('2026-01-11');
  });
});
