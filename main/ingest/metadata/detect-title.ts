import type { RawDocument } from '../../model/raw-document.ts';
import { lineKey } from '../lines/line-key.ts';
import { textMemo } from '../../text/arabic/text-memo.ts';
import { outletByName } from './known-outlets.ts';
import { UNKNOWN, type Detected } from './detected.ts';
import { inferTitle } from './infer-title.ts';
import { splitHeadlineByline } from './byline.ts';
import { withoutSeoTail } from './seo-tail.ts';
import { withoutDateBeforeName } from './title-suffix-date.ts';
import { isSiteNamePrefix, splitWriterPrefix, withoutHeadlineFrame } from './headline-furniture.ts';

// Ticker, media and type tags pages put before a headline: «عاجل |», «بالفيديو |», «شاهد:», «خبر |», «تغطية مستمرة |».
// «خاص-» and «حصري» stay: the outlet prints them as part of its headline.
const TAG = /^(?:عاجل|عاجل جدا|بالفيديو|فيديو|بالصور|شاهد|مباشر|خبر|تقرير|تحليل|حوار|مقال|رأي|مقال رأي|تغطية مستمرة|تغطية مباشرة|تغطية خاصة|بث مباشر|breaking|video|watch|live)$/iu;
// A list's bullet the page printed before the headline («• بلدية …»), or a channel's coloured dot («🔴 عاجل | …»).
const BULLET = /^\s*(?:[•·▪◦●■►▶◆✓✔]|\p{Extended_Pictographic}\uFE0F?)\s*/u;

/** A line without the list bullet a page printed before it. */
export function withoutBullet(line: string): string {
  return line.replace(BULLET, '');
}

/**
 * The title without a « - Outlet» or « | Outlet» suffix when the suffix is a known outlet or the article's own, and
 * without an «Outlet |» or ticker tag prefix («عاجل |», «بالفيديو:»).
 */
function withoutOutletSuffix(title: string, outlet: string | null, pageText = '', printedText = pageText): string {
  // Both patterns need a separator: a title without one (most lines the learned chooser tests) is as it stands.
  if (!SEPARATOR.test(title)) return title;
  const pre = /^([^-–—|:]{2,40}?)\s*[|:\-–—]\s+(.{10,})$/u.exec(title.replace(BULLET, '').trim());
  const unprefixed = pre && (TAG.test((pre[1] ?? '').trim()) || isOutletName(pre[1] ?? '', outlet, pageText) || isSiteNamePrefix(pre[1] ?? '', pre[2] ?? '', printedText)) ? (pre[2] ?? title).trim() : title;
  const m = /^(.{4,}?)\s+[-–—|:]\s+([^-–—|]{2,60})$/u.exec(unprefixed);
  // «… - 12.01.2026, سبوتنيك عربي»: some title tags print the article's date before the outlet's name in the suffix.
  return m && isOutletName(withoutDateBeforeName(m[2] ?? ''), outlet, pageText) ? (m[1] ?? unprefixed).trim() : unprefixed;
}

const SEPARATOR = /[|:\-–—]/u;

/** Whether `name` is a listed outlet, the article's own, or a short name the page prints on a line of its own. */
function isOutletName(name: string, outlet: string | null, pageText: string): boolean {
  return outletByName(name) !== null || (outlet !== null && lineKey(name) === lineKey(outlet)) || pageNames(pageText).has(lineKey(name));
}

/**
 * The article's title: the declared one with a « - Outlet» or « | Outlet» suffix taken off when the suffix
 * is a known outlet or the article's own (explicit); else the headline the cleaner found, without a byline after a
 * dash (inferred); else,
 * when the story starts at once, one inferred from its opening (see inferTitle).
 */
export function detectTitle(raw: RawDocument, headline: string | null, outlet: string | null, opening: string | null = null): Detected<string> {
  const declared = raw.declared.title?.trim();
  if (declared) return { value: withoutOutletSuffix(withoutFurniture(declared), outlet, '', raw.text), basis: 'explicit' };
  // A masthead taken for the headline names the outlet, not the story: no title rather than the outlet's name.
  if (headline !== null && outlet !== null && lineKey(headline) === lineKey(outlet)) return UNKNOWN;
  // «… – بقلم : فلان»: the writer's byline printed after the headline is not part of it.
  if (headline !== null) {
    const bare = withoutFurniture(headline);
    return { value: withoutSeoTail(withoutOutletSuffix(splitHeadlineByline(bare)?.title ?? bare, outlet, raw.text), raw.text), basis: 'inferred' };
  }
  const inferred = opening === null ? null : inferTitle(opening.replace(BULLET, ''));
  return inferred === null ? UNKNOWN : { value: inferred, basis: 'inferred' };
}

/**
 * The short names a page prints on lines of their own, a dash or bar after them or none («المغرب الرياضي  -»): a site's
 * name, which the page also sets before its headline («المغرب الرياضي - ارتفاع أسعار …») when the outlet list lacks it.
 */
function pageNames(text: string): ReadonlySet<string> {
  return PAGE_NAMES.get(text, () => namesOnLines(text));
}

// The learned title chooser tests a page's every head line as a headline, each against the same page: its names are
// gathered once per page text.
const PAGE_NAMES = textMemo<ReadonlySet<string>>(2_000_000);

function namesOnLines(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split(/\n/u)) {
    if (line.length > 48) continue; // a name of forty characters at most, a dash and spaces after it
    const m = /^\s*([^\d\n|:\-–—]{2,40}?)\s*[-–—|]?\s*$/u.exec(line);
    if (m !== null && (m[1] ?? '').trim().split(/\s+/u).length <= 3) names.add(lineKey(m[1] ?? ''));
  }
  return names;
}

/** The headline without its frame (brackets, a genre tag) and without a columnist's «فلان يكتب:» before it. */
function withoutFurniture(title: string): string {
  const framed = withoutHeadlineFrame(title);
  return splitWriterPrefix(framed)?.title ?? framed;
}

