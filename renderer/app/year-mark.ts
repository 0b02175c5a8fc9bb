import { html, nothing, type TemplateResult } from 'lit-html';
import { formatPartialDate } from './format-date.ts';
import { t, type Key } from './i18n.ts';
import type { Brief } from './types.ts';

type Entry = Brief['timeline'][number];
type YearRule = NonNullable<Entry['yearFrom']>['rule'];

/** Where an inferred year came from, in the UI's language: one sentence per rule, a new rule failing the typecheck. */
export const YEAR_REASON: Record<YearRule, Key> = {
  'same-event': 'yearWhySameEvent',
  'same-day': 'yearWhySameDay',
  'selection-dates': 'yearWhySelectionDates',
  'article-date': 'yearWhyArticleDate',
};

/** The sentence that says an entry's year was inferred and from where; null for a date as its sources wrote it. */
export function yearReason(entry: Pick<Entry, 'dateBasis' | 'yearFrom'>): string | null {
  if (entry.dateBasis !== 'inferred') return null;
  return t(entry.yearFrom === undefined ? 'yearInferred' : YEAR_REASON[entry.yearFrom.rule]);
}

/** The id of the element that says an entry's year reason, for aria-describedby: one per entry and per place shown. */
export function yearReasonId(place: string, entryId: string): string {
  return `year-why-${place}-${entryId}`;
}

/**
 * A timeline date as a date cell shows it: the date, and when its year was inferred a star after it (the reason as
 * the star's tooltip) instead of the reason's words, which wrapped a narrow date column to three lines. The reason
 * itself is the element `reasonText` draws, which the entry's controls name with aria-describedby.
 */
export function markedDate(entry: Pick<Entry, 'date' | 'dateBasis' | 'yearFrom'>): TemplateResult {
  const reason = yearReason(entry);
  return html`<span class="date">${formatPartialDate(entry.date)}${reason === null ? nothing : html`<span class="year-mark" title=${reason} aria-hidden="true">*</span>`}</span>`;
}

/** The reason's words for screen readers (and shown while the entry is being edited), under `id`; nothing when none. */
export function reasonText(entry: Pick<Entry, 'dateBasis' | 'yearFrom'>, id: string): TemplateResult | typeof nothing {
  const reason = yearReason(entry);
  return reason === null ? nothing : html`<span class="year-why" id=${id}>* ${reason}</span>`;
}
