/** Words only the PDF prints; the labels both exporters print are in ../brief-labels.ts. */
export const NOTHING_AR = 'لا يوجد';
export const APPROXIMATE_AR = 'حوالي';
/** Alternate text of the template's logo, before the template's name. */
export const LOGO_AR = 'شعار';
/** A citation mark's link, as a screen reader announces it: before the source's number. */
export const SOURCE_LINK_AR = 'المصدر';
export const TRUNCATED_AR = 'اختُصر هذا الموجز ليتّسع في الصفحة المحددة.';
