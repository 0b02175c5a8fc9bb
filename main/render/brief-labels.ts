import type { ActorType, QuestionKind } from '../model/brief.ts';

// One vocabulary for every exporter, so the PDF and the Word file of one brief name things alike.

/** How the brief names an actor's type in Arabic. */
export const ACTOR_TYPE_LABEL: Record<ActorType, string> = {
  person: 'شخص',
  organization: 'منظمة',
  place: 'مكان',
  other: 'أخرى',
};

/** How the brief names the kind of an open question in Arabic. */
export const QUESTION_KIND_LABEL: Record<QuestionKind, string> = {
  contradiction: 'تناقض بين المصادر',
  unverified: 'ادعاء غير مؤكد',
  denied: 'ادعاء منفي',
  unknown: 'مجهول',
  metadata: 'بيانات المصدر ناقصة',
};

/** Column headings of the actors and timeline tables. */
export const COLUMN = {
  name: 'الاسم',
  type: 'النوع',
  roles: 'الأدوار',
  aliases: 'أسماء أخرى',
  mentions: 'الإشارات',
  date: 'التاريخ',
  event: 'الحدث',
  sources: 'المصادر',
} as const;

/**
 * How many independent sources carry a point or an entry, in words that agree with the number as Arabic requires:
 * «مصدر مستقل واحد», «مصدران مستقلان», «3 مصادر مستقلة» (3–10), «11 مصدرًا مستقلًا» (11–99), «100 مصدر مستقل».
 * Digits are left Western: the caller shapes them with the template's digits.
 */
export function independentSourcesLabel(n: number): string {
  if (n === 1) return 'مصدر مستقل واحد';
  if (n === 2) return 'مصدران مستقلان';
  const lastTwo = n % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return `${n} مصادر مستقلة`;
  if (lastTwo >= 11) return `${n} مصدرًا مستقلًا`;
  return `${n} مصدر مستقل`;
}
