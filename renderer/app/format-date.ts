import { createDateBook, type DateBook, type ReadDates } from './date-book.ts';
import { language, t, type Language } from './i18n.ts';

let book: DateBook = createDateBook(() => Promise.resolve(null), () => undefined);
let hijri = false;
const HIJRI_KEY = 'mawjaz.hijri';

/** Connects the dates on screen to the host's date layer; `onLearnt` redraws once new dates are known. */
export function installDateBook(readDates: ReadDates, onLearnt: () => void): DateBook {
  book = createDateBook(readDates, onLearnt);
  try {
    hijri = localStorage.getItem(HIJRI_KEY) === 'true';
  } catch {
    // No storage (private mode): the Gregorian calendar alone, as by default.
  }
  return book;
}

export function dateBook(): DateBook {
  return book;
}

/** Whether full days are shown with their Hijri day too (the analyst's choice, kept across sessions). */
export function showsHijri(): boolean {
  return hijri;
}

export function setShowHijri(on: boolean): void {
  hijri = on;
  try {
    localStorage.setItem(HIJRI_KEY, String(on));
  } catch {
    // Kept for this session only.
  }
}

/**
 * A partial date (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD) as the analyst reads it in the UI's language: «26 أغسطس 2024»,
 * «26 أغسطس، السنة غير معروفة», with the Hijri day beside a full day when asked (`withHijri`, else the analyst's
 * choice). The words are the host's (text/dates/say-date.ts); until they arrive an ellipsis stands in, never the ISO
 * form.
 */
export function formatPartialDate(value: string, lang: Language = language(), withHijri = hijri): string {
  const reading = book.get(value);
  if (reading === undefined) return '…';
  if (reading === null) return value;
  const words = lang === 'ar' ? reading.ar : reading.en;
  return withHijri && reading.hijri !== null ? `${words} (${reading.hijri[lang]})` : words;
}

/**
 * A date the analyst typed, as the model stores it (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD), read by the host's date
 * layer: the value, a problem to say, or null when the host could not be asked (its error is shown by then).
 */
export async function readTypedDate(text: string): Promise<{ value: string } | { problem: string } | null> {
  const readings = await book.read([text.trim()]);
  if (readings === null) return null;
  const reading = readings[0] ?? null;
  return reading === null ? { problem: t('dateUnreadable', { text: text.trim() }) } : { value: reading.value };
}
