import { isAccountByline } from './account-byline.ts';

const ARABIC_LETTER = /\p{Script=Arabic}/u;

/**
 * Whether the byline a page prints (`printed`, in Arabic letters) names its writer rather than the declared author (a
 * meta tag's or a CMS field's name in Latin letters only, «Omar Al-Khatib»): an Arabic reader cites the name as the page
 * prints it, and the Latin field is the CMS's spelling of it, or of an account. Not when either is missing, when the
 * declared name holds an Arabic letter (then it is the page's own spelling), or when the print is an account's.
 */
export function printedArabicOverLatin(declared: string, printed: string | null): printed is string {
  if (printed === null || declared === '' || ARABIC_LETTER.test(declared)) return false;
  return ARABIC_LETTER.test(printed) && !isAccountByline(printed);
}
