import { findDates, WEEKDAY_WORDS, type DateMention } from '../../text/dates/index.ts';
import { normalise } from '../../text/arabic/index.ts';
import { maskOutletNames } from './mask-outlets.ts';
import { englishDates } from '../../text/dates/english-date.ts';
import { europeanDates } from '../../text/dates/european-date.ts';

// What may stand beside the date on a page's date line: labels, times, weekdays, calendar words.
const LABEL_WORDS = new Set(
  [
    'نشر', 'نشرت', 'منشور', 'في', 'بتاريخ', 'تاريخ', 'النشر', 'آخر', 'اخر', 'تحديث', 'التحديث', 'محدث', 'حدث', 'بتوقيت', 'توقيت', 'مكة', 'المكرمة',
    'غرينتش', 'جرينتش', 'القدس', 'بيروت', 'دمشق', 'بغداد', 'القاهرة', 'الساعة', 'منذ', 'الموافق', 'ص', 'م', 'صباحا', 'صباحًا', 'مساء', 'مساءً',
    'ظهرا', 'على', 'عند', 'ه', 'هـ', 'ميلادي', 'هجري', 'يوم',
    'published', 'updated', 'last', 'on', 'at', 'am', 'pm', 'gmt', 'utc', 'posted', 'date', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday',
    // The weekdays with their article or without (the date layer's list: Drupal and WordPress themes print «سبت,
    // 22/11/2025 - 15:17»), and the meridiem with a tatweel («صـ», «مـ»); scrapers keep the words of date and clock
    // icons («calendar icon»).
    ...WEEKDAY_WORDS, 'صـ', 'مـ', 'ميلادية', 'هجرية', 'لـ', 'الموافق لـ',
    'calendar', 'clock', 'icon', 'time', 'gmt+3', 'ksa', 'cet', 'مساءً', 'بتوقيت غرينتش',
    // A print issue's line («العدد 8443 الثلاثاء 22 مايو 2012»), and the time zones English stamps carry.
    'العدد', 'عدد', 'issue', 'idt', 'ist', 'edt', 'est', 'bst', 'cest', 'eet', 'eest', 'ast', 'pst', 'pdt',
    // The zones of the capitals Arabic services write from (Beijing, Moscow, Istanbul, Tehran, Karachi, Jakarta, the
    // Gulf, the African ones): «BJT 12:50 13-01-2026».
    'bjt', 'cst', 'msk', 'trt', 'irst', 'pkt', 'wib', 'gst', 'eat', 'cat', 'wat', 'sast', 'wet', 'west', 'jst', 'kst', 'utc+3', 'gmt+2',
    // «تم النشر في», and the abbreviated English weekdays of RFC-style stamps («Fri, 05 Dec 2025 10:45:00 GMT»).
    'تم', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
    // «آخر تعديل:», «عُدّل في»: the update's label as some themes word it, beside «آخر تحديث».
    'تعديل', 'التعديل', 'عدل',
    // French weekdays and the article before a date («Mardi 13 janvier 2026», «le 13 janvier 2026»).
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'le',
    // The French labels Maghreb pages print before them and the «à» before the clock («Publié le … à 10h30», «Mis à
    // jour le …»).
    'publié', 'publiée', 'mis', 'à', 'jour',
    // German weekdays and the labels before a German date («Dienstag, 13.01.2026», «Veröffentlicht am 13.01.2026»):
    // Arabic pages published in Germany and Austria print their stamps in the country's language.
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'veröffentlicht', 'aktualisiert', 'um', 'uhr',
    // The French weekdays as themes abbreviate them («Ven. 09 janv. 2026»), and the weekdays and labels of the Italian,
    // Spanish, Portuguese, Scandinavian and Dutch stamps european-date.ts reads («fredag 9 januari 2026», «Pubblicato il
    // 9 gennaio 2026», «Publicado el …», «Publicerad …», «Gepubliceerd op …»).
    'lun', 'mer', 'jeu', 'ven', 'dim',
    'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'pubblicato', 'il', 'alle', 'ore',
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'publicado',
    'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira',
    'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'mandag', 'tirsdag', 'lørdag', 'søndag', 'publicerad', 'publiceret', 'publisert', 'kl',
    'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'gepubliceerd',
  ].map((w) => normalise(w)),
);
// A clock, with a meridiem glued on or not: «09:13AM», «06:41 م», «18:20»; the French «10h30».
const TIME = /(?<![\p{N}])\d{1,2}(?:[:.]\d{2}(?:[:.]\d{2})?(?:\s?(?:am|pm))?|h\d{2}(?![\p{L}]))(?![\p{N}])/giu;
// «18/سبتمبر/2025», «08/مايو/2025»: a month name between slashes, which the tagger reads once the slashes are spaces.
// Arabic-Indic digits are of the Arabic script too: only a letter makes the slash a month's («٠٩/٠١/٢٠٢٦» stays), and
// a day standing alone («كانون2/يناير» is a numbered month and its other name).
const SLASHED_MONTH = /(?<=(?:^|[^\p{L}\p{N}])\p{N}{1,2}\s?)\/(?=\s?(?!\p{N})\p{Script=Arabic})|(?<=(?!\p{N})\p{Script=Arabic}\s?)\/(?=\s?\p{N})/gu;
// «5th, April 2025», «Friday 01, March 2013»: an English ordinal suffix or a comma before the month.
const ORDINAL_DAY = /(?<=\b\d{1,2})(?:(?:st|nd|rd|th),?|,)(?=\s+\p{Lu})/gu;

/** The line with the separators real pages put inside a date replaced by spaces (same length, so offsets hold). */
function spacedDates(text: string): string {
  return text.replace(SLASHED_MONTH, ' ').replace(ORDINAL_DAY, (m) => ' '.repeat(m.length));
}

/** The date mentions of a line, read with outlet names masked (see maskOutletNames), English dates included. */
export function lineDates(text: string, now?: string): DateMention[] {
  const spaced = /\p{N}/u.test(text) ? spacedDates(text) : text;
  const arabic = findDates(maskOutletNames(spaced), now === undefined ? {} : { now });
  if (!/[A-Za-z]/u.test(text)) return arabic;
  const latin: DateMention[] = [];
  for (const e of [...englishDates(spaced), ...europeanDates(spaced)]) {
    if (![...arabic, ...latin].some((a) => a.start < e.end && e.start < a.end)) latin.push(e);
  }
  return [...arabic, ...latin].sort((a, b) => a.start - b.start);
}

/** Is the word one of those that stand beside a date on a date line (labels, weekdays, «ص», «GMT»)? */
export function isDateLabelWord(word: string): boolean {
  return LABEL_WORDS.has(normalise(word.replace(/[^\p{L}\p{N}]+/gu, '')));
}

/**
 * A page's date line («08 أبريل 2025، 12:07 م», «نشر في: 30-9-2019», «آخر تحديث: الأحد ٣ مارس ٢٠٢٤»):
 * a short line whose words, once its dates and times are taken out, are only labels and calendar words.
 */
export function isDateline(text: string, words: number, now?: string): boolean {
  // «نشر في: الاثنين 12 كانون الثاني 2026 الساعة 12:10 ص | آخر تعديل: …»: the publication and the update stamps
  // side by side between bars are two date lines on one, each short; a long line is otherwise prose.
  if (words > 14) return stampsBetweenBars(text, now);
  return stampOnly(text, now);
}

// The bars and dots a page's header sets between its stamps.
const STAMP_BAR = /\s+[|•·]\s+|\s*\|\s*/u;
const STAMP_BAR_CHAR = /[|•·]/u;

/** Whether a line is two or three stamps between bars (STAMP_BAR), each of at most 14 words and nothing but a stamp. */
function stampsBetweenBars(text: string, now?: string): boolean {
  // Most long lines are prose with no bar: the split below would give one part, so skip it.
  if (!STAMP_BAR_CHAR.test(text)) return false;
  const parts = text.split(STAMP_BAR).map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.length >= 2 && parts.length <= 3 && parts.every((p) => p.split(/\s+/u).length <= 14 && stampOnly(p, now));
}

/** Whether a line's words, once its dates are taken out, are only labels and calendar words (see isDateline). */
function stampOnly(text: string, now?: string): boolean {
  const mentions = lineDates(text, now).filter((m) => m.kind !== 'relative');
  return mentions.length > 0 && leftoverWords(text, mentions).length === 0;
}

/**
 * The words of a line that are neither inside the given spans (its dates) nor clocks, digits or the labels
 * and calendar words that stand beside a date: an empty list means the line is only a date stamp.
 */
export function leftoverWords(text: string, spans: readonly { start: number; end: number }[]): string[] {
  let rest = text;
  for (const m of [...spans].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  return normalise(rest.replace(TIME, ' '))
    .split(/[^\p{L}\p{N}]+/u)
        // «+2GMT», «GMT+3» split into «2gmt», «gmt»: an offset glued to the zone.
    .filter((w) => w.length > 0 && !LABEL_WORDS.has(w) && !/^\d+$/u.test(w) && !/^(?:am|pm)$/iu.test(w) && !/^\d{0,2}(?:gmt|utc)\d{0,2}$/iu.test(w));
}
