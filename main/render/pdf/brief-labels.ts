import type { ActorType, QuestionKind } from '../../briefing/brief.ts';

/** Arabic names of the Brief model's enumerations, as printed in the PDF. */
export const ACTOR_TYPE_AR: Record<ActorType, string> = {
  person: 'شخص',
  organization: 'منظمة',
  place: 'مكان',
  other: 'أخرى',
};

export const QUESTION_KIND_AR: Record<QuestionKind, string> = {
  contradiction: 'تناقض',
  unverified: 'غير مؤكد',
  denied: 'نفي',
  unknown: 'مجهول',
  metadata: 'بيانات المصدر',
};

export const TABLE_HEADERS_AR = {
  name: 'الاسم',
  type: 'النوع',
  roles: 'الأدوار',
  mentions: 'الإشارات',
  sources: 'المصادر',
  date: 'التاريخ',
  event: 'الحدث',
} as const;

export const NOTHING_AR = 'لا يوجد';
export const APPROXIMATE_AR = 'حوالي';
export const UNKNOWN_SOURCE_AR = 'مصدر غير مسمّى';
export const TRUNCATED_AR = 'اختُصر هذا الموجز ليتّسع في الصفحة المحددة.';
