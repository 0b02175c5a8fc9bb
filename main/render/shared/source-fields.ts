import type { SourceRecord } from '../../model/article.ts';

/** What a source list entry says for a field the article lacks: that it is missing, never a blank. */
export const MISSING_SOURCE_WORDS = {
  outlet: 'جهة نشر غير معروفة',
  title: 'بلا عنوان',
  date: 'بلا تاريخ',
} as const;

/** The three fields of a source list entry, before an exporter sets them in its own runs. */
export interface SourceFields {
  outlet: string;
  title: string;
  date: string;
}

/** A field as given, or null when it is missing or blank (a blank title names nothing either). */
function given(field: string | null): string | null {
  return field === null || field.trim() === '' ? null : field;
}

/**
 * Outlet, title and publication date of a source as every exporter lists them, so the PDF and the Word file word an
 * entry alike. A missing field is named as missing («بلا تاريخ») rather than dropped, and an untitled source keeps
 * its file name in brackets after «بلا عنوان», the one thing that still tells the analyst which article it is.
 * `sayDate` writes a known date (../format-date.ts's formatPartialDate in the template's digits, passed in: this
 * folder sits below render/'s own files); the outlet and title are left to the exporter's direction rules.
 */
export function sourceFields(source: SourceRecord, sayDate: (partial: string) => string): SourceFields {
  return {
    outlet: given(source.outlet) ?? MISSING_SOURCE_WORDS.outlet,
    title: given(source.title) ?? `${MISSING_SOURCE_WORDS.title} (${source.file})`,
    date: source.published === null ? MISSING_SOURCE_WORDS.date : sayDate(source.published),
  };
}
