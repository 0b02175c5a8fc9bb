// Both month names, Levantine/Iraqi first and the Egyptian/Gulf transliteration second, as Arab news
// agencies print them («شباط/فبراير»): every reader recognises one of the two.
const MONTHS = [
  'كانون الثاني/يناير', 'شباط/فبراير', 'آذار/مارس', 'نيسان/أبريل', 'أيار/مايو', 'حزيران/يونيو',
  'تموز/يوليو', 'آب/أغسطس', 'أيلول/سبتمبر', 'تشرين الأول/أكتوبر', 'تشرين الثاني/نوفمبر', 'كانون الأول/ديسمبر',
];

/**
 * A partial ISO date (the dates tagger's and ArticleRecord.published's 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' |
 * '--MM-DD') as Arabic words for a question: «17 شباط/فبراير 2025»، «26 آب/أغسطس، والسنة غير معروفة».
 * A value of any other shape is returned unchanged rather than guessed at.
 */
export function arabicDatePhrase(value: string): string {
  const m = /^(?:(\d{4})|-)-?(?:(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  const name = month !== undefined ? MONTHS[Number(month) - 1] : undefined;
  if (month !== undefined && name === undefined) return value;
  const dayPart = day !== undefined ? `${Number(day)} ` : '';
  if (year === undefined) return name !== undefined ? `${dayPart}${name}، والسنة غير معروفة` : value;
  if (name === undefined) return `عام ${year}`;
  return `${dayPart}${name} ${year}`;
}
