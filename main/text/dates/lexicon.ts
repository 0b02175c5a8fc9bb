/**
 * Date words as data: month names of the three Gregorian naming systems used in Arabic news
 * (Egypt/Gulf transliterations, the Levantine/Iraqi Syriac names, the Maghreb French-derived names),
 * Hijri months, weekdays and number words. Spellings follow ICU's ar-EG/ar-SY/ar-TN/ar-MA tables
 * plus the common variants of news prose (notes §3.2). Everything is written as in text and matched
 * through `normalise`, so hamza, alef-maqsura and ta-marbuta variants need no separate entries.
 */

/** Gregorian month names → month number. Multi-word names are matched with flexible spacing. */
export const GREGORIAN_MONTHS: Readonly<Record<string, number>> = {
  // ar-EG / ar-SA and variants
  'يناير': 1, 'فبراير': 2, 'فبرير': 2, 'مارس': 3, 'أبريل': 4, 'إبريل': 4, 'ابريل': 4, 'مايو': 5, 'يونيو': 6, 'يونيه': 6,
  'يوليو': 7, 'يوليه': 7, 'أغسطس': 8, 'اغسطس': 8, 'آغسطس': 8, 'أغطس': 8, 'سبتمبر': 9, 'أكتوبر': 10, 'اكتوبر': 10,
  'نوفمبر': 11, 'ديسمبر': 12,
  // ar-SY / ar-IQ / ar-LB
  'كانون الثاني': 1, 'كانون ثاني': 1, 'شباط': 2, 'آذار': 3, 'نيسان': 4, 'أيار': 5, 'حزيران': 6, 'تموز': 7, 'آب': 8,
  'أيلول': 9, 'تشرين الأول': 10, 'تشرين أول': 10, 'تشرين الثاني': 11, 'تشرين ثاني': 11, 'كانون الأول': 12, 'كانون أول': 12,
  // ar-TN / ar-DZ
  'جانفي': 1, 'فيفري': 2, 'أفريل': 4, 'ماي': 5, 'جوان': 6, 'جويلية': 7, 'جويلة': 7, 'أوت': 8,
  // ar-MA
  'يوليوز': 7, 'غشت': 8, 'أغشت': 8, 'شتنبر': 9, 'نونبر': 11, 'دجنبر': 12,
  // Mauritania («28 دجمبر 2025»), and the Levantine names numbered as CMS menus print them («09 كانون2/يناير 2026»).
  'دجمبر': 12, 'دسمبر': 12, 'كانون2': 1, 'كانون1': 12, 'تشرين1': 10, 'تشرين2': 11,
};

/** Hijri months → month number (Umm al-Qura numbering). */
export const HIJRI_MONTHS: Readonly<Record<string, number>> = {
  'محرم': 1, 'المحرم': 1, 'صفر': 2, 'ربيع الأول': 3, 'ربيع أول': 3, 'ربيع الآخر': 4, 'ربيع الثاني': 4, 'ربيع ثاني': 4, 'ربيع آخر': 4,
  'جمادى الأولى': 5, 'جمادى الأول': 5, 'جمادى أولى': 5, 'جمادى الآخرة': 6, 'جمادى آخرة': 6, 'جمادى الثانية': 6, 'جمادى الآخر': 6, 'جمادى الثاني': 6,
  'رجب': 7, 'شعبان': 8, 'رمضان': 9, 'شوال': 10, 'ذو القعدة': 11, 'ذي القعدة': 11, 'ذو الحجة': 12, 'ذي الحجة': 12,
};

/**
 * The months of the solar Hijri calendar (Iran's and Afghanistan's civil year), as Iranian services print them in
 * Arabic («٢٣ دی ١٤٠٤»). Several are common words («مهر», «تير», «دي»): only a day and a year of the solar era beside
 * one make a date (see rules/solar-hijri-rule.ts).
 */
export const SOLAR_HIJRI_MONTHS: Readonly<Record<string, number>> = {
  'فروردين': 1, 'أرديبهشت': 2, 'اردبيهشت': 2, 'خرداد': 3, 'تير': 4, 'مرداد': 5, 'شهريور': 6, 'مهر': 7, 'آبان': 8, 'آذر': 9,
  'دي': 10, 'بهمن': 11, 'اسفند': 12, 'إسفند': 12,
};

/**
 * The month names of Libya's Jamahiriya years (about 1979 to 2011), as its papers and their archives print them
 * («الأحد 6 الكانون 2009»). Most are common words or names («الربيع», «الماء», «ناصر», «الفاتح»): only a day and a
 * year of those years beside one make a date (see rules/jamahiriya-rule.ts).
 */
export const JAMAHIRIYA_MONTHS: Readonly<Record<string, number>> = {
  'أي النار': 1, 'آي النار': 1, 'النوار': 2, 'الربيع': 3, 'الطير': 4, 'الماء': 5, 'الصيف': 6, 'ناصر': 7, 'هانيبال': 8,
  'هنيبال': 8, 'الفاتح': 9, 'التمور': 10, 'الحرث': 11, 'الكانون': 12,
};

/** Weekday names → 0 = Sunday … 6 = Saturday. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  'الأحد': 0, 'الاثنين': 1, 'الإثنين': 1, 'الثلاثاء': 2, 'الثلثاء': 2, 'الأربعاء': 3, 'الخميس': 4, 'الجمعة': 5, 'السبت': 6,
};

/** Units of the ordinal day words, masculine and feminine: «الثالث», «الثالثة». */
const ORDINAL_UNITS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [2, ['الثاني', 'الثانية']],
  [3, ['الثالث', 'الثالثة']],
  [4, ['الرابع', 'الرابعة']],
  [5, ['الخامس', 'الخامسة']],
  [6, ['السادس', 'السادسة']],
  [7, ['السابع', 'السابعة']],
  [8, ['الثامن', 'الثامنة']],
  [9, ['التاسع', 'التاسعة']],
];

/**
 * Every written ordinal day 1..31 (nominative, accusative/genitive and feminine forms) → its number,
 * each as a list of words: «الحادي والثلاثين» is ['الحادي', 'والثلاثين'].
 */
export function ordinalDayWords(): Array<[string[], number]> {
  const out: Array<[string[], number]> = [];
  // «أول مارس» and «غرة مارس» name the first day, as «الأول من مارس» does.
  for (const w of ['الأول', 'الأولى', 'أول', 'غرة']) out.push([[w], 1]);
  for (const w of ['العاشر', 'العاشرة']) out.push([[w], 10]);
  const tens: ReadonlyArray<readonly [number, readonly string[]]> = [
    [20, ['العشرين', 'العشرون']],
    [30, ['الثلاثين', 'الثلاثون']],
  ];
  const oneWith = ['الحادي', 'الحادية', 'الواحد', 'الواحدة'];
  for (const [n, forms] of ORDINAL_UNITS) for (const w of forms) out.push([[w], n]);
  // 11..19: «الحادي عشر», «الثانية عشرة»
  for (const w of oneWith.slice(0, 2)) for (const t of ['عشر', 'عشرة']) out.push([[w, t], 11]);
  for (const [n, forms] of ORDINAL_UNITS) for (const w of forms) for (const t of ['عشر', 'عشرة']) out.push([[w, t], 10 + n]);
  for (const [ten, tenForms] of tens) {
    for (const t of tenForms) {
      out.push([[t], ten]);
      for (const w of oneWith) out.push([[w, 'و' + t], ten + 1]);
      if (ten === 20) for (const [n, forms] of ORDINAL_UNITS) for (const w of forms) out.push([[w, 'و' + t], ten + n]);
    }
  }
  return out;
}

/** Cardinal number words for counts in relative expressions («منذ ثلاثة أيام»). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  'واحد': 1, 'واحدة': 1, 'اثنين': 2, 'اثنان': 2, 'اثنتين': 2, 'ثلاث': 3, 'ثلاثة': 3, 'أربع': 4, 'أربعة': 4, 'خمس': 5, 'خمسة': 5,
  'ست': 6, 'ستة': 6, 'سبع': 7, 'سبعة': 7, 'ثماني': 8, 'ثمان': 8, 'ثمانية': 8, 'تسع': 9, 'تسعة': 9, 'عشر': 10, 'عشرة': 10,
  'بضع': 3, 'بضعة': 3,
};

export type Unit = 'day' | 'week' | 'month' | 'year';

/** Unit words: singular, dual (count 2) and plural forms. */
export const UNIT_WORDS: Readonly<Record<string, { unit: Unit; dual?: true }>> = {
  'يوم': { unit: 'day' }, 'أيام': { unit: 'day' }, 'يومين': { unit: 'day', dual: true }, 'يومان': { unit: 'day', dual: true },
  'أسبوع': { unit: 'week' }, 'أسابيع': { unit: 'week' }, 'أسبوعين': { unit: 'week', dual: true }, 'أسبوعان': { unit: 'week', dual: true },
  'شهر': { unit: 'month' }, 'أشهر': { unit: 'month' }, 'شهور': { unit: 'month' }, 'شهرين': { unit: 'month', dual: true }, 'شهران': { unit: 'month', dual: true },
  'عام': { unit: 'year' }, 'أعوام': { unit: 'year' }, 'عامين': { unit: 'year', dual: true }, 'عامان': { unit: 'year', dual: true },
  'سنة': { unit: 'year' }, 'سنوات': { unit: 'year' }, 'سنين': { unit: 'year' }, 'سنتين': { unit: 'year', dual: true }, 'سنتان': { unit: 'year', dual: true },
};

/** Month parts → the day span they cover (notes §3.3: START 1–10, MID 11–20, END 21–end). */
export const MONTH_PARTS: Readonly<Record<string, 'start' | 'mid' | 'end'>> = {
  'مطلع': 'start', 'أوائل': 'start', 'بداية': 'start', 'بدايات': 'start', 'مستهل': 'start',
  'منتصف': 'mid', 'أواسط': 'mid', 'وسط': 'mid',
  'أواخر': 'end', 'نهاية': 'end', 'آخر': 'end', 'أخر': 'end', 'ختام': 'end', 'أوخر': 'end',
};

/**
 * Seasons of a year, as the months they span («صيف 2011» is June to August 2011); winter's December belongs to the
 * year before («شتاء 2012»: December 2011 to February 2012).
 */
export const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  'ربيع': [3, 5], 'الربيع': [3, 5], 'صيف': [6, 8], 'الصيف': [6, 8], 'خريف': [9, 11], 'الخريف': [9, 11], 'شتاء': [12, 2], 'الشتاء': [12, 2],
};

/**
 * Nouns of a document or plan that a year names rather than dates: «قانون … رقم 20 لسنة 2009», «رؤية 2030», «اتفاق
 * 2015», «موازنة عام 2026». The year is the document's, not the clause's event.
 */
export const DOCUMENT_NOUNS = [
  'قانون', 'القانون', 'مرسوم', 'المرسوم', 'قرار', 'القرار', 'رؤية', 'الرؤية', 'خطة', 'الخطة', 'اتفاق', 'الاتفاق', 'اتفاقية', 'الاتفاقية',
  'دستور', 'الدستور', 'موازنة', 'الموازنة', 'ميزانية', 'الميزانية', 'استراتيجية', 'الاستراتيجية', 'لائحة', 'اللائحة', 'معاهدة', 'المعاهدة', 'ميثاق', 'الميثاق',
];

/**
 * Nouns of a pay or a bill that a month names the period of: «رواتب شهر تشرين الأول», «مستحقات أكتوبر», «إيجار
 * آذار». The month is what is paid for, not when the paying happens: a future verb of the paying says nothing of it.
 */
export const PAY_NOUNS = [
  'رواتب', 'راتب', 'مرتبات', 'مرتب', 'أجور', 'أجر', 'مستحقات', 'معاشات', 'معاش', 'إيجار', 'ايجار', 'فاتورة', 'فواتير', 'مخصصات', 'منحة',
];

/**
 * Participles (and relative verbs) of a document's issue or signing: a year after them belongs to the noun they
 * describe («وفق المرسوم الصادر عام 2021», «الاتفاق المؤرخ في 2015», «القانون الذي صدر عام 2009»), never to the
 * event of the sentence's main clause.
 */
export const ISSUE_WORDS = [
  'الصادر', 'الصادرة', 'المؤرخ', 'المؤرخة', 'الموقع', 'الموقعة', 'المبرم', 'المبرمة', 'المعتمد', 'المعتمدة', 'المعدل', 'المعدلة',
  'صدر', 'صدرت', 'أبرم', 'أبرمت', 'وقع', 'وقعت', 'اعتمد', 'اعتمدت',
];

/** Words after a month or weekday that place it relative to the reference date. */
export const PAST_WORDS = ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'السابق', 'السابقة'];
export const FUTURE_WORDS = ['المقبل', 'المقبلة', 'القادم', 'القادمة', 'التالي', 'الآتي'];
export const CURRENT_WORDS = ['الحالي', 'الحالية', 'الجاري', 'الجارية'];

/** Parts of the day that anchor a weekday or a relative day word: «صباح الأحد», «مساء أمس». */
export const DAY_PARTS = ['صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليلة', 'ليل', 'منتصف ليل', 'منتصف ليلة', 'ظهيرة', 'صبيحة', 'عشية', 'حتى', 'منذ'];

/** Nouns of an appointment: a date set as one is scheduled («حدد المجلس يوم 14 مارس موعدا للتصويت»). */
export const APPOINTMENT_NOUNS = ['موعد', 'موعدا', 'موعداً', 'كموعد', 'الموعد', 'موعدها', 'موعده'];

/** Words that say a day was set for something («الزيارة التي كانت مقررة …»): the appointment nouns and these. */
export const SCHEDULE_ADJECTIVES = ['مقرر', 'مقررة', 'المقرر', 'المقررة', 'مزمع', 'مزمعة', 'المزمع', 'المزمعة'];

/**
 * Particles that open a condition («إذا استمر الإضراب حتى نهاية الشهر»). «إن» is left out: far more often it opens
 * what was said («قال إن …»).
 */
export const CONDITIONAL_PARTICLES = ['إذا', 'لو', 'لولا', 'حال', 'طالما'];

/** Words that begin a future clause (HeidelTime's tenseWord4Future, plus the future particle). */
export const FUTURE_CUES = ['سوف', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'المرتقب', 'المرتقبة', 'المزمع', 'المزمعة', 'المقرر', 'المقررة', 'مرتقب', 'مقرر', 'يعتزم', 'تعتزم'];
