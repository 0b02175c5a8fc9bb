/**
 * The page a key moves to in the list of page thumbnails (one tab stop; the arrows move within it, as in a WAI-ARIA
 * toolbar): either arrow along the list — the list reads top to bottom, so up and down, and left and right in either
 * direction of the page (in Arabic the next page is to the left) — Home and End to the first and last, Page Up and
 * Page Down by five. Pages count from 1; null for a key that moves nowhere.
 */
export function pageForKey(key: string, current: number, count: number, rtl: boolean): number | null {
  if (count < 1) return null;
  const step: Record<string, number> = {
    ArrowDown: 1,
    ArrowUp: -1,
    ArrowLeft: rtl ? 1 : -1,
    ArrowRight: rtl ? -1 : 1,
    PageDown: 5,
    PageUp: -5,
  };
  let next: number;
  if (key === 'Home') next = 1;
  else if (key === 'End') next = count;
  else if (key in step) next = current + (step[key] ?? 0);
  else return null;
  return Math.min(count, Math.max(1, next));
}
