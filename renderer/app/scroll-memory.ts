import type { Screen } from './context.ts';

/**
 * Where each screen was scrolled when the analyst left it, so coming back (from an article a citation opened, or
 * through the tabs) finds the page where it was. Kept for this window's life only.
 */
const positions = new Map<Screen, number>();

export function rememberScroll(screen: Screen): void {
  positions.set(screen, window.scrollY);
}

/** Scrolls the page to where `screen` was left, or to its top the first time. */
export function restoreScroll(screen: Screen): void {
  window.scrollTo({ top: positions.get(screen) ?? 0, behavior: 'instant' });
}
