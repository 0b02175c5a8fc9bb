import { parseBareName, parseByline } from '../metadata/byline.ts';
import { outletByName } from '../metadata/known-outlets.ts';
import { isKnownPlace } from '../metadata/known-places.ts';
import { elements, inFurniture, type DomDocument } from './dom-shape.ts';

// The field a news CMS prints its reporter's name in, «<span class="reporter">المراسل: فلان</span>», which
// Readability's byline test (class "byline", "author", rel=author) does not know. Whole class names only.
const WRITER_SELECTOR = ['reporter', 'news-reporter', 'writer', 'news-writer', 'correspondent'].map((c) => `[class~="${c}"]`).join(', ');

/**
 * The writer the page's reporter field names, when Readability found no byline: the short text (at most eight words)
 * of the first such element outside the page's furniture, read as a byline line is («المراسل: فلان» → «فلان»). The
 * field holds where the reporter files from or the outlet's desk as often («المراسل: الخرطوم», «مراسل الجزيرة نت»):
 * those, and a text that is no name, give none.
 */
export function writerElementText(document: DomDocument): string | undefined {
  // A site's header, menus, footer and sidebars list other writers (a columnists' box), never this article's.
  const furniture = inFurniture(document, WRITER_SELECTOR);
  for (const element of elements(document.querySelectorAll(WRITER_SELECTOR))) {
    if (furniture.has(element)) continue;
    const text = element.textContent?.replace(/\s+/g, ' ').trim();
    if (text === undefined || text === '' || text.split(' ').length > 8) continue;
    const name = parseByline(text) ?? parseBareName(text);
    return name === null || isKnownPlace(name) || outletByName(name) !== null ? undefined : name;
  }
  return undefined;
}
