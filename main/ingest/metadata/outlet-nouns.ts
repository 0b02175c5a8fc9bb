// The words a page writes before an outlet's name («صحيفة الخليج», «لموقع عربي21», «وكالة الأناضول») and after it
// («موقع صدى البلد الإخباري»): one list shared by every reader of outlets, here and in ingest/outlet/. The lists are
// written as pages spell them; the readers that match a key (normalise, lineKey) take the keys, which fold the
// spellings («صحيفة», «صحيفه» → «صحيفه»).
import { normalise } from '../../text/arabic/index.ts';

/** «بوابة الأهرام», «بوابة الوفد»: a portal's name is its own outlet's, often another than the bare name's paper. */
export const PORTAL_NOUNS: readonly string[] = ['بوابة', 'بوابه'];

/** The nouns that introduce an outlet's name, in each spelling pages use. */
export const OUTLET_NOUNS: readonly string[] = [
  'موقع', 'صحيفة', 'صحيفه', 'جريدة', 'جريده', 'قناة', 'قناه', 'وكالة', 'وكاله', 'شبكة', 'شبكه', 'إذاعة', 'اذاعة', 'مجلة', 'مجله',
  ...PORTAL_NOUNS, 'منصة', 'منصه',
];

/** «مدونة عن الكرك والطفيلة ومعان»: a blog's noun, which describes the site as an outlet noun does, in each spelling. */
export const BLOG_NOUNS: readonly string[] = ['مدونة', 'مدونه'];

/**
 * «تلفزيون لبنان», «تلفزيون سوريا»: a broadcaster's name opens with it as others open with «قناة». The readers that cut
 * the noun off to look the rest up in the list cut it too; the readers that read the name written after a noun
 * (form-sources.ts, outlet-cues.ts's header lines) do not, since there «تلفزيون» is the name's own first word.
 */
export const TELEVISION_NOUN = 'تلفزيون';

/** «راديو سوا»: a station's name, masked in a date's text as «إذاعة» is; no reader looks a name up after it. */
export const RADIO_NOUN = 'راديو';

/**
 * The kind words a paper's or magazine's name is cited with or without («جريدة الشاهد» / «الشاهد»), each spelling; an
 * agency, a channel or a radio keeps its noun in a citation («وكالة الأناضول»).
 */
export const PRINT_NOUNS: readonly string[] = ['صحيفة', 'صحيفه', 'جريدة', 'جريده', 'مجلة', 'مجله'];

const PRINT_NOUN_START = new RegExp(`^${nounAlternation(PRINT_NOUNS)}\\s+`, 'u');

/** `name` without the print noun it opens with («جريدة الشاهد» → «الشاهد»), or `name` itself. */
export function withoutPrintNoun(name: string): string {
  return name.replace(PRINT_NOUN_START, '');
}

/** The quotation marks a name may be written between («"الشاهد"», «الشاهد»), which no outlet's name holds. */
export const QUOTE_MARKS = `"'«»“”‘’`;

/** What a site's name adds to say what kind of site it is: «موقع صدى البلد الإخباري», «هسبريس الإلكترونية». */
export const SITE_DESCRIPTORS: readonly string[] = ['الإخباري', 'الإخبارية', 'الاخباري', 'الاخبارية', 'الإلكتروني', 'الإلكترونية', 'الالكتروني', 'الالكترونية', 'الرسمي'];

// «قناة», «موقع», «صحيفة»… before a name, and «الفضائية», «الإخبارية»… after it: what kind of outlet, not its name.
const KIND_NOUN_START = new RegExp(`^${nounAlternation([...OUTLET_NOUNS, TELEVISION_NOUN])}\\s+`, 'u');
const KIND_ADJECTIVE_END = new RegExp(`\\s+${nounAlternation([...SITE_DESCRIPTORS, 'الفضائية', 'الفضائي'])}$`, 'u');

/** An outlet's name without the kind noun it opens with and the kind adjective it closes with, at least one word left. */
export function withoutKindWords(name: string): string {
  const bare = name.replace(KIND_NOUN_START, '').replace(KIND_ADJECTIVE_END, '');
  return bare.length > 0 ? bare : name;
}

/**
 * Whether a name opens with an outlet's kind noun and goes on («وكالة الأنباء والمعلومات الفلسطينية», «صحيفة الأيام»):
 * an outlet's name, never a person's, whatever slot of the page it stands in.
 */
export function opensWithKindNoun(name: string): boolean {
  return KIND_NOUN_START.test(name.trim());
}

/** The match keys of `words`, each once, in their first order. */
export function nounKeys(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => normalise(w)))];
}

/** A regular expression's alternation of `words` (none holds a pattern character). */
export function nounAlternation(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/** A key (normalise, lineKey) that opens with an outlet noun, «تلفزيون» included, and the space after it. */
export const OUTLET_NOUN_KEY_START = new RegExp(`^${nounAlternation(nounKeys([...OUTLET_NOUNS, TELEVISION_NOUN]))}\\s+`, 'u');
