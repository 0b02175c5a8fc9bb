import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';

const pick = (text: string, reference?: string | null) =>
  findDates(text, { reference: reference ?? null }).map((m) => [m.text, m.value, m.yearBasis, m.kind]);

describe('findDates — digits', () => {
  it('reads a dateline with a time after the year', () => {
    const [m] = findDates('08 أبريل 2025، 12:07 م');
    expect(m).toMatchObject({ start: 0, end: 13, text: '08 أبريل 2025', value: '2025-04-08', yearBasis: 'explicit', kind: 'date', approximate: false });
  });

  it('reads numeric day-month-year with -, / and . and ISO timestamps', () => {
    expect(pick('صدر القرار 30-9-2019 ونشر 2024/12/26 ثم 26.12.2024 وأخيرا 2025-04-08T10:00')).toEqual([
      ['30-9-2019', '2019-09-30', 'explicit', 'date'],
      ['2024/12/26', '2024-12-26', 'explicit', 'date'],
      ['26.12.2024', '2024-12-26', 'explicit', 'date'],
      ['2025-04-08T10:00', '2025-04-08', 'explicit', 'date'],
    ]);
  });

  it('rejects numeric dates that do not exist and decimals that look like dates', () => {
    expect(pick('في 31/11/2023 و30.02.2024 ونسبة 3.5.2')).toEqual([]);
  });

  it('reads Arabic-Indic digits and keeps offsets in the original text', () => {
    const text = 'وصل الوفد في ٨ نيسان ٢٠٢٥ إلى بغداد';
    const [m] = findDates(text);
    expect(m?.value).toBe('2025-04-08');
    expect(m?.text).toBe('٨ نيسان ٢٠٢٥');
    expect(text.slice(m?.start, m?.end)).toBe(m?.text);
  });

  it('keeps offsets right when the text carries diacritics and tatweel', () => {
    const text = 'جرى ذلك فِي الـ١٥ من شَهْرِ أيّار ٢٠٢٣م تقريبا';
    const [m] = findDates(text);
    expect(m?.value).toBe('2023-05-15');
    expect(m?.text).toBe('الـ١٥ من شَهْرِ أيّار ٢٠٢٣م');
  });
});

describe('findDates — month names of the three systems', () => {
  it.each([
    ['3 يناير 2020', '2020-01-03'], ['3 فبراير 2020', '2020-02-03'], ['3 إبريل 2020', '2020-04-03'], ['3 ابريل 2020', '2020-04-03'],
    ['3 يونيه 2020', '2020-06-03'], ['3 يوليه 2020', '2020-07-03'], ['3 اغسطس 2020', '2020-08-03'], ['3 أغسطس 2020', '2020-08-03'],
    ['3 اكتوبر 2020', '2020-10-03'], ['3 كانون الثاني 2020', '2020-01-03'], ['3 شباط 2020', '2020-02-03'], ['3 آذار 2020', '2020-03-03'],
    ['3 أيار 2020', '2020-05-03'], ['3 حزيران 2020', '2020-06-03'], ['3 تموز 2020', '2020-07-03'], ['3 آب 2020', '2020-08-03'],
    ['3 أيلول 2020', '2020-09-03'], ['3 تشرين الأول 2020', '2020-10-03'], ['3 تشرين الثاني 2020', '2020-11-03'],
    ['3 كانون الأول 2020', '2020-12-03'], ['3 جانفي 2020', '2020-01-03'], ['3 فيفري 2020', '2020-02-03'], ['3 أفريل 2020', '2020-04-03'],
    ['3 ماي 2020', '2020-05-03'], ['3 جوان 2020', '2020-06-03'], ['3 جويلية 2020', '2020-07-03'], ['3 أوت 2020', '2020-08-03'],
  ])('%s → %s', (text, value) => {
    expect(findDates(`أعلن ذلك في ${text} رسميا`).map((m) => m.value)).toEqual([value]);
  });

  it('reads double-named months when both names agree', () => {
    expect(pick('في 2 كانون الأول/ديسمبر 2023')).toEqual([['2 كانون الأول/ديسمبر 2023', '2023-12-02', 'explicit', 'date']]);
    expect(pick('في 6 ديسمبر (كانون الأول) 2022')).toEqual([['6 ديسمبر (كانون الأول) 2022', '2022-12-06', 'explicit', 'date']]);
    expect(pick('منتصف مارس/ آذار 2021').map((r) => r[1])).toEqual(['2021-03']);
  });

  it('rejects a double-named month whose names disagree', () => {
    expect(pick('في 6 مارس/ نيسان 2022')).toEqual([]);
  });

  it('reads «من» and «من شهر» between day and month', () => {
    expect(pick('في 11 من شباط 2024 ثم في 12 من شهر آذار 2024').map((r) => r[1])).toEqual(['2024-02-11', '2024-03-12']);
  });

  it('reads written ordinal days, masculine and feminine, nominative and accusative', () => {
    const cases: Array<[string, string]> = [
      ['السادس والعشرين من ديسمبر 2024', '2024-12-26'],
      ['الحادي والثلاثين من تموز 2019', '2019-07-31'],
      ['الأول من أيار 2020', '2020-05-01'],
      ['الحادي عشر من سبتمبر 2001', '2001-09-11'],
      ['الثالثة عشرة من يناير 2010', '2010-01-13'],
      ['الخامس و العشرون من آب 2015', '2015-08-25'],
      ['العشرين من مارس 2003', '2003-03-20'],
      ['الثلاثين من حزيران 2013', '2013-06-30'],
    ];
    for (const [text, value] of cases) expect(findDates(`وقع ذلك في ${text}.`).map((m) => [m.text, m.value])).toEqual([[text, value]]);
  });

  it('rejects an ordinal day the month does not have', () => {
    expect(pick('الحادي والثلاثين من نيسان 2020')).toEqual([]);
    expect(pick('30 شباط 2020')).toEqual([]);
  });

  it('accepts 29 February only in a leap year', () => {
    expect(pick('29 فبراير 2024').map((r) => r[1])).toEqual(['2024-02-29']);
    expect(pick('29 فبراير 2023')).toEqual([]);
  });

  it('reads a month with its year, with «عام» or «من العام» between', () => {
    expect(pick('في يناير 2011 ثم في أيلول من العام 2012 وفي شهر تموز عام 2006').map((r) => r.slice(1))).toEqual([
      ['2011-01', 'explicit', 'month'], ['2012-09', 'explicit', 'month'], ['2006-07', 'explicit', 'month'],
    ]);
  });
});

describe('findDates — years', () => {
  it('reads years after «عام», a preposition, or with the era mark', () => {
    expect(pick('تأسست عام 2014 وتوسعت في 2013 ثم 2024م منذ 2011').map((r) => [r[0], r[1], r[3]])).toEqual([
      ['عام 2014', '2014', 'year'], ['2013', '2013', 'year'], ['2024م', '2024', 'year'], ['2011', '2011', 'year'],
    ]);
  });

  it('does not read counts as years', () => {
    expect(pick('قتل 2013 شخصا ونزح 1500 آخرون')).toEqual([]);
  });

  it('reads parts of a year as approximate ranges', () => {
    const [m] = findDates('حتى نهاية عام 2024');
    expect(m).toMatchObject({ value: '2024', approximate: true, range: { start: '2024-09-01', end: '2024-12-31' }, kind: 'year' });
  });

  it('marks dates after «نحو» or «حوالي» as approximate', () => {
    expect(findDates('قبل نحو عام 2010').map((m) => [m.value, m.approximate])).toEqual([['2010', true]]);
  });
});

describe('findDates — ranges', () => {
  it('reads day ranges in one month', () => {
    expect(findDates('بين 3 و5 مارس 2024').map((m) => [m.text, m.value, m.range, m.kind])).toEqual([
      ['بين 3 و5 مارس 2024', '2024-03-03', { start: '2024-03-03', end: '2024-03-05' }, 'range'],
    ]);
    expect(findDates('من 19 إلى 20 تشرين الثاني 2019').map((m) => m.range)).toEqual([{ start: '2019-11-19', end: '2019-11-20' }]);
  });

  it('reads year ranges and ranges across months', () => {
    expect(findDates('من 2019 إلى 2021').map((m) => [m.value, m.range])).toEqual([['2019', { start: '2019-01-01', end: '2021-12-31' }]]);
    expect(findDates('بين عامي 2015 و2017').map((m) => m.range)).toEqual([{ start: '2015-01-01', end: '2017-12-31' }]);
    expect(findDates('من 28 فبراير إلى 3 مارس 2024').map((m) => [m.value, m.range, m.kind])).toEqual([
      ['2024-02-28', { start: '2024-02-28', end: '2024-03-03' }, 'range'],
    ]);
  });
});

describe('findDates — Hijri', () => {
  it('converts a full Hijri date to Gregorian', () => {
    expect(findDates('في 25 جمادى الآخرة 1446هـ').map((m) => [m.text, m.value, m.kind])).toEqual([['25 جمادى الآخرة 1446هـ', '2024-12-26', 'hijri']]);
  });

  it('reads a numeric date marked «هـ» as Hijri, never as a Gregorian year 1429', () => {
    expect(findDates('الخميس 25/6/1446 هـ - الموافق 26/12/2024 م').map((m) => [m.value, m.kind])).toEqual([
      ['2024-12-26', 'hijri'], ['2024-12-26', 'date'],
    ]);
    expect(findDates('7/3/2008 هـ').map((m) => m.value)).toEqual([]);
    expect(findDates('7 ربيع آخر 1447 هـ').map((m) => m.value)).toEqual(['2025-09-29']);
  });

  it('reads spaced numeric dates and the month first with its year, and no glued or mixed separators', () => {
    expect(findDates('05 - 12 - 2025').map((m) => m.value)).toEqual(['2025-12-05']);
    expect(findDates('ديسمبر 31، 2024').map((m) => m.value)).toEqual(['2024-12-31']);
    expect(findDates('5-122025').map((m) => m.value)).toEqual([]);
    expect(findDates('5-12/2025').map((m) => m.value)).toEqual([]);
  });

  it('converts a Hijri month to the span of Gregorian days it covers', () => {
    expect(findDates('خلال شهر رمضان 1445').map((m) => [m.value, m.approximate, m.range])).toEqual([
      ['2024-03', true, { start: '2024-03-11', end: '2024-04-09' }],
    ]);
  });

  it('does not read a name followed by a Gregorian year as a Hijri month', () => {
    expect(findDates('التقى رجب 2015 مرة')).toEqual([]);
  });
});

describe('findDates — years that name a document, seasons and parts of a year', () => {
  it('reads no date in a year that names a law, a plan or a vision', () => {
    expect(pick('قرر المجلس صرف تعويضات وفق قانون تعويض المتضررين رقم 20 لسنة 2009، وإعلان الحداد')).toEqual([]);
    expect(pick('ضمن مستهدفات رؤية 2030م')).toEqual([]);
    expect(pick('عدل المرسوم لعام 2015 قبل شهرين')).toEqual([]);
    // «عام» after the agreement dates its signing; a genitive year with no document before it is a year.
    expect(pick('وقع الاتفاق عام 2015 في فيينا')).toEqual([['عام 2015', '2015', 'explicit', 'year']]);
    expect(pick('فاز بالجائزة لسنة 2019')).toEqual([['سنة 2019', '2019', 'explicit', 'year']]);
  });

  it('reads a season of a year as the months it spans, winter from the December before', () => {
    const range = (text: string) => findDates(text, { reference: null }).map((m) => [m.value, m.approximate, m.range]);
    expect(range('غرق زورق في صيف 2011 قرب الفاو')).toEqual([['2011', true, { start: '2011-06-01', end: '2011-08-31' }]]);
    expect(range('في شتاء عام 2012')).toEqual([['2012', true, { start: '2011-12-01', end: '2012-02-29' }]]);
    expect(range('أواخر 2019')).toEqual([['2019', true, { start: '2019-09-01', end: '2019-12-31' }]]);
  });
});
