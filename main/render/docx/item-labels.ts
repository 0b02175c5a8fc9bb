import type { ActorType, QuestionKind } from '../../briefing/brief.ts';

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

/** The note that marks an item the analyst changed or wrote, so a reader knows it is not as assembled. */
export const EDITED_MARK = '(معدّل)';
export const MANUAL_MARK = '(أضافه المحلل)';

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

/** Words of the citation notes and the source list. */
export const SOURCE_WORDS = {
  source: 'المصدر',
  unknownOutlet: 'جهة نشر غير معروفة',
  untitled: 'بلا عنوان',
  undated: 'بلا تاريخ',
  approximate: 'تقريباً',
} as const;
