// The words a page's copyright is written with, shared by the readers that find its line (detect-outlet.ts), gate
// the outlet sources on it (outlet-sources.ts) and tell it from a photo's caption (photo-credit-mark.ts): one list,
// so a word added for one reader reaches the others.

// The mark itself, drawn or spelt: «©», «(c)», «Copyright».
const MARK = String.raw`©|\(c\)|copyright`;
// The reserved clause's words: «حقوق النشر»/«جميع الحقوق محفوظة», «All rights reserved», «Tous droits réservés»,
// «Todos los derechos reservados».
const RESERVED = 'حقوق|محفوظ|rights|droits|derechos';

/** A line that states a copyright: the mark, or an Arabic clause that says which rights are kept. */
export const COPYRIGHT = new RegExp(`${MARK}|حقوق النشر|حقوق الطبع|الحقوق محفوظة|الحقوق محفوظه`, 'iu');

/** A cheap test that a line may state a copyright: the mark or «حقوق» anywhere (every COPYRIGHT line has one). */
export const COPYRIGHT_MARK = new RegExp(`${MARK}|حقوق`, 'iu');

/** The words only a page's copyright says beside its mark (a caption's «© owner» says none of them). */
export const RESERVED_WORDS = new RegExp(`copyright|${RESERVED}`, 'iu');

// A year of the twentieth or twenty-first century in any of the digit sets a page prints (Latin, Arabic-Indic, the
// Persian forms): «© 2026 X», «محفوظة لـ X ٢٠٢٦».
const YEAR = '(?:19|20|١٩|٢٠|۱۹|۲۰)[0-9٠-٩۰-۹]{2}';

/**
 * The years a copyright line states, a span of two included («2019 - ٢٠٢٦»): the date of the claim, never part of the
 * holder's name, on either side of it. Not inside a longer number or a Latin word (the look-arounds), so «20255 زائر» stays whole.
 */
export const COPYRIGHT_YEARS = new RegExp(`(?<![0-9٠-٩۰-۹A-Za-z_])${YEAR}(?:\\s*[-–]\\s*${YEAR})?(?![0-9٠-٩۰-۹])`, 'gu');
