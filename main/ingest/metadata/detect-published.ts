import { findDates, namesDay, WEEKDAY_PATTERN, type DateMention } from '../../text/dates/index.ts';
import { maskOutletNames } from './mask-outlets.ts';
import { isStopword, normalise, spaceSplitCount } from '../../text/arabic/index.ts';
import type { RawDocument } from '../../model/raw-document.ts';
import type { PartialDate } from '../../model/article.ts';
import { lineDates } from './dateline.ts';
import { UNKNOWN, type Detected } from './detected.ts';
import { readStamp } from './publication-stamps.ts';
import { afterProfileLabel, dayBadgeJoined } from './stamp-neighbours.ts';
import { gluedLedeStamp } from './glued-stamp.ts';
import { urlDate } from './url-date.ts';
import { citationDate } from './citation-date.ts';
import { wireDayMonth } from './wire-day-month.ts';
import { ledeDateCredit } from './stamp-credit.ts';
import { isKnownPlace } from './known-places.ts';
import { lineKey } from '../lines/line-key.ts';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;
// A year, a month and a day of eight figures run together, then the time («T1410») or nothing: the basic form.
const BASIC_ISO = /^(\d{4})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=T\d|\s|$)/u;
const DATED_KINDS = new Set<DateMention['kind']>(['date', 'month', 'hijri']);

function fromMention(m: DateMention | undefined): { value: PartialDate; basis: 'explicit' | 'inferred' } | null {
  if (m === undefined || !/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/u.test(m.value)) return null;
  return { value: m.value, basis: m.yearBasis === 'explicit' ? 'explicit' : 'inferred' };
}

/**
 * Whether `text`'s matching key holds «اليوم». Asked through the line's key (see lineKey), which the cleaner took for
 * every line it kept, so the answer costs a lookup instead of normalising each paragraph again: the key is the
 * normalised text with its whitespace folded, which cannot make or break a word without a space in it.
 */
function saysToday(text: string): boolean {
  return lineKey(text).includes('اليوم');
}

const TODAY_THEN_WEEKDAY = new RegExp(`(?:^|[^\\p{L}])[وف]?اليوم[\\s,،:\\-–(]*(?:${WEEKDAY_PATTERN}[\\s,،:\\-–(]*)?$`, 'u');

/**
 * A date the text gives for itself: «اليوم، الاثنين 17 من شباط», «اليوم 26 من آب» — "today" followed at once
 * by a day and month. The date tagger infers the year from a weekday; without one the year stays unknown.
 */
export function selfDated(text: string, now?: string): DateMention | undefined {
  const masked = maskOutletNames(text);
  const mentions = findDates(masked, now === undefined ? {} : { now }).filter((m) => DATED_KINDS.has(m.kind) && m.value.length >= 7);
  return mentions.find((m) => {
    if (/^اليوم(?![\p{L}])/u.test(normalise(m.text))) return true;
    const before = normalise(masked.slice(Math.max(0, m.start - 24), m.start));
    // «اليوم الاثنين (8 كانون الأول 2025)»: Iraqi and Gulf outlets bracket the date after the weekday.
    return TODAY_THEN_WEEKDAY.test(before);
  });
}

// «أفاد مصدر…، الثلاثاء (13 كانون الثاني 2026)، بأن…»: Iraqi and Gulf agencies date the report in its first sentence
// by the weekday and the full date in brackets after it — the day the story was filed.
const BRACKETED_AFTER_WEEKDAY = new RegExp(`(?:^|[^\\p{L}])${WEEKDAY_PATTERN}[\\s,،]*[(]\\s*$`, 'u');

/** The date a lede's first sentence gives its report as «weekday (D Month YYYY)», with the year printed. */
export function ledeWeekdayDate(lede: string | undefined, now?: string): DateMention | undefined {
  if (lede === undefined || !lede.includes('(')) return undefined;
  const first = lede.slice(0, 200).split(/[.!؟?]/u)[0] ?? '';
  return findDates(first, now === undefined ? {} : { now }).find(
    (m) => m.kind === 'date' && m.yearBasis === 'explicit' && BRACKETED_AFTER_WEEKDAY.test(normalise(first.slice(Math.max(0, m.start - 20), m.start))) && /^\s*[)]/u.test(first.slice(m.end)),
  );
}

/**
 * The day a headline says its edition is of: «افتتاحية جريدة "X" ليوم 13 جانفي 2026», «عدد يوم الأحد 11 يناير 2026»,
 * «نشرة بتاريخ 2026/01/11», «موجز أخبار الثلاثاء 24 رجب 1447هـ» — a full date right after «ليوم», «بتاريخ» or «عدد»
 * (a weekday may stand between) or after «أخبار» and a weekday, its year printed or told by the weekday.
 */
export function headlineEditionDate(headline: string | undefined, now?: string): DateMention | undefined {
  if (headline === undefined || !/\p{N}/u.test(headline)) return undefined;
  return lineDates(headline, now).find((m) => {
    // The year printed, or told by the weekday («ليوم الاثنين 12 كانون الثاني»); a Hijri day is read as its Gregorian one.
    if ((m.kind !== 'date' && m.kind !== 'hijri') || m.value.length !== 10) return false;
    const before = normalise(headline.slice(Math.max(0, m.start - 30), m.start));
    // «ليوم الثلاثاء 13 …»: the tagger takes «يوم» and the weekday into the date, the «ل» staying before it.
    return EDITION_CUE.test(before) || (/(?:^|[^\p{L}])ل$/u.test(before) && normalise(m.text).startsWith('يوم'));
  });
}

// «ليوم 13 …», «ليوم الثلاثاء 13-1-2026» (a dashed date the tagger does not join to the weekday), «بتاريخ …», «عدد …»,
// and a digest's «موجز أخبار الثلاثاء 24 رجب 1447هـ – 13 يناير 2026م»: the news of a weekday, then its date.
const EDITION_CUE = new RegExp(`(?:^|[^\\p{L}])(?:(?:ليوم|بتاريخ|عدد)(?:\\s+${WEEKDAY_PATTERN})?|اخبار\\s+${WEEKDAY_PATTERN})\\s*$`, 'u');

// Over the matching key (harakat gone: «نُشر» is «نشر»).
const EMPTY_PUBLISHED_LABEL = /^\s*(?:نشر|نشر في|نشر بتاريخ|تم النشر|تم النشر في|تاريخ النشر)\s*[:：]?\s*$/u;

/** One line of the page as the cleaner classified it (reason null: kept in the story). */
export interface PageLine {
  index: number;
  text: string;
  reason: string | null;
}

// An address as pages print it: with its scheme, from «www.», or a bare host with a path («touwensa.com/index.php/…»).
// An address copied with its path unencoded, Arabic words and their spaces in it («https://x.com/newspapers/الصومال
// الجديد/2026-01-06/so»): on a line it opens, up to four words that the next slash continues are still its path. A
// path's spaced words are a name's: a figure or a colon among them is the prose after the address («https://t.co/x قال
// الوزير في 12/…», «… انظر https://…»), whose dates are the story's.
const SPACED_URL = /^\s*https?:\/\/[^\s"'<>]+(?:\s[^\s"'<>/:\p{N}]+){1,4}(?:\/[^\s"'<>]*)+/iu;
const URL = /(?:https?:\/\/|www\.|(?<![\p{L}\p{N}@./-])(?:[a-z0-9-]+\.)+[a-z]{2,}\/)[^\s"'<>]+/iu;

// A place, then a newsroom's credit of up to three words in brackets and a dash: what stands before a dateline's date.
const CREDIT_THEN_DASH = /^([^()（）]{2,30}?)\s*[(（]\s*[^()（）\s]+(?:\s+[^()（）\s]+){0,2}\s*[)）]\s*[-–—]\s*$/u;

/**
 * The date a dateline gives at the start of the lede: «نواكشوط, 04/08/2020 - وجه الرئيس…», «أبوظبي في 12 يناير 2025 /
 * وام /»: a place of up to three words, then the date at once, or the date closing the dateline's brackets after the
 * newsroom's name («أبوظبي (وام 07 يناير 2026) -»).
 */
function ledeDate(lede: string | undefined, now?: string): { value: PartialDate; basis: 'explicit' | 'inferred' } | null {
  if (lede === undefined) return null;
  // «الشهيد الحافظ ، 12 يناير 2026 (واص) -»: a date the newsroom's credit closes is a dateline's, whatever place
  // (if any) opens it — one the gazetteer lacks, or glued to a teaser by the scrape.
  const credited = ledeDateCredit(lede.slice(0, 140), now);
  if (credited !== null) return fromMention(credited.mention);
  const head = lede.slice(0, 80);
  // A day at least: «بغداد، كانون الثاني 2026 ـ» dates a press release by its month, not the day it went out.
  const m = lineDates(head, now).find((d) => DATED_KINDS.has(d.kind) && d.start <= 30 && namesDay(d.value));
  if (m === undefined) {
    const wire = wireDayMonth(head);
    return wire === null ? null : { value: wire, basis: 'inferred' };
  }
  // «أبوظبي (پاکستان پوائنٹ نیوز 02 نوفمبر 2021ء) أطلق…»: the newsroom and the date inside the dateline's brackets,
  // the date closing them (an era letter «ء» or «م» may follow the year).
  const bracketed = /^(.*?)\s*[(（][^()（）]{0,40}$/u.exec(head.slice(0, m.start));
  const closes = /^\s*\p{L}?\s*[)）]/u.test(head.slice(m.end));
  // «نواكشوط (أنباء إنفو) - الاثنين 12 يناير 2026:»: the newsroom's credit in brackets between the place and the date,
  // closed by a dash — a dateline's shape, whatever place opens it.
  const creditBracket = bracketed !== null && closes ? null : CREDIT_THEN_DASH.exec(head.slice(0, m.start));
  const place = (bracketed !== null && closes ? (bracketed[1] ?? '') : (creditBracket?.[1] ?? head.slice(0, m.start))).replace(/[\s,،]*(?:في)?\s*$/u, '').trim();
  if (place.length === 0 || place.split(/\s+/u).length > 3 || /[.؛!؟?:]/u.test(place)) return null;
  // The words before the date name a place the gazetteer knows («القاهرة في», «دير الزور،»): «وقال الوزير اليوم 5
  // حزيران» is a sentence that dates its own story (see selfDated), not a dateline.
  const words = place.replace(/[\s,،\-–—]+$/u, '').split(/\s+/u);
  // «كوستي 9 يناير 2026 – استأنفت…»: a wire dateline's shape — a full date with its year closed by a dash — says
  // the one or two words before it are a place, even one the gazetteer lacks; prose does not set a date off so.
  // So does a newsroom's credit in brackets closing the date, with or without its year: «سول، 12 يناير (وكالة) --».
  const closedBy = /^\s*[-–—]\s/u.test(head.slice(m.end)) ? m.yearBasis === 'explicit' : /^\s*[(（][^()（）]{2,30}[)）]\s*[-–—]/u.test(head.slice(m.end));
  const wireShaped = (closedBy || creditBracket !== null) && words.length <= 2 && !words.some((w) => isStopword(normalise(w)));
  if (!wireShaped && ![1, 2, 3].some((n) => n <= words.length && isKnownPlace(words.slice(-n).join(' ')))) return null;
  return fromMention(m);
}

/**
 * A page's own stamp or wire dateline without a year («القاهرة في 12 ديسمبر /أ ش أ/», «07/31 23:11») dates the article
 * on the day it was printed, before it was imported: the latest such day on or before the import date (basis
 * inferred). Without an import date, or for a date that has its year, the value is unchanged.
 */
export function withImportYear(found: { value: PartialDate; basis: 'explicit' | 'inferred' }, now: string | undefined): { value: PartialDate; basis: 'explicit' | 'inferred' } {
  const m = /^--(\d{2})-(\d{2})$/u.exec(found.value);
  const today = now === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/u.exec(now);
  if (m === null || today === null) return found;
  let year = Number(today[1]) - (`${m[1]}-${m[2]}` > `${today[2]}-${today[3]}` ? 1 : 0);
  // «29 فبراير» exists only in leap years: the latest one before the import.
  const exists = (y: number): boolean => new Date(Date.UTC(y, Number(m[1]) - 1, Number(m[2]))).getUTCDate() === Number(m[2]);
  for (let back = 0; back < 8 && !exists(year); back++) year--;
  if (!exists(year)) return found;
  return { value: `${String(year).padStart(4, '0')}-${m[1]}-${m[2]}`, basis: 'inferred' };
}

// A paragraph ends a sentence: a headline, a standfirst or a bulleted point seldom does.
const SENTENCE_END = /[.!?؟…»"”)]\s*$/u;

/**
 * Where the story starts: its first paragraph after the headline — a kept line of twelve words or more that ends a
 * sentence or runs past twenty-five words. A standfirst or a repeated headline of twelve words is not the story yet,
 * so the stamp printed under it still counts as the head's. When no line reads so, the first kept line of twelve words.
 */
function storyStartOf(kept: readonly PageLine[], titleLine: number | null): number {
  const after = kept.filter((l) => titleLine === null || l.index > titleLine);
  // Split's count of pieces, read up to the 26th: the tests below ask no more.
  const words = (l: PageLine): number => spaceSplitCount(l.text, 26);
  return (after.find((l) => words(l) >= 12 && (SENTENCE_END.test(l.text) || words(l) > 25)) ?? after.find((l) => words(l) >= 12))?.index ?? Infinity;
}

/** Whether a partial date falls after the import date (compared at the precision it has). */
function afterImport(value: string, now: string | undefined): boolean {
  return now !== undefined && value > now.slice(0, value.length);
}

/** Whether the nearest filled line above `at` ends with a colon: a label whose value is the line at `at`. */
function valueOfLabelAbove(lines: readonly PageLine[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const text = lines[i]!.text.trim();
    if (text !== '') return /[:：]$/u.test(text);
  }
  return false;
}

/**
 * When the article was published, by the strongest evidence the page gives (basis explicit when it prints the year):
 * declared metadata; a stamp labelled as the publication («نُشر في», «تاريخ النشر»), which wins over an update
 * («آخر تحديث»); the page's unlabelled date stamp in the head — the one under the headline before one above it, since
 * above the headline pages print their own clock and ticker; a byline that carries the date; an update stamp; then,
 * as inferences, a relative stamp («منذ 3 ساعات», «أمس») against the import date `now`, a self-dated phrase in the
 * story, a date in the page's URL, a stamp below the story. A labelled meta stamp glued to the lede counts as labelled.
 * Never a date after the import date, declared or read.
 */
export function detectPublished(raw: RawDocument, lines: readonly PageLine[], titleLine: number | null, body: string, now?: string): Detected<PartialDate> {
  const declared = raw.declared.published?.trim();
  if (declared) {
    // A declared stamp in words («العدد 4127 - رجب 1447 هـ - يناير 2026 م») dates the page when it names a day.
    // A year first is an ISO date only when its month and day are figures too: «2026 كانون الثاني 12» names its day
    // in words, which the date grammar reads.
    // «20260112T1410+0000»: ISO 8601's basic form, without hyphens, as some CMSs write article:published_time.
    const isoMatch = ISO.exec(declared.replace(BASIC_ISO, '$1-$2-$3'));
    const numeric = isoMatch?.[0];
    const worded = isoMatch?.[3] !== undefined ? undefined : fromMention(lineDates(declared, now).find((m) => DATED_KINDS.has(m.kind) && namesDay(m.value)))?.value;
    const iso = worded ?? numeric ?? null;
    // A declared date after the import is a page's error (a scheduled or mistyped stamp): the text is read instead.
    if (iso !== null && !afterImport(iso, now)) return { value: iso, basis: 'explicit' };
  }
  const kept = lines.filter((l) => l.reason === null);
  const storyStart = storyStartOf(kept, titleLine);
  const storyEnd = kept.at(-1)?.index ?? -1;
  const stamps = lines.flatMap((line, at) => {
    // The cleaner takes most of the page's stamps out of the story (as datelines, bylines, fragments); a short line it
    // kept that is nothing but a date («[13/يناير/2026]», «2026-01-08») is a stamp too: prose is longer.
    if (line.reason === null && (!/\p{N}/u.test(line.text) || spaceSplitCount(line.text.trim(), 9) > 8)) return [];
    // A day badge is the head's furniture: in the story a «12» over «يناير 2026» is a list's number or a table's cell.
    const inHead = line.index < storyStart;
    // Read as the head's stamps are: a line above the story, or a date standing alone on its line after it (a foot
    // stamp, «01/12/2026» over the outlet's signature) that is not the value of a label on the line before
    // («موعد الجلسة الجديد:» then «01/06/2026»: a date to come).
    const stampLike = inHead || (spaceSplitCount(line.text.trim(), 4) <= 3 && !valueOfLabelAbove(lines, at));
    const stamp = readStamp((inHead ? dayBadgeJoined(lines, at) : undefined) ?? line.text, now, { head: stampLike });
    // A profile's «member since» date under its label is the day the writer joined, not the article's.
    return stamp === null || afterImport(stamp.value, now) || afterProfileLabel(lines, at) ? [] : [{ ...stamp, at: line.index }];
  });
  const head = stamps.filter((s) => s.at < storyStart);
  const absolute = (s: (typeof stamps)[number]): boolean => !s.relative;
  const url = raw.declared.url ?? lines.map((l) => (SPACED_URL.exec(l.text) ?? URL.exec(l.text))?.[0]).find((u) => u !== undefined);
  const fromUrl = url === undefined ? null : urlDate(url);
  const urlDay = fromUrl !== null && fromUrl.length === 10 && !afterImport(fromUrl, now) ? fromUrl : null;
  // A labelled meta line the scrape glued to the lede («date 2025-12-29 بدأت…») is the page's own stamp too.
  const ledeLine = kept.find((l) => titleLine === null || l.index > titleLine);
  const glued = ledeLine === undefined ? null : gluedLedeStamp(ledeLine.text, now);
  const labelled = head.find((s) => absolute(s) && s.label === 'published') ?? (glued === null || afterImport(glued.value, now) ? undefined : { ...glued, at: ledeLine?.index ?? 0 });
  const underHeadline = head.find((s) => absolute(s) && s.label === null && titleLine !== null && s.at > titleLine);
  if (labelled ?? underHeadline) {
    const s = (labelled ?? underHeadline)!;
    return withImportYear({ value: s.value, basis: s.basis }, now);
  }
  // A stamp above the headline may be the page's clock: the article's own address, when it is dated, says otherwise.
  // A page that prints its publication label empty («نُشر في:» and nothing after it) has said where its own date
  // would stand: a date above the headline is then the site's clock, not the article's.
  const emptyLabel = lines.some((l) => l.index < storyStart && l.text.length <= 24 && EMPTY_PUBLISHED_LABEL.test(normalise(l.text)));
  // A masthead's clock (the Hijri day and the time beside the date) is the day of the visit, never the article's.
  const above = emptyLabel ? undefined : head.filter((s) => absolute(s) && s.label === null && s.siteClock !== true).at(-1);
  const ledeText = kept.find((l) => l.index >= storyStart)?.text;
  // Under a «أحدث الأخبار», «اقرأ أيضاً» heading the dates are other articles' (the teasers'), not this one's.
  const teasersFrom = lines.find((l) => l.index > storyEnd && l.reason === 'related-links')?.index ?? Infinity;
  if (above) {
    if (urlDay !== null && urlDay !== above.value) return { value: urlDay, basis: 'inferred' };
    // «نشر في: 1447/7/19 هـ الموافق 2026/1/8 م» under the story: the page labels the article's day there, and an
    // unlabelled date above the headline is then the masthead's clock («الأحد 22 رجب 1447 | آخر تحديث للموقع»).
    // Only a stamp that closes the story: one with the story's prose still after it is a related-article card's
    // («اقرأ أيضاً» inside the story, «نشر في: 2025/6/3»), which dates another article, not this one.
    const proseAfter = (at: number): boolean => kept.some((l) => l.index > at && spaceSplitCount(l.text.trim(), 9) > 8);
    const footLabelled = stamps.find((s) => absolute(s) && s.label === 'published' && s.at >= storyStart && s.at < teasersFrom && !proseAfter(s.at));
    if (footLabelled !== undefined) return withImportYear({ value: footLabelled.value, basis: footLabelled.basis }, now);
    // A date above the headline that is the import's own day is the site's clock when the article's relative stamp
    // («1 day ago 21:40», «منذ يومين») stands under the headline, or between the clock and the headline («الخميس 15
    // يناير 2026» / a section / «منذ 3 أيام» / the headline). Without a headline line no relative stamp is placed so.
    const ownRelative =
      now !== undefined && above.value === now.slice(0, 10) && titleLine !== null ? head.find((s) => s.relative && (s.at > titleLine || (s.at > above.at && s.at < titleLine))) : undefined;
    if (ownRelative !== undefined) return { value: ownRelative.value, basis: 'inferred' };
    // So does a lede that dates itself («… خلال فترة المزاد اليوم الأحد 11 يناير»): the clock is the day of the visit.
    const own = ledeText === undefined || !saysToday(ledeText) ? null : fromMention(selfDated(ledeText, now));
    if (own !== null && own.value.length === 10 && own.value !== above.value && !afterImport(own.value, now)) return own;
    return withImportYear({ value: above.value, basis: above.basis }, now);
  }
  const lede = ledeDate(ledeText, now);
  if (lede !== null && !afterImport(lede.value, now)) return withImportYear(lede, now);
  const reported = fromMention(ledeWeekdayDate(ledeText, now));
  if (reported !== null && !afterImport(reported.value, now)) return reported;
  const edition = fromMention(headlineEditionDate(lines.find((l) => l.index === titleLine)?.text, now));
  if (edition !== null && !afterImport(edition.value, now)) return edition;

  for (const line of lines.filter((l) => l.reason === 'byline')) {
    const read = fromMention(lineDates(line.text, now).find((m) => DATED_KINDS.has(m.kind) && namesDay(m.value)));
    if (read && !afterImport(read.value, now)) return withImportYear(read, now);
  }
  const later =
    stamps.find((s) => absolute(s) && s.label === 'published') ??
    head.find((s) => absolute(s) && s.label === 'updated') ??
    head.find((s) => s.relative) ??
    null;
  if (later) return withImportYear({ value: later.value, basis: later.basis }, now);

  for (const paragraph of body.split(/\n+/u)) {
    if (!saysToday(paragraph)) continue; // most paragraphs never say "today"
    const read = fromMention(selfDated(paragraph, now));
    if (read === null || afterImport(read.value, now)) continue;
    // «اليوم 26 من آب» states the day but not the year: the date is the page's own, its year a guess.
    return { value: read.value, basis: read.value.startsWith('--') ? 'inferred' : read.basis };
  }
  if (fromUrl !== null && !afterImport(fromUrl, now)) return { value: fromUrl, basis: 'inferred' };
  // A stamp between the story's paragraphs («… first paragraph / 2026-01-08 / second …») or below the story.
  const foot = stamps.find((s) => absolute(s) && s.at >= storyStart && s.at < teasersFrom);
  if (foot) return withImportYear({ value: foot.value, basis: foot.basis }, now);
  // A research paper dated only by the citation it suggests for itself («للاقتباس: …، بيروت، 12/1/2026.»): the
  // weakest evidence, asked after the page's own stamps and «today» paragraphs.
  const cited = fromMention(citationDate(lines.map((l) => l.text), now) ?? undefined);
  if (cited !== null && !afterImport(cited.value, now)) return cited;
  // «٢ ي» under a post's caption and hashtags: a social page prints its relative stamp below the story, and a page
  // with no other date has only it (the first: a comment's stamps come after the post's).
  const relativeFoot = stamps.find((s) => s.relative && s.at >= storyStart && s.at < teasersFrom);
  return relativeFoot ? { value: relativeFoot.value, basis: 'inferred' } : UNKNOWN;
}
