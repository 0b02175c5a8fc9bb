import { lineKey } from '../lines/line-key.ts';
import { isKnownPlace } from './known-places.ts';
import { OUTLET_NOUNS, RADIO_NOUN, TELEVISION_NOUN } from './outlet-nouns.ts';

// The words outlets' own names are built on: an outlet word at the head («صحيفة …», «صوت …», «أخبار …»), or a
// news word anywhere in it («… نيوز», «… برس», «… 24», «… بوست», a domain read out: «… اورغ», «… كوم»).
const HEADS = new Set([...OUTLET_NOUNS, TELEVISION_NOUN, RADIO_NOUN, 'صحافه', 'صوت', 'اخبار', 'انباء', 'نبا', 'مرصد', 'منبر'].map(lineKey));
const NEWS_WORDS = new Set(['نيوز', 'برس', 'بوست', 'تايمز', 'الاخباريه', 'الاخباري', 'اخباريه', 'اونلاين', 'ميديا', 'انفو', 'news', 'press', 'post', 'times', 'online', 'media', 'tv', 'fm', 'info', 'today', 'express', 'net', '24', '360', '365', 'اورغ', 'اورج', 'كوم', 'نت'].map(lineKey));
// What a credit says when it names no outlet: «وكالات», «متابعات», «خاص», «مواقع التواصل».
const GENERIC = new Set(['وكالات', 'متابعات', 'متابعه', 'خاص', 'مواقع', 'وسائل', 'مصادر', 'المصدر', 'الموقع', 'الصحيفه', 'الوكاله', 'القناه', 'اعلام', 'الاعلام', 'التواصل', 'الاجتماعي', 'ويب', 'انترنت', 'الانترنت'].map(lineKey));

/**
 * Whether a name the gazetteer does not know is built like an outlet's: two to five words (or one word with a
 * news word glued to it), an outlet word at its head or a news word in it, and not a generic credit
 * («وكالات», «مواقع التواصل»). Only read where the page's layout already says a name stands there (a source line,
 * a «| وكالات» credit, a quoted self-reference).
 */
export function outletShaped(name: string): boolean {
  const words = lineKey(name).replace(/["'«»“”()]/gu, ' ').split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 5 || words.some((w) => GENERIC.has(w))) return false;
  if (!words.some((w) => /\p{L}/u.test(w))) return false;
  return (words.length >= 2 && HEADS.has(words[0] ?? '')) || words.some((w) => NEWS_WORDS.has(w));
}

// «أخبار محلية», «أنباء العالم», «أخبار مصر»: built like outlets' names, and the names of sections.
const SECTION_HEAD = /^(?:ال)?(?:أخبار|اخبار|أنباء|انباء)\s/u;

/** Whether a name is a section's, though built like an outlet's: «أخبار محلية», «أخبار مصر». */
export function sectionShaped(name: string): boolean {
  return SECTION_HEAD.test(name.trim());
}

// Words that make a place's name of a place and a word («القاهرة الجديدة», «الضفة الغربية»), not a newsroom's.
const PLACE_QUALIFIERS = new Set(['الجديده', 'الجديد', 'القديمه', 'القديم', 'الكبري', 'الصغري', 'الشماليه', 'الجنوبيه', 'الشرقيه', 'الغربيه', 'الوسطي', 'العليا', 'السفلي', 'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'الاوسط'].map(lineKey));

/**
 * Whether a name the gazetteer does not know is built like a newsroom named after its city: a known place, then one or
 * two words that are neither a place nor a place's qualifier («عدن حرة», «تعز اليوم»; not «القاهرة الجديدة», not
 * «عدن» alone). Only read in a credit line's slot («X / خاص :»), where a place alone would stand without a name.
 */
export function cityNewsroomShaped(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^[\p{L}\p{M}]+$/u.test(w))) return false;
  if (!isKnownPlace(words[0] ?? '') || isKnownPlace(name)) return false;
  return words.slice(1).every((w) => !isKnownPlace(w) && !PLACE_QUALIFIERS.has(lineKey(w)) && !GENERIC.has(lineKey(w)));
}

/**
 * Whether an item of a menu or trail is a section like the items beside it: one word among items of one word
 * («السياسة | الاقتصاد | الثقافة | الرأي»), and no outlet's full name — only the bare name of a paper the list knows in
 * full («السياسة الكويتية», «صحيفة الرأي»). `isFullName` says whether the list knows the word as a whole name.
 */
export function sectionAmongSections(item: string, items: readonly string[], isFullName: (name: string) => boolean): boolean {
  const oneWord = (s: string): boolean => !/\s/u.test(s.trim());
  return oneWord(item) && !isFullName(item) && items.filter((s) => s !== item && oneWord(s)).length >= 2;
}
