import { elements } from './dom-shape.ts';
import type { DomDocument, DomElement } from './dom-shape.ts';

// A logo is named so by its own address, class or id, or by its container's («<a class="logo"><img …>»).
const LOGO_WORDS = ['logo', 'brand', 'masthead'];
const LOGO_IMAGES = LOGO_WORDS.flatMap((w) => [`img[src*="${w}" i]`, `img[class*="${w}" i]`, `img[id*="${w}" i]`, `[class*="${w}" i] > img`, `[id*="${w}" i] > img`]).join(', ');
// A header's image linked to the site's home page («/», «/ar», the site's root address) is its masthead whatever it is called.
const HOME_LINK = /^(?:\/(?:[a-z]{2}\/?)?|https?:\/\/[^/]+\/?(?:[a-z]{2}\/?)?)$/iu;
/** A site's name runs to a few words; a longer alt text describes a picture. */
const MAX_WORDS = 6;

/**
 * The names a page's furniture gives its site where no reader sees them: a logo's or masthead image's alt and title
 * text (the HTML reader keeps text nodes only, and Readability drops the header). For the outlet's citation alone
 * (cited-outlet.ts: the Arabic twin of a Latin site name); never part of the article's text, so the body, title and
 * byline readers see what they saw before.
 */
export function siteFurnitureNames(document: DomDocument): string[] {
  const images = elements(document.querySelectorAll(LOGO_IMAGES));
  for (const link of elements(document.querySelectorAll('header a[href]'))) {
    if (HOME_LINK.test(link.getAttribute('href')?.trim() ?? '')) images.push(...elements(link.querySelectorAll('img')));
  }
  const names: string[] = [];
  for (const image of images) {
    for (const attribute of ['alt', 'title']) {
      const name = nameOf(image, attribute);
      if (name !== null && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

function nameOf(image: DomElement, attribute: string): string | null {
  const name = image.getAttribute(attribute)?.replace(/\s+/gu, ' ').trim();
  return name && name.split(' ').length <= MAX_WORDS ? name : null;
}
