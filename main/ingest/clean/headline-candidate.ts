// What rules a line of the head out as the headline, and how strongly a candidate reads as one: the furniture a page
// prints where a headline would sit (its address, its name, its date stamp, a Latin banner over an Arabic story, a
// section's label) against the line the story echoes.
import { outletByName } from '../metadata/known-outlets.ts';
import { readStamp } from '../metadata/publication-stamps.ts';

const URL_LIKE = /(?:https?:\/\/|www\.)\S+|\S+\.(?:com|net|org|info|news)(?:\/\S*)?/iu;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
// What a page says to its reader about itself: «يرجى الضغط على الرابط لتخطي المحتوى», «انتقل إلى المحتوى الرئيسي»,
// «اضغط هنا للمتابعة» — accessibility skip links and prompts, printed where a headline sits.
const READER_PROMPT = /^(?:يرجى|الرجاء|رجاء|اضغط|إضغط|انقر|أنقر|اضغطوا|انتقل|إنتقل|تخط|تخطي|تجاوز)(?:\s|$)|(?:تخطي|تخطى|لتخطي|تجاوز|لتجاوز)\s+(?:المحتوى|المحتوي|القائمة)/u;

/** Whether a line is a prompt to the reader about the page (a skip link, «اضغط هنا»): never a headline, nor a name. */
export function isReaderPrompt(text: string): boolean {
  return READER_PROMPT.test(text.trim());
}

/**
 * Whether a line of the head can never be the headline, whatever its shape: a web address, a prompt to the reader
 * about the page (a skip link, «اضغط هنا»), a line without an Arabic
 * letter over an Arabic story («Got a TV Licence?»), an outlet's bare name (a masthead), or a date stamp («بدأت
 * التغطية: 13 كانون الثاني 2026»).
 */
export function cannotBeHeadline(text: string, arabicStory: boolean, now: string | undefined): boolean {
  if (URL_LIKE.test(text) || isReaderPrompt(text)) return true;
  if (arabicStory && !ARABIC_LETTER.test(text)) return true;
  // An outlet's name runs to six words at most: a longer line is never looked up.
  if (!/^\s*(?:\S+\s+){6}\S/u.test(text) && outletByName(text) !== null) return true;
  return /\p{N}/u.test(text) && readStamp(text, now) !== null;
}

/**
 * How strongly a candidate reads as the headline: the share of its words the story echoes, scaled down for a line of
 * fewer than six words — a section's label («التربية والتعليم والبحث العلمي», «أخبار مهمة سورية») borrows the
 * story's vocabulary too, but a headline says more.
 */
export function headlineWeight(words: number, overlap: number): number {
  return overlap * Math.min(1, words / 6);
}

/** A section's label rather than a headline: a line of four words or fewer. */
export function isLabelSized(words: number): boolean {
  return words <= 4;
}
