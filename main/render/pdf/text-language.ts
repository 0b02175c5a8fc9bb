// The language the tagged PDF declares for a stretch of text. The brief is Arabic (the catalog's /Lang); the Latin
// text it carries is English, as the Word writer declares it (its Latin runs are en-US): outlet names, quoted
// English, whole English items.
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** The document's language, declared on the catalog. */
export const DOCUMENT_LANG = 'ar';

/** The language of Latin text in a brief. */
export const LATIN_LANG = 'en';

/**
 * The language of `text` when it is not the document's: English for text with a Latin letter and no Arabic one
 * (digits and punctuation alone take their surroundings' language, so they give none).
 */
export function foreignLanguage(text: string): string | undefined {
  return LATIN_LETTER.test(text) && !ARABIC_LETTER.test(text) ? LATIN_LANG : undefined;
}
