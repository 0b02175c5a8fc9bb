// Which marks a summary point carries after its text, as every view shows them: the PDF and the Word file
// (main/render), the editor and the preview (renderer/app). One rule, so the exports and the screen agree.

/**
 * Whether a point still reads as composed from its sources' words (SummaryPoint.composed): once the analyst rewrites
 * it, the edited mark says whose words they are.
 */
export function showsComposed(point: { composed?: boolean | undefined; edited: boolean; manual: boolean }): boolean {
  return point.composed === true && !point.edited && !point.manual;
}

/**
 * Whether a point reads as background (PointEvent.background: an event dated well before the rest of the story, ranked
 * after the news): the analysis said so, and the analyst did not write the point.
 */
export function showsBackground(point: { event?: { background?: boolean | undefined } | undefined; manual: boolean }): boolean {
  return point.event?.background === true && !point.manual;
}

/**
 * The count of independent sources a point or a timeline entry shows, or undefined for none: the count vouches for the
 * sentence as the sources wrote it, so an item the analyst rewrote (or whose quotes they changed) or wrote shows none —
 * its «(معدّل)» mark says the words and their backing are the analyst's; its quotes stay cited. Drafts saved before the
 * count have none either.
 */
export function shownIndependentSources(item: { independentSources?: number | undefined; edited: boolean; manual: boolean }): number | undefined {
  return item.edited || item.manual ? undefined : item.independentSources;
}
