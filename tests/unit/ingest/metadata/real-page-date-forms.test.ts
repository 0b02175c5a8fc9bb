// Publication stamps and bylines in forms real Arabic pages print (issue 13, dates20): a day set off from its month by
// a comma, French short months, relative stamps in more words and letters, a theme's reading time and short view
// counters beside the stamp, a blog account's handle in WordPress's meta line, and a dateline whose newsroom's credit
// stands in brackets between the place and the date. Every text here is our own.
import { describe, expect, it } from 'vitest';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { relativeStamp } from '../../../../main/ingest/metadata/relative-stamp.ts';
import { englishDates } from '../../../../main/text/dates/english-date.ts';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { findDates } from '../../../../main/text/dates/index.ts';

const NOW = '2026-01-15';
const published = (text: string): string | null =>
  cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: NOW }).published ?? null;

describe('a day set off from its month by a comma', () => {
  it.each([
    ['24, أغسطس 2019', '2019-08-24'],
    ['24 ، أغسطس ، 2019', '2019-08-24'],
    ['الأحد، 11 ، كانون الثاني 2026', '2026-01-11'],
  ])('reads «%s» as %s', (text, value) => {
    expect(findDates(text, { now: NOW }).find((m) => m.kind === 'date')?.value).toBe(value);
  });

  it('needs the year after the month: a count listed before a month in prose is no day', () => {
    expect(findDates('أصيب 24، أغسطس كان شهرا صعبا', { now: NOW }).filter((m) => m.kind === 'date')).toEqual([]);
  });

  it('reads a label over its date line, as a think tank prints its «تاريخ النشر» field', () => {
    expect(readStamp('تاريخ النشر 24, أغسطس 2019', NOW)).toMatchObject({ value: '2019-08-24', label: 'published' });
  });
});

describe('French short months', () => {
  it.each([
    ['Publié le 2 févr. 2026 à 10h30', '2026-02-02'],
    ['13 janv. 2026', '2026-01-13'],
    ['9 juil. 2025', '2025-07-09'],
    ['3 juin 2025', '2025-06-03'],
    ['4 déc. 2025', '2025-12-04'],
    ['1er août 2025', '2025-08-01'],
  ])('reads «%s» as %s', (text, value) => {
    expect(englishDates(text)[0]?.value).toBe(value);
  });
});

describe('relative stamps in more of their words', () => {
  it.each([
    ['البارحة', '2026-01-14'],
    ['البارحة 22:10', '2026-01-14'],
    ['hier à 18h05', '2026-01-14'],
    ['il y a 2 jours', '2026-01-13'],
    ['Publié il y a 5 minutes', '2026-01-15'],
    ['منذ 3 س', '2026-01-15'],
    ['منذ ٢ ي', '2026-01-13'],
    ['3h ago', '2026-01-15'],
    ['2 d ago', '2026-01-13'],
  ])('reads «%s» as %s', (text, value) => {
    expect(relativeStamp(text, NOW) ?? readStamp(text, NOW)?.value).toBe(value);
  });

  it('still refuses a letter after a count in prose, and a lone word of the story', () => {
    expect(relativeStamp('منذ 3 سنوات طويلة عاشها الحي', NOW)).toBeNull();
    expect(relativeStamp('قال البارحة إن الاتفاق قريب', NOW)).toBeNull();
    expect(relativeStamp('hier soir', NOW)).toBeNull();
  });
});

describe('furniture beside a stamp', () => {
  it('a short view counter with no counter word («👁 18.2K») beside the date', () => {
    expect(readStamp('👁 7.4K    09.01.2026 19:40:12', NOW)?.value).toBe('2026-01-09');
    expect(readStamp('11 يناير 2026 · 1.2M', NOW)?.value).toBe('2026-01-11');
  });

  it('a theme’s reading time beside the date or the relative stamp', () => {
    expect(readStamp('2026-01-14 · 3 دقائق قراءة', NOW)?.value).toBe('2026-01-14');
    expect(readStamp('12 يناير 2026 | مدة القراءة: 5 دقائق', NOW)?.value).toBe('2026-01-12');
    expect(readStamp('منذ 6 ساعات · 4 دقائق قراءة', NOW)).toMatchObject({ value: '2026-01-15', relative: true });
    expect(readStamp('Jan 12, 2026 · 5 min read', NOW)?.value).toBe('2026-01-12');
    // A reading time alone dates nothing.
    expect(readStamp('قراءة 4 دقائق', NOW)).toBeNull();
  });

  it('a reading time after the date with only a space between them keeps the date’s year', () => {
    expect(readStamp('12 يناير 2025 قراءة 3 دقائق', NOW)?.value).toBe('2025-01-12');
    expect(readStamp('الثلاثاء 12 يناير 2025 قراءة 3 دقائق', NOW)?.value).toBe('2025-01-12');
    expect(readStamp('2025-01-12 قراءة 3 دقائق', NOW)?.value).toBe('2025-01-12');
    expect(readStamp('12/01/2025 قراءة 4 دقائق', NOW)?.value).toBe('2025-01-12');
  });

  it('passes over a line far longer than any stamp at once (a long digit run stalled the host pattern)', () => {
    const started = process.hrtime.bigint();
    expect(readStamp('7'.repeat(100_000), NOW)).toBeNull();
    expect(readStamp('3.'.repeat(50_000), NOW)).toBeNull();
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2_000);
  });

  it('a blog account’s handle in WordPress’s «نُشرت بواسطة … في» line', () => {
    expect(readStamp('نُشرت بواسطة salma_h92 في 8 يناير، 2026', NOW)).toMatchObject({ value: '2026-01-08', label: 'published' });
    expect(readStamp('نشرت بواسطة admin-2 في 8 يناير 2026', NOW)?.value).toBe('2026-01-08');
  });
});

describe('a dateline with the newsroom’s credit between the place and the date', () => {
  it('dates the page by «place (newsroom) - weekday date:», whatever the place', () => {
    const text = [
      'نشرة الصباح',
      'أخبار | رياضة | اقتصاد',
      'توقف العمل في ميناء الصيد بعد عاصفة ليلية',
      'كيفة (وكالة الساحل) - الأحد 11 يناير 2026: توقف العمل صباح اليوم في ميناء الصيد بعد عاصفة ضربت الساحل ليلا، وفق ما أفاد به صيادون.',
      'وقال مسؤول في الميناء إن الفرق تعمل على تقييم الأضرار التي لحقت بالقوارب الصغيرة.',
    ].join('\n');
    expect(published(text)).toBe('2026-01-11');
  });

  it('does not take a sentence’s bracket for a credit', () => {
    const text = [
      'توقف العمل في ميناء الصيد بعد عاصفة ليلية',
      // Three stopword-free words before the bracket: more than a place the gazetteer lacks, so prose.
      'أعلنت النقابة البحرية (الجديدة) - الأحد 11 يناير 2026 موعد بدء الحملة الجديدة لدعم الصيادين في المدن الساحلية كلها.',
      'وأضاف أن الحكومة رصدت مبلغا إضافيا لتعويض أصحاب القوارب المتضررة من العواصف الأخيرة.',
    ].join('\n');
    expect(published(text)).not.toBe('2026-01-11');
  });
});

describe('more stamp forms of print pages, journals and themes', () => {
  it('a print issue line: the Hijri day, «الموافق لـ», the issue’s number and its price beside the date', () => {
    expect(readStamp('الأربعاء 25 رجب 1447 هـ الموافق لـ 14 جانفي 2026 م العدد 8120 الثمن: 30 دج', NOW)?.value).toBe('2026-01-14');
    expect(readStamp('السبت 10 يناير 2026 - العدد: 512 - سعر النسخة 1 دينار', NOW)?.value).toBe('2026-01-10');
  });

  it('an English ordinal suffix on the day of an Arabic month printed first', () => {
    expect(readStamp('الأحد. يناير 11th, 2026', NOW)?.value).toBe('2026-01-11');
    expect(findDates('يناير 2nd, 2026', { now: NOW })[0]?.value).toBe('2026-01-02');
  });

  it('a Hijri date whose month’s name dashes or slashes set off', () => {
    expect(findDates('١٦-جمادى الثانية-١٤٤٧', { now: NOW })[0]?.value).toBe('2025-12-07');
    expect(findDates('16/رجب/1447', { now: NOW })[0]?.value).toBe('2026-01-05');
  });

  it('a paper dated only by the citation it suggests for itself', () => {
    const text = [
      'مركز الدراسات المتوسطية',
      'أوراق بحثية',
      'الموانئ الصغيرة في شرق المتوسط: اقتصاد الصيد بعد الجفاف',
      'إعداد: د. سامية الخوري',
      'تتناول هذه الورقة أثر سنوات الجفاف المتعاقبة على موانئ الصيد الصغيرة، وعلى دخل الأسر التي تعيش منها في القرى الساحلية.',
      'وتخلص إلى أن دعم التعاونيات أجدى من الإعانات المباشرة التي توزعها البلديات في مواسم الشح.',
      'للاقتباس: سامية الخوري، "الموانئ الصغيرة في شرق المتوسط"، مركز الدراسات المتوسطية، طرابلس، 9/1/2026.',
    ].join('\n');
    expect(published(text)).toBe('2026-01-09');
  });

  it('takes no story line for a citation, nor a date the citation does not close, nor one after «منذ»', () => {
    const head = ['ارتفاع حوادث الغرق قرب الشواطئ الشمالية', 'إعداد: فريق التحرير'];
    const story = 'سجلت فرق الإنقاذ البحري ارتفاعا في حوادث الغرق قرب الشواطئ الشمالية، ودعت البلديات إلى نشر مراقبين إضافيين.';
    // A generic «توثيق:» paragraph is the story's, its date the story's.
    expect(published([...head, story, 'توثيق: الجمعية الأهلية للإنقاذ أحصت 12 حادثة مماثلة في 3/1/2025.'].join('\n'))).not.toBe('2025-01-03');
    // A citation whose date does not close it, or whose date follows «منذ».
    expect(published([...head, story, 'للاقتباس: فريق التحرير، تقرير عن الغرق، 3/1/2025، الصفحات 4-9'].join('\n'))).not.toBe('2025-01-03');
    expect(published([...head, story, 'للاقتباس: تقرير عن الحوادث المسجلة منذ 3/1/2025.'].join('\n'))).not.toBe('2025-01-03');
    // The page's foot stamp outranks the citation.
    expect(published([...head, story, '14/01/2026', 'للاقتباس: فريق التحرير، تقرير عن الغرق، 3/1/2025.'].join('\n'))).toBe('2026-01-14');
  });
});
