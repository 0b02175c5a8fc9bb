import { findDates, type DateMention } from '../../text/dates/index.ts';
import { maskOutletNames } from './mask-outlets.ts';
import { normalise } from '../../text/arabic/index.ts';
import type { RawDocument } from '../../model/raw-document.ts';
import type { PartialDate } from '../../model/article.ts';
import { lineDates } from './dateline.ts';
import { UNKNOWN, type Detected } from './detected.ts';
import { readStamp } from './publication-stamps.ts';
import { urlDate } from './url-date.ts';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;
const DATED_KINDS = new Set<DateMention['kind']>(['date', 'month', 'hijri']);

function fromMention(m: DateMention | undefined): { value: PartialDate; basis: 'explicit' | 'inferred' } | null {
  if (m === undefined || !/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/u.test(m.value)) return null;
  return { value: m.value, basis: m.yearBasis === 'explicit' ? 'explicit' : 'inferred' };
}

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
    return /(?:^|[^\p{L}])[وف]?اليوم[\s,،:\-–(]*(?:(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)[\s,،:\-–(]*)?$/u.test(before);
  });
}

/** One line of the page as the cleaner classified it (reason null: kept in the story). */
export interface PageLine {
  index: number;
  text: string;
  reason: string | null;
}

const URL = /(?:https?:\/\/|www\.)[^\s"'<>]+/iu;

/**
 * The date a dateline gives at the start of the lede: «نواكشوط, 04/08/2020 - وجه الرئيس…», «أبوظبي في 12 يناير 2025 /
 * وام /»: a place of up to three words, then the date at once.
 */
function ledeDate(lede: string | undefined, now?: string): { value: PartialDate; basis: 'explicit' | 'inferred' } | null {
  if (lede === undefined) return null;
  const head = lede.slice(0, 80);
  const m = lineDates(head, now).find((d) => DATED_KINDS.has(d.kind) && d.start <= 30);
  if (m === undefined) return null;
  const place = head.slice(0, m.start).replace(/[\s,،]*(?:في)?\s*$/u, '').trim();
  if (place.length === 0 || place.split(/\s+/u).length > 3 || /[.؛!؟?:]/u.test(place)) return null;
  return fromMention(m);
}

/** Whether a partial date falls after the import date (compared at the precision it has). */
function afterImport(value: string, now: string | undefined): boolean {
  return now !== undefined && value > now.slice(0, value.length);
}

/**
 * When the article was published, by the strongest evidence the page gives (basis explicit when it prints the year):
 * declared metadata; a stamp labelled as the publication («نُشر في», «تاريخ النشر»), which wins over an update
 * («آخر تحديث»); the page's unlabelled date stamp in the head — the one under the headline before one above it, since
 * above the headline pages print their own clock and ticker; a byline that carries the date; an update stamp; then,
 * as inferences, a relative stamp («منذ 3 ساعات», «أمس») against the import date `now`, a self-dated phrase in the
 * story, a date in the page's URL, a stamp below the story. Never a date after the import date, declared or read.
 */
export function detectPublished(raw: RawDocument, lines: readonly PageLine[], titleLine: number | null, body: string, now?: string): Detected<PartialDate> {
  const declared = raw.declared.published?.trim();
  if (declared) {
    const iso = ISO.exec(declared)?.[0] ?? fromMention(lineDates(declared, now).find((m) => DATED_KINDS.has(m.kind)))?.value ?? null;
    // A declared date after the import is a page's error (a scheduled or mistyped stamp): the text is read instead.
    if (iso !== null && !afterImport(iso, now)) return { value: iso, basis: 'explicit' };
  }
  const kept = lines.filter((l) => l.reason === null);
  // The story starts at its first paragraph-sized kept line after the headline (a sub-headline may come before it).
  const storyStart = kept.find((l) => (titleLine === null || l.index > titleLine) && l.text.split(/\s+/u).length >= 12)?.index ?? Infinity;
  const storyEnd = kept.at(-1)?.index ?? -1;
  const stamps = lines.flatMap((line) => {
    // The cleaner takes the page's stamps out of the story (as datelines, bylines, fragments): kept lines are prose.
    if (line.reason === null) return [];
    const stamp = readStamp(line.text, now);
    return stamp === null || afterImport(stamp.value, now) ? [] : [{ ...stamp, at: line.index }];
  });
  const head = stamps.filter((s) => s.at < storyStart);
  const absolute = (s: (typeof stamps)[number]): boolean => !s.relative;
  const url = raw.declared.url ?? lines.map((l) => URL.exec(l.text)?.[0]).find((u) => u !== undefined);
  const fromUrl = url === undefined ? null : urlDate(url);
  const urlDay = fromUrl !== null && fromUrl.length === 10 && !afterImport(fromUrl, now) ? fromUrl : null;
  const labelled = head.find((s) => absolute(s) && s.label === 'published');
  const underHeadline = head.find((s) => absolute(s) && s.label === null && titleLine !== null && s.at > titleLine);
  if (labelled ?? underHeadline) {
    const s = (labelled ?? underHeadline)!;
    return { value: s.value, basis: s.basis };
  }
  // A stamp above the headline may be the page's clock: the article's own address, when it is dated, says otherwise.
  const above = head.filter((s) => absolute(s) && s.label === null).at(-1);
  if (above) return urlDay !== null && urlDay !== above.value ? { value: urlDay, basis: 'inferred' } : { value: above.value, basis: above.basis };
  const lede = ledeDate(kept.find((l) => l.index >= storyStart)?.text, now);
  if (lede !== null && !afterImport(lede.value, now)) return lede;

  for (const line of lines.filter((l) => l.reason === 'byline')) {
    const read = fromMention(lineDates(line.text, now).find((m) => DATED_KINDS.has(m.kind)));
    if (read && !afterImport(read.value, now)) return read;
  }
  const later =
    stamps.find((s) => absolute(s) && s.label === 'published') ??
    head.find((s) => absolute(s) && s.label === 'updated') ??
    head.find((s) => s.relative) ??
    null;
  if (later) return { value: later.value, basis: later.basis };

  for (const paragraph of body.split(/\n+/u)) {
    if (!normalise(paragraph).includes('اليوم')) continue; // most paragraphs never say "today"
    const read = fromMention(selfDated(paragraph, now));
    if (read === null || afterImport(read.value, now)) continue;
    // «اليوم 26 من آب» states the day but not the year: the date is the page's own, its year a guess.
    return { value: read.value, basis: read.value.startsWith('--') ? 'inferred' : read.basis };
  }
  if (fromUrl !== null && !afterImport(fromUrl, now)) return { value: fromUrl, basis: 'inferred' };
  const foot = stamps.find((s) => absolute(s) && s.at > storyEnd);
  return foot ? { value: foot.value, basis: foot.basis } : UNKNOWN;
}
