import type { DeclaredMetadata } from '../../model/raw-document.ts';
import { withoutDateBeforeName } from '../metadata/title-suffix-date.ts';
import { declaredMetadata } from './declared-metadata.ts';
import { elements, inFurniture, TEXT_NODE } from './dom-shape.ts';
import type { DomDocument } from './dom-shape.ts';
import { jsonLdMetadata } from './json-ld.ts';
import { siteFurnitureNames } from './site-furniture-names.ts';

/**
 * What an HTML page declares about itself, by priority: JSON-LD (schema.org Article), Open Graph and
 * article:* properties, <meta name=author> and date meta tags, <time datetime> (or its title), <title>, <html lang>.
 * Read before scripts are removed, since JSON-LD lives in <script> elements.
 */
export function htmlMetadata(document: DomDocument): DeclaredMetadata {
  const ld = jsonLdMetadata(elements(document.querySelectorAll('script[type="application/ld+json" i]')).map((s) => s.textContent ?? ''));
  const meta = (selector: string): string | undefined => {
    for (const element of elements(document.querySelectorAll(selector))) {
      const value = element.getAttribute('content')?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const siteName = meta('meta[property="og:site_name"], meta[name="og:site_name"], meta[name="application-name"]');
  const pageTitle = clean(document.querySelector('title')?.textContent);
  const split = pageTitle === undefined ? undefined : splitTitleSuffix(pageTitle);

  const outlet = ld.outlet ?? siteName ?? split?.outlet;
  let title = ld.title ?? meta('meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]') ?? (siteName === undefined ? split?.title : pageTitle);
  if (title !== undefined && outlet !== undefined) title = stripOutletSuffix(title, outlet);
  // «Headline | زاوية» beside og:site_name «Zawya»: the suffix names the site in the other script, so the declared name
  // cannot strip it. The page's h1 printing the title's head alone says the tail is the site's name, not the headline's.
  if (title !== undefined && title === pageTitle && split?.outlet !== undefined && clean(document.querySelector('h1')?.textContent) === split.title) title = split.title;

  const metaAuthor = meta('meta[name="author" i], meta[property="article:author"], meta[name="byl"], meta[name="dc.creator" i]');
  const author = ld.author ?? (metaAuthor !== undefined && !/^https?:\/\//i.test(metaAuthor) ? metaAuthor : undefined);
  const published =
    ld.published ??
    meta('meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="publish-date"], meta[name="date"], meta[name="dc.date" i], meta[name="dcterms.created" i]') ??
    firstTimeDatetime(document) ??
    stampElementText(document) ??
    issueLineText(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  // An AMP page's link names the same article (its path carries the same date) when no canonical address is given.
  const amp = document.querySelector('link[rel="amphtml"]')?.getAttribute('href')?.trim();
  const url = ld.url ?? meta('meta[property="og:url"], meta[name="og:url"]') ?? (canonical || amp || undefined);
  const locale = meta('meta[property="og:locale"]');
  const language =
    clean(document.documentElement?.getAttribute('lang')) ??
    meta('meta[http-equiv="content-language" i]') ??
    ld.language ??
    (locale === undefined ? undefined : locale.replace('_', '-'));

  const declared = declaredMetadata({ title, outlet, author, published, url, language });
  // Every name the page gives its site outside its text, not only the one declared (a Latin og:site_name beside an
  // Arabic title suffix): the outlet's citation looks among them for an Arabic twin.
  const named = [ld.outlet, meta('meta[property="og:site_name"], meta[name="og:site_name"]'), meta('meta[name="application-name"]'), split?.outlet];
  const siteNames = [...new Set([...named.flatMap((n) => (n === undefined ? [] : [n])), ...siteFurnitureNames(document)])];
  if (siteNames.length > 0) declared.siteNames = siteNames;
  return declared;
}

function clean(value: string | null | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v === undefined || v === '' ? undefined : v;
}

function firstTimeDatetime(document: DomDocument): string | undefined {
  for (const time of elements(document.querySelectorAll('time[datetime]'))) {
    const value = time.getAttribute('datetime')?.trim();
    if (value) return value;
  }
  // «<time title="السبت 10 كانون الثاني 2026 - 14:20">منذ 5 أيام</time>»: a theme that shows the age of the article
  // keeps its date for the hover text. A short title with a figure; the import reads the date out of it, or none.
  // Not one in the header, menus, footer or sidebars: a ticker's or a teaser's «منذ شهر» titles another article's date.
  const furniture = inFurniture(document, 'time[title]');
  for (const time of elements(document.querySelectorAll('time[title]'))) {
    if (furniture.has(time)) continue;
    const value = clean(time.getAttribute('title'));
    if (value !== undefined && /\p{N}/u.test(value) && value.split(' ').length <= 12) return value;
  }
  return undefined;
}

// The elements CMS themes print an article's date in: Drupal's «submitted», WordPress's «entry-date» and «posted-on»,
// Blogger's «date-header», and the generic names. Matched as whole class names («date-now» is a page clock).
const STAMP_CLASSES = ['submitted', 'date', 'post-date', 'entry-date', 'posted-on', 'article-date', 'news-date', 'date-header'];
const STAMP_SELECTOR = STAMP_CLASSES.map((c) => `[class~="${c}"]`).join(', ');
// A theme's meta list under the headline («<ul class="meta"><li>يناير 11, 2026</li><li>Posted by: …</li>…»): its
// items are the date, the poster, the category and the comments' count, the date the one that prints a year.
const META_LIST_SELECTOR = ['meta', 'post-meta', 'entry-meta', 'article-meta', 'post-info', 'entry-info'].map((c) => `[class~="${c}"] > *`).join(', ');
const HAS_YEAR = /(?<!\p{N})(?:\p{N}{4}|\p{N}{1,2}[-/.]\p{N}{1,2}[-/.]\p{N}{2})(?!\p{N})/u;

/**
 * The text of the theme's date element, when nothing declares the date: Readability keeps the article's body and drops
 * the line the theme prints the date on («ثلاثاء, 01/13/2026 - 18:40»). A short text with a digit, outside the page's
 * header, menus, footer and sidebars (where site clocks stand); else the item of a theme's meta list that prints a
 * year. The import reads the date out of it.
 */
function stampElementText(document: DomDocument): string | undefined {
  const furniture = inFurniture(document, STAMP_SELECTOR);
  for (const element of elements(document.querySelectorAll(STAMP_SELECTOR))) {
    if (furniture.has(element)) continue;
    const text = clean(element.textContent);
    if (text !== undefined && /\p{N}/u.test(text) && text.split(' ').length <= 12) return text;
  }
  for (const element of elements(document.querySelectorAll(META_LIST_SELECTOR))) {
    if (furniture.has(element)) continue;
    const text = clean(element.textContent);
    if (text !== undefined && HAS_YEAR.test(text) && text.split(' ').length <= 12) return text;
  }
  return undefined;
}

// «العدد ٤١٢٧ - الأحد … ١١ يناير ٢٠٢٦ م», «Issue No. 512 …»: a paper's print issue line, its number then its day.
const ISSUE_LINE = /(?:^|[^\p{L}])(?:العدد|عدد|issue(?:\s+no\.?)?)\s*[:(]?\s*\p{N}/iu;

/**
 * The print issue line a paper's page prints in its top bar, when nothing else dates the page: Readability drops the
 * bar with the header, yet the text of the same page keeps it above the headline, where the import reads it as the
 * page's stamp (a month without a day is then no date). Only an element holding text alone, of at most sixteen words.
 */
function issueLineText(document: DomDocument): string | undefined {
  // One pass over the page's text rules out the pages that print no issue number (most of them).
  if (!/العدد|issue/iu.test(document.body?.textContent ?? '')) return undefined;
  // A paper that prints its current issue in the top bar prints the article's own issue under the headline too
  // («العدد 13512 الأربعاء …» above, «العدد 13510 الاثنين …» under the h1): the line after the headline is the
  // article's, the first one the page's only when no line follows the headline.
  let first: string | undefined;
  let pastHeadline = false;
  for (const element of elements(document.querySelectorAll('h1, div, p, span, li, td'))) {
    if (element.tagName.toLowerCase() === 'h1') {
      pastHeadline = true;
      continue;
    }
    if (!Array.from(element.childNodes).every((n) => n.nodeType === TEXT_NODE)) continue;
    const text = clean(element.textContent);
    if (text === undefined || !ISSUE_LINE.test(text) || text.split(' ').length > 16) continue;
    if (pastHeadline) return text;
    first ??= text;
  }
  return first;
}

// The nouns an institution's or a network's name opens with (a research centre, a university, a foundation).
const INSTITUTION_NOUN = /^(?:مركز|معهد|مؤسسة|جامعة|شبكة|هيئة|الهيئة|المركز|المعهد|مجلة|وكالة|صحيفة|جريدة)\s/u;
// " - Outlet", " | Outlet", " – Outlet", " — Outlet", " :: Outlet": the way pages append the site name. A hyphen
// between two Latin letters is the name's own («An-Nasr», «Al-Ahram»: the article a Latin spelling joins), not a separator.
const SUFFIX = /^(.*\S)\s+(?:[|\-–—]|::|\/\/)\s+((?:[^|\-–—]|(?<=\p{Script=Latin})-(?=\p{Script=Latin}))+)$/u;

/**
 * Splits "Headline - Outlet" into its parts when the tail is short enough to be a name (at most five words)
 * and shorter than the headline; otherwise the whole string is the title.
 */
export function splitTitleSuffix(pageTitle: string): { title: string; outlet?: string } {
  const match = SUFFIX.exec(pageTitle);
  const head = match?.[1]?.trim();
  // «… - 11.01.2026, سبوتنيك عربي»: the date before the site's name is no part of the name.
  const tail = withoutDateBeforeName(match?.[2]?.trim() ?? '');
  if (!head || !tail) return { title: pageTitle };
  // «… – مركز شاف لتحليل الأزمات والدراسات المستقبلية»: an institution's name runs longer than a site's.
  const words = tail.split(/\s+/).length;
  if ((words > 5 && !(words <= 8 && INSTITUTION_NOUN.test(tail))) || tail.length >= head.length) return { title: pageTitle };
  return { title: head, outlet: tail };
}

function stripOutletSuffix(title: string, outlet: string): string {
  const match = SUFFIX.exec(title);
  return match?.[1] !== undefined && withoutDateBeforeName(match[2]?.trim() ?? '') === outlet.trim() ? match[1].trim() : title;
}
