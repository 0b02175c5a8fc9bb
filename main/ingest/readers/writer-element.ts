import { elements, inFurniture, type DomDocument } from './dom-shape.ts';

// The field a news CMS prints its reporter's name in, «<span class="reporter">المراسل: فلان</span>», which
// Readability's byline test (class "byline", "author", rel=author) does not know. Whole class names only.
const WRITER_SELECTOR = ['reporter', 'news-reporter', 'writer', 'news-writer', 'correspondent'].map((c) => `[class~="${c}"]`).join(', ');

/**
 * The text of the page's reporter field, when Readability found no byline: a short text (at most eight words) of the
 * first such element outside the page's furniture. The import reads the writer out of it (a label, a name) or none.
 */
export function writerElementText(document: DomDocument): string | undefined {
  // A site's header, menus, footer and sidebars list other writers (a columnists' box), never this article's.
  const furniture = inFurniture(document, WRITER_SELECTOR);
  for (const element of elements(document.querySelectorAll(WRITER_SELECTOR))) {
    if (furniture.has(element)) continue;
    const text = element.textContent?.replace(/\s+/g, ' ').trim();
    if (text !== undefined && text !== '' && text.split(' ').length <= 8) return text;
  }
  return undefined;
}
