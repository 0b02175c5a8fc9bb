// The mechanisms of the pass on untouched-27's dates (branch meta27), each in text of our own: every positive case
// fails without its fix, and each has a like form that must not be read so.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { readHtmlFile } from '../../../../main/ingest/readers/html-reader.ts';
import { englishDates } from '../../../../main/text/dates/english-date.ts';

const NOW = '2026-01-15';
const HEADLINE = 'البلدية تفتح ممرا جديدا للمشاة قرب السوق القديم في المدينة';
const LEDE = 'فتحت البلدية ممرا جديدا للمشاة قرب السوق القديم بعد شكاوى السكان من ازدحام الطريق في ساعات الصباح والمساء.';
const MORE = 'وقال مسؤول في البلدية إن الممر مزود بإنارة ومقاعد، وإن أعمال الصيانة ستتواصل حتى نهاية الشهر المقبل.';

function read(lines: readonly string[]): { published: string | null; author: string | null; title: string | null } {
  const r = cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text: lines.join('\n'), declared: {} }, { now: NOW });
  return { published: r.published, author: r.author, title: r.title };
}

describe('a print masthead\'s issue line with an English day', () => {
  it('reads the ordinal day, the comma glued to the year and the weekday before it as one date', () => {
    expect(englishDates('Monday 12th January,2026').map((m) => [m.value, m.start])).toEqual([['2026-01-12', 0]]);
    expect(readStamp('Monday 12th January,2026 العدد:5120 الطبعة الاولـى الاثنين 23 ,رجب 1447', NOW)?.value).toBe('2026-01-12');
  });
  it('reads no date from a comma-glued figure that is no year, nor from an issue line with prose after it', () => {
    expect(englishDates('12 January,300 people')).toEqual([]);
    expect(readStamp('Monday 12th January,2026 العدد:5120 قالت الوزارة إن المشروع يتأخر', NOW)).toBeNull();
  });
});

describe('an hour without its minutes after the date', () => {
  it('is the stamp\'s clock when «الساعة» and the part of the day hold it, with the outlet\'s exclusive mark after', () => {
    expect(readStamp('الأحد 11 يناير 2026 الساعة 06 مساءً / صوت السهل - خاص', NOW)?.value).toBe('2026-01-11');
  });
  it('is no clock with another word after the hour: the line is prose', () => {
    expect(readStamp('الأحد 11 يناير 2026 الساعة 06 قتيلا في ثلاث مدن - خاص', NOW)).toBeNull();
  });
});

describe('a live page\'s start label', () => {
  it('dates the page by its start over the last update', () => {
    expect(read(['تغطية مستمرة', '', HEADLINE, '', 'تاريخ البدء: 9/1/2026 الساعة 08:30', 'آخر تحديث: 10/1/2026 الساعة 00:15', '', LEDE, MORE]).published).toBe('2026-01-09');
  });
  it('is no label of a start that is no date line: the update still dates the page when nothing else does', () => {
    expect(read(['تغطية مستمرة', '', HEADLINE, '', 'آخر تحديث: 10/1/2026 الساعة 00:15', '', LEDE, 'وتاريخ البدء بالمشروع لم يحدد بعد بحسب المسؤولين في البلدية والمحافظة.', MORE]).published).toBe('2026-01-10');
  });
});

describe('a ticker run onto one line with gaps of spaces between its headlines', () => {
  const ticker = 'عاجل: لجنة تدرس أسعار الخبز في الأسواق  حريق محدود في مخزن أعلاف شرق المدينة  فوز فريق الشباب على ضيفه في الدوري';
  it('is taken out of the story, so the writer over the headline and the stamp under it are the page\'s head', () => {
    expect(read(['صوت السهل', '', ticker, '', 'د. سليمان الحداد', HEADLINE, '', 'الثلاثاء 13 يناير 2026 الساعة 09 صباحاً / صوت السهل - خاص', '', LEDE, MORE])).toEqual({
      published: '2026-01-13',
      author: 'سليمان الحداد',
      title: HEADLINE,
    });
  });
  it('is no ticker when the gaps cut a paragraph that has its commas', () => {
    const prose = 'قال المسؤول إن المشروع يتقدم،  وإن المرحلة الثانية تبدأ في الربيع المقبل  بعد استكمال الدراسات الفنية اللازمة';
    expect(read([HEADLINE, '', prose, '', MORE]).title).toBe(HEADLINE);
    expect(cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text: [HEADLINE, '', prose, '', MORE].join('\n'), declared: {} }, { now: NOW }).body).toContain('المرحلة الثانية');
  });
});

describe('two print issue lines on an HTML page', () => {
  const page = (under: string): string =>
    `<html lang="ar"><head><title>${HEADLINE}</title></head><body><div class="bar"><span>العدد 2209 الأربعاء 14 يناير 2026</span> <a href="/pdf">PDF</a></div><main><h1>${HEADLINE}</h1>${under}<p>${LEDE}</p><p>${MORE}</p></main></body></html>`;
  it('take the one under the headline for the article', () => {
    expect(readHtmlFile('a.html', new TextEncoder().encode(page('<div class="info">العدد 2208 الثلاثاء 13 يناير 2026</div>'))).declared.published).toBe('العدد 2208 الثلاثاء 13 يناير 2026');
  });
  it('keep the top bar\'s when no issue line follows the headline', () => {
    expect(readHtmlFile('a.html', new TextEncoder().encode(page(''))).declared.published).toBe('العدد 2209 الأربعاء 14 يناير 2026');
  });
});
