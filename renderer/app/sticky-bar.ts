/**
 * The screen's sticky bar (the brief editor's undo and outline, the actors' action bar) covers the top of the page
 * as the analyst scrolls. The scroll margin of what the screen scrolls to (styles.css: `.screen *`) is kept at its
 * height through the custom property --sticky-bar, so an outline jump, a focused chart mark or an opened card lands
 * below the bar rather than under it. The bar wraps to two or three lines on a narrow window or in the longer
 * language, so its height is measured, not assumed. Set through the CSSOM, which the CSP allows (no style attribute).
 */
const BAR = '.editor-bar, .actor-bar';

let observed: Element | null = null;
let observer: ResizeObserver | null = null;

function setPadding(bar: Element | null): void {
  const height = `${bar === null ? 0 : Math.ceil(bar.getBoundingClientRect().height)}px`;
  const page = document.documentElement.style;
  if (page.getPropertyValue('--sticky-bar') !== height) page.setProperty('--sticky-bar', height);
}

/**
 * Follows the bar on screen after an update: measured at once (an outline jump scrolls right after the update that
 * added its "back" button), then whenever it changes size.
 */
export function followStickyBar(root: ParentNode): void {
  const bar = root.querySelector(BAR);
  if (bar !== observed) {
    observer?.disconnect();
    observed = bar;
    if (bar !== null) {
      observer ??= new ResizeObserver(() => setPadding(observed));
      observer.observe(bar);
    }
  }
  setPadding(bar);
}
