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
