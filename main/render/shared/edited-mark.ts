/** The note after an item the analyst changed: a reader must know it is not as the sources were assembled. */
export const EDITED_MARK = '(معدّل)';
/** The note after an item the analyst wrote: it rests on the analyst's word, not on a source's. */
export const MANUAL_MARK = '(أضافه المحلل)';

/**
 * The mark every exporter sets after an item the analyst wrote or changed, or null for an item as assembled; its
 * spaces are no-break, so the mark never splits at a line's end.
 */
export function editedMark(item: { edited: boolean; manual: boolean }): string | null {
  const mark = item.manual ? MANUAL_MARK : item.edited ? EDITED_MARK : null;
  return mark === null ? null : mark.replace(/ /g, '\u00a0');
}
