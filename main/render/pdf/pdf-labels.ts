/** Words only the PDF prints; the labels both exporters print are in ../brief-labels.ts. */
export const NOTHING_AR = 'لا يوجد';
export const APPROXIMATE_AR = 'حوالي';
export const UNKNOWN_SOURCE_AR = 'مصدر غير مسمّى';
export const TRUNCATED_AR = 'اختُصر هذا الموجز ليتّسع في الصفحة المحددة.';
