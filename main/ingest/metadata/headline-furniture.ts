// What a page prints around a headline that is not the headline: square brackets round the whole line, a genre tag at
// its end («(تقرير)», «- فيديو») and a columnist's «فلان يكتب:» before it. The outlet's name before or after it is
// told apart in detect-title.ts, which knows the outlet and the page; a site's name before the headline of its title
// tag is told by the page printing the headline alone (isSiteNamePrefix).
import { lineKey } from '../lines/line-key.ts';
import { textMemo } from '../../text/arabic/text-memo.ts';
import { openingWriter } from './byline.ts';
import { isKnownPlace } from './known-places.ts';

// The whole headline in square brackets, as some news sites print it: «[ مزارعو البن … (تقرير) ]».
const BRACKETED = /^\[\s*([^[\]]{4,})\s*\]$/u;
// What kind of piece the headline heads, in brackets or after a dash at its end: «… (تقرير)», «… (صور)», «… - فيديو».
const GENRE = '(?:تقرير|تقرير خاص|تحليل|حوار|صور|بالصور|فيديو|بالفيديو|فيديوجراف|إنفوجراف|انفوجراف|video|photos)';
const GENRE_IN_BRACKETS = new RegExp(`\\s*[(（]\\s*${GENRE}\\s*[)）]\\s*$`, 'iu');
const GENRE_AFTER_DASH = new RegExp(`\\s+[-–—|]\\s*${GENRE}\\s*$`, 'iu');
// «فلان الفلاني يكتب: العنوان»: the cue and what follows it (the name itself is checked by openingWriter).
const WRITER_PREFIX = /^.{3,40}?\s+(?:يكتب|تكتب|writes)\s*(?:[:：\-–—|]|\.{2,}|…)\s*/u;

// The whole headline in typographic or straight double quotes («“حين …”»), or in a chat's bold asterisks
// («*بيان بشأن …*»): the page's decoration, not the headline's words. Guillemets are kept: a headline that is a quote
// («لن نتراجع») is printed in them.
const QUOTED = /^(?:“\s*([^“”"]{4,}?)\s*”|"\s*([^“”"]{4,}?)\s*"|\*+\s*([^*]{4,}?)\s*\*+)$/u;

/** The headline without a frame round it (brackets, quotes, bold asterisks) and without a genre tag at its end; unchanged when it has none. */
export function withoutHeadlineFrame(title: string): string {
  const trimmed = title.trim();
  const quoted = QUOTED.exec(trimmed);
  const unquoted = quoted === null ? trimmed : (quoted[1] ?? quoted[2] ?? quoted[3] ?? trimmed);
  const inner = BRACKETED.exec(unquoted)?.[1] ?? unquoted;
  const untagged = inner.replace(GENRE_IN_BRACKETS, '').replace(GENRE_AFTER_DASH, '').trim();
  // A headline that is nothing but its tag («(فيديو)») keeps it: there is no other headline to give.
  return untagged.split(/\s+/u).length >= 2 ? untagged : inner.trim();
}

/**
 * A columnist's headline split into its writer and its title: «أحمد الفلاني يكتب: عيب كده» gives the writer and
 * «عيب كده». Null when the headline opens with no writer's name and cue, or nothing headline-sized follows it.
 */
export function splitWriterPrefix(title: string): { title: string; writer: string } | null {
  const writer = openingWriter(title);
  const m = writer === null ? null : WRITER_PREFIX.exec(title.trim());
  const rest = m === null ? '' : title.trim().slice(m[0].length).trim();
  return writer !== null && rest.split(/\s+/u).length >= 2 ? { title: rest, writer } : null;
}

/**
 * Whether a short prefix before a headline («بلقيس | …», «جبال الأطلس: …» in a page's title tag) is the site's name:
 * the page prints the rest alone as a line of its own, so the prefix is not the headline's. A place is kept («غزة: …»
 * reads as the headline's dateline-like opening), as is a prefix of more than three words.
 */
export function isSiteNamePrefix(prefix: string, rest: string, text: string): boolean {
  const name = prefix.trim();
  if (text === '' || name.split(/\s+/u).length > 3 || isKnownPlace(name)) return false;
  const key = lineKey(rest);
  return key.length > 0 && lineKeysOf(text).has(key);
}

// Every head line the learned title chooser tests asks the same page: its lines' keys are gathered once per page text.
const LINE_KEYS = textMemo<ReadonlySet<string>>(2_000_000);

/** The keys of a text's lines (see lineKey). */
function lineKeysOf(text: string): ReadonlySet<string> {
  return LINE_KEYS.get(text, () => new Set(text.split(/\n/u).map(lineKey)));
}

/** The site's name a declared title opens with («نبض الواحات: headline», see isSiteNamePrefix), or null. */
export function titleSiteName(title: string, text: string): string | null {
  const m = /^([^-–—|:]{2,40}?)\s*[|:\-–—]\s+(.{10,})$/u.exec(title.trim());
  return m !== null && isSiteNamePrefix(m[1] ?? '', m[2] ?? '', text) ? (m[1] ?? '').trim() : null;
}
