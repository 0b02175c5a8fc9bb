import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';

// 2025-02-12 is a Wednesday.
const REF = '2025-02-12';
const at = (text: string, reference: string | null = REF) =>
  findDates(text, { reference }).map((m) => [m.text, m.value, m.kind]);

describe('findDates — relative days', () => {
  it('resolves yesterday, the day before, tomorrow and the day after', () => {
    expect(at('وقع الهجوم أمس، وسبقه انفجار أول أمس، ويُعقد الاجتماع غدا، ثم يصل الوفد بعد غد.')).toEqual([
      ['أمس', '2025-02-11', 'relative'], ['أول أمس', '2025-02-10', 'relative'], ['غدا', '2025-02-13', 'relative'], ['بعد غد', '2025-02-14', 'relative'],
    ]);
    expect(at('قال الوزير مساء البارحة إن المحادثات فشلت').map((r) => r[1])).toEqual(['2025-02-11']);
    // The preposition written out is the same day before yesterday, not yesterday.
    expect(at('وكانت الطائرة قد هبطت أول من أمس الاثنين في المطار')).toEqual([['أول من أمس الاثنين', '2025-02-10', 'relative']]);
  });

  it('reads last night as the evening of yesterday, and leaves «الليلة» alone (tonight or a night to come)', () => {
    expect(at('وانتهت الجلسة، الليلة الماضية، بتوقيع المحضر')).toEqual([['الليلة الماضية', '2025-02-11', 'relative']]);
    expect(at('وصلت القافلة الليلة البارحة إلى المعبر').map((r) => r[1])).toEqual(['2025-02-11']);
    expect(at('ويحيي الفريق حفله الليلة في المسرح البلدي')).toEqual([]);
  });

  it('reads «اليوم» as today only where it means today', () => {
    expect(at('أعلنت وزارة الدفاع اليوم أن القوات انسحبت').map((r) => r[1])).toEqual([REF]);
    expect(at('وصل الوفد صباح اليوم إلى دمشق').map((r) => r[1])).toEqual([REF]);
    expect(at('قال الرئيس، اليوم، إن الحوار مستمر').map((r) => r[1])).toEqual([REF]);
  });

  it('does not invent dates without a reference', () => {
    expect(at('وقع الهجوم أمس ويعقد الاجتماع غدا، الأحد الماضي، قبل يومين، الشهر الماضي', null)).toEqual([]);
  });

  it('resolves weekdays against the reference', () => {
    expect(at('التقى الوزيران يوم الأحد في بغداد').map((r) => r[1])).toEqual(['2025-02-09']);
    expect(at('وصل الوفد الأحد الماضي').map((r) => r[1])).toEqual(['2025-02-09']);
    expect(at('يصل الوفد الأحد المقبل').map((r) => r[1])).toEqual(['2025-02-16']);
    expect(at('قال المتحدث اليوم الأربعاء إن').map((r) => [r[0], r[1]])).toEqual([['اليوم الأربعاء', REF]]);
    expect(at('سيزور الرئيس القاهرة يوم الخميس').map((r) => r[1])).toEqual(['2025-02-13']);
    expect(at('قال المتحدث، الثلاثاء، إن الاتفاق صامد').map((r) => r[1])).toEqual(['2025-02-11']);
    expect(at('الخميس، أعلنت الحكومة استقالتها', '2025-02-14').map((r) => r[1])).toEqual(['2025-02-13']);
    expect(at('قال المتحدث يوم الثلثاء إن').map((r) => r[1])).toEqual(['2025-02-11']);
    // A place between the verb and its weekday: a preposition and a place the gazetteer knows.
    expect(at('وكانت القافلة قد وصلت إلى حلب الاثنين، بعد رحلة طويلة').map((r) => r[1])).toEqual(['2025-02-10']);
    expect(at('وصل إلى عمان الخميس وفد من البلدين.').map((r) => r[1])).toEqual(['2025-02-06']);
    // …a place closing a construct («في مستشفيات حلب»), and a verb with its definite object before the phrase.
    expect(at('وكانت الوزارة قد أغلقت الأسواق في مدينة حلب الأحد.').map((r) => r[1])).toEqual(['2025-02-09']);
    expect(at('وكانت الفرق قد أجلت السكان إلى مدارس حمص الثلاثاء.').map((r) => r[1])).toEqual(['2025-02-11']);
  });

  it('resolves relative weeks, months and years with their granularity', () => {
    expect(findDates('زار الأسبوع الماضي، ثم الشهر الماضي والعام الماضي والسنة المقبلة', { reference: REF }).map((m) => [m.value, m.approximate, m.range])).toEqual([
      ['2025-02-02', true, { start: '2025-02-02', end: '2025-02-08' }],
      ['2025-01', true, { start: '2025-01-01', end: '2025-01-31' }],
      ['2024', true, { start: '2024-01-01', end: '2024-12-31' }],
      ['2026', true, { start: '2026-01-01', end: '2026-12-31' }],
    ]);
    expect(at('منذ بداية هذا العام').map((r) => r[1])).toEqual(['2025']);
  });

  it('reads a part of the current unit, said with the article and no relation («مطلع الأسبوع», «نهاية الشهر»), and a part of a week', () => {
    // 2025-02-12 is a Wednesday: its week, as Arab newsrooms count it, runs from Sunday 9 to Saturday 15.
    expect(findDates('أعلنت اللجنة النتائج مطلع الأسبوع', { reference: REF }).map((m) => [m.text, m.value, m.range])).toEqual([
      ['مطلع الأسبوع', '2025-02-09', { start: '2025-02-09', end: '2025-02-11' }],
    ]);
    expect(findDates('حتى نهاية الشهر', { reference: REF }).map((m) => m.range)).toEqual([{ start: '2025-02-21', end: '2025-02-28' }]);
    expect(findDates('في أواخر الأسبوع الماضي', { reference: REF }).map((m) => m.range)).toEqual([{ start: '2025-02-06', end: '2025-02-08' }]);
    expect(findDates('زار الأسبوع الماضي', { reference: REF }).map((m) => m.range)).toEqual([{ start: '2025-02-02', end: '2025-02-08' }]);
    // A Sunday begins its week: «مطلع الأسبوع» in a Sunday article is that day and the two after it, not the Monday
    // to Wednesday before, as a week from Monday (ISO) would read it.
    expect(findDates('تبدأ الجولة مطلع الأسبوع', { reference: '2025-02-16' }).map((m) => m.range)).toEqual([{ start: '2025-02-16', end: '2025-02-18' }]);
  });

  it('resolves this week, the next and the current one to their Sunday-to-Saturday spans, and no week that is a name or a title', () => {
    // 2026-01-14 is a Wednesday: its week runs from Sunday 11 to Saturday 17 January (review 25's «هذا الأسبوع»).
    const weeks = (text: string) => findDates(text, { reference: '2026-01-14' }).map((m) => [m.text, m.value, m.approximate, m.range]);
    expect(weeks('ويتوقع أن تستمع النيابة هذا الأسبوع إلى ثلاثة من أفراد الطاقم')).toEqual([
      ['هذا الأسبوع', '2026-01-11', true, { start: '2026-01-11', end: '2026-01-17' }],
    ]);
    expect(weeks('تعقد اللجنة جلستها الأسبوع المقبل').map((w) => w[3])).toEqual([{ start: '2026-01-18', end: '2026-01-24' }]);
    expect(weeks('تستمر المفاوضات خلال الأسبوع الجاري').map((w) => w[3])).toEqual([{ start: '2026-01-11', end: '2026-01-17' }]);
    expect(weeks('تعقد اللجنة مؤتمرا نهاية الأسبوع').map((w) => w[3])).toEqual([{ start: '2026-01-15', end: '2026-01-17' }]);
    // A week that is an event's name, a title word, an ordinal week of a month or an adjective dates nothing.
    expect(weeks('افتتح أسبوع الموضة في الرياض')).toEqual([]);
    expect(weeks('الأسبوع: حصاد الأحداث في المنطقة')).toEqual([]);
    expect(weeks('في رحلتها الأسبوعية نحو الجزيرة')).toEqual([]);
    expect(weeks('تبدأ الدراسة في الأسبوع الأول من الشهر')).toEqual([]);
  });

  it('resolves «منذ/قبل N units» with number words, digits and duals', () => {
    expect(at('منذ ثلاثة أيام وقبل يومين وقبل أسبوعين ومنذ 5 أشهر وقبل عامين ومنذ شهر').map((r) => [r[0], r[1]])).toEqual([
      ['منذ ثلاثة أيام', '2025-02-09'], ['قبل يومين', '2025-02-10'], ['قبل أسبوعين', '2025-01-29'], ['منذ 5 أشهر', '2024-09'],
      ['قبل عامين', '2023'], ['منذ شهر', '2025-01'],
    ]);
  });

  it('does not resolve counts anchored on another event, or without a count', () => {
    expect(at('قبل يوم واحد من انهيار النظام، ومنذ سنوات طويلة، وقبل ثلاثة أيام من الانتخابات')).toEqual([]);
  });
});

describe('findDates — year inference', () => {
  it('uses the reference year for a day and month without one', () => {
    expect(findDates('في 3 فبراير', { reference: REF }).map((m) => [m.value, m.yearBasis])).toEqual([['2025-02-03', 'inferred']]);
  });

  it('puts a date more than a week after the reference in the year before (past narrative)', () => {
    expect(findDates('في 26 ديسمبر التقى الطرفان', { reference: REF }).map((m) => m.value)).toEqual(['2024-12-26']);
    expect(findDates('في 17 فبراير التقى الطرفان', { reference: REF }).map((m) => m.value)).toEqual(['2025-02-17']);
  });

  it('puts a date before the reference in the year after in a future clause', () => {
    expect(findDates('ستجري الانتخابات في 5 يناير', { reference: REF }).map((m) => m.value)).toEqual(['2026-01-05']);
    expect(findDates('الانتخابات في 5 يناير المقبل', { reference: REF }).map((m) => m.value)).toEqual(['2026-01-05']);
  });

  it('reads a «سـ» word inside a past verb\'s phrase as a noun, not as a future verb (a place like Seiyun)', () => {
    // REF is Wednesday 12 February: the Monday two days back, and the 10th of this month, not a year on.
    expect(at('وكانت طائرة قد هبطت في مطار سيئون يوم الاثنين').map((r) => r[1])).toEqual(['2025-02-10']);
    expect(at('وكانت السيول قد ضربت سيئون وتريم في 10 شباط (فبراير)').map((r) => r[1])).toEqual(['2025-02-10']);
    // A future verb of its own clause keeps its future: joined by a conjunction, or after a complementiser.
    expect(at('وصل الوفد أمس وسيزور المخيم يوم الاثنين').map((r) => r[1])).toEqual(['2025-02-11', '2025-02-17']);
    expect(at('أعلنت الوزارة أنها ستفتح المعبر يوم الاثنين').map((r) => r[1])).toEqual(['2025-02-17']);
  });

  it('resolves months with «الماضي/المقبل/الحالي» and month parts', () => {
    expect(findDates('في ديسمبر الماضي', { reference: REF }).map((m) => m.value)).toEqual(['2024-12']);
    expect(findDates('في شباط الماضي', { reference: REF }).map((m) => m.value)).toEqual(['2024-02']);
    expect(findDates('في مارس المقبل', { reference: REF }).map((m) => m.value)).toEqual(['2025-03']);
    expect(findDates('في 11 من شباط الحالي', { reference: REF }).map((m) => m.value)).toEqual(['2025-02-11']);
    expect(findDates('في أواخر ديسمبر الماضي', { reference: REF }).map((m) => [m.value, m.approximate, m.range])).toEqual([
      ['2024-12', true, { start: '2024-12-21', end: '2024-12-31' }],
    ]);
    expect(findDates('منذ منتصف شهر مارس/ آذار الماضي', { reference: '2025-06-01' }).map((m) => [m.text, m.value, m.range])).toEqual([
      ['منتصف شهر مارس/ آذار الماضي', '2025-03', { start: '2025-03-11', end: '2025-03-20' }],
    ]);
    expect(findDates('مطلع فبراير', { reference: '2024-06-01' }).map((m) => m.range)).toEqual([{ start: '2024-02-01', end: '2024-02-10' }]);
  });

  it('infers the year from a written weekday when there is no reference', () => {
    // 17 February was a Monday in 2025 and in 2020; the latest not after `now` wins.
    const mentions = findDates('قال مصدر اليوم، الاثنين 17 من شباط، إن', { now: '2025-06-01' });
    expect(mentions.map((m) => [m.text, m.value, m.yearBasis])).toEqual([['اليوم، الاثنين 17 من شباط', '2025-02-17', 'inferred']]);
    expect(findDates('الاثنين 17 من شباط', { now: '2025-02-16' }).map((m) => m.value)).toEqual(['2020-02-17']);
  });

  it('leaves the year unknown when nothing supports one', () => {
    expect(findDates('في 26 من آب أعلنت الوكالة').map((m) => [m.value, m.yearBasis])).toEqual([['--08-26', 'unknown']]);
    expect(findDates('الاثنين 17 من شباط').map((m) => [m.value, m.yearBasis])).toEqual([['--02-17', 'unknown']]);
    expect(findDates('في ديسمبر الماضي')).toEqual([]);
  });

  it('resolves against a month-only or year-only reference', () => {
    expect(findDates('في 20 مارس', { reference: '2025-03' }).map((m) => m.value)).toEqual(['2025-03-20']);
    expect(findDates('في 20 مارس', { reference: '2025' }).map((m) => [m.value, m.yearBasis])).toEqual([['2025-03-20', 'inferred']]);
  });
});

describe('findDates — traps', () => {
  it.each([
    'وقع الاثنين على الاتفاق بعد مفاوضات طويلة',
    // «both» after a place phrase: no clause end after it.
    'وصل إلى حلب الاثنين معا بعد الظهر',
    // an indefinite word before the phrase is no object of a verb: «حضر وفد» then «في مدينة حلب الأحد» — the one.
    'كرم الاتحاد لاعبين في مدينة حلب الأحد',
    'لم يحضر أحد من المسؤولين',
    'أدى المصلون صلاة الجمعة في المسجد',
    'مارس الضغط على الحكومة طوال الأزمة',
    'أعلنت نيسان عن طراز جديد',
    'كان آب القرية يعمل في الحقل',
    'وقال تموز إن الوضع صعب',
    'نقل موقع اليوم السابع عن مصادر',
    'ذكرت قناة روسيا اليوم أن الوفد وصل',
    'نشرت صحيفة الغد تقريرا',
    'ذكرت صحيفة الأيام أن',
    'نقلت مصر اليوم عن شهود',
    'العراق اليوم يواجه تحديات كبيرة',
    'غدا الوضع أكثر تعقيدا من ذي قبل',
    'وصل رمضان إلى المدينة',
    'حضر 1500 شخص و2020 متطوعا',
  ])('«%s» holds no date', (text) => {
    expect(findDates(text, { reference: REF, now: '2025-06-01' })).toEqual([]);
  });
});
