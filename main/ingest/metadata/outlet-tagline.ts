// A masthead's tagline says what kind of outlet the site is — «صحيفة عربية مستقلة», «صحيفة يومية», «صحيفة يصدرها حزب
// …» — under or beside its name: an outlet noun with no name after it, only what describes one. It is neither the
// headline nor the outlet's name.
import { normalise } from '../../text/arabic/index.ts';
import { BLOG_NOUNS, nounKeys, OUTLET_NOUNS } from './outlet-nouns.ts';
import { stateOfNisba } from './country-qualified.ts';

// A blog describes itself as a site does: «مدونة عن الكرك والطفيلة ومعان».
const NOUN_KEYS: ReadonlySet<string> = new Set(nounKeys([...OUTLET_NOUNS, ...BLOG_NOUNS]));
// Descriptions that are not indefinite nisbas: «مستقلة», «حرة», «شاملة», «متخصصة», and «إلكترونية», whose first
// letters read like an article (keys, ta marbuta as heh).
const DESCRIPTORS: ReadonlySet<string> = new Set(
  ['مستقل', 'مستقله', 'حر', 'حره', 'شامل', 'شامله', 'متخصص', 'متخصصه', 'جامع', 'جامعه', 'إخباري', 'اخباري', 'إلكتروني', 'إلكترونية', 'الكتروني', 'الكترونية'].map((w) => normalise(w)),
);
// «متخصص بـ…», «معني بـ…»: the field a specialist outlet covers follows.
const FIELD_OPENERS = new Set(['متخصص', 'متخصصه', 'مختص', 'مختصه', 'معني', 'معنيه', 'يعنى', 'تعنى', 'يهتم', 'تهتم'].map((w) => normalise(w)));
// «يصدرها حزب …», «تصدر عن …»: the publisher's clause, whatever names it.
const PUBLISHER = new Set(['يصدرها', 'تصدرها', 'يصدر', 'تصدر', 'صادره', 'صادر'].map((w) => normalise(w)));

// The feminine nisbas a masthead describes its outlet with: its reach, its rhythm, its field. A word's ending alone
// cannot tell them from nouns that end the same way and name a site («موقع رؤية», «صحيفة حرية»), so they are listed;
// a state's nisba («صحيفة لبنانية») comes from the gazetteer.
const NISBAS: ReadonlySet<string> = new Set(
  [
    'عربية', 'دولية', 'عالمية', 'إقليمية', 'اقليمية', 'محلية', 'وطنية', 'قومية', 'يومية', 'أسبوعية', 'اسبوعية', 'شهرية',
    'فصلية', 'سنوية', 'صباحية', 'مسائية', 'إخبارية', 'اخبارية', 'سياسية', 'ثقافية', 'اقتصادية', 'رياضية', 'اجتماعية',
    'فنية', 'أدبية', 'ادبية', 'علمية', 'دينية', 'إسلامية', 'اسلامية', 'حزبية', 'نسائية', 'شبابية', 'رقمية', 'جماهيرية',
    'شعبية', 'تحليلية', 'استقصائية', 'ورقية',
  ].map((w) => normalise(w)),
);

/** Whether an indefinite word describes, as a feminine nisba («عربية», «يومية») or a descriptor («إخباري»), and names nothing. */
function describes(key: string): boolean {
  // Only the feminine nisba: a masculine «…ي» is as often a name's own ending («موقع بوابتي»).
  return DESCRIPTORS.has(key) || NISBAS.has(key) || (key.endsWith('يه') && !key.startsWith('ال') && stateOfNisba(key) !== null);
}

/**
 * Whether every word of `text` describes an outlet (see describes): «اقتصادية يومية», «سودانية مستقلة» after a
 * masthead's name and a dash, where a byline would put the writer. Two words at least: one word may be a name.
 */
export function isDescriptionOnly(text: string): boolean {
  const keys = text.trim().split(/\s+/u).map((w) => normalise(w));
  return keys.length >= 2 && keys.every(describes);
}

/** Whether a line is an outlet's tagline: an outlet noun, then only describing words or the publisher's clause. */
export function isOutletTagline(text: string): boolean {
  // The cleaner asks every short line: the first word decides most at once.
  if (!NOUN_KEYS.has(normalise(text.trimStart().split(/\s/u, 1)[0] ?? ''))) return false;
  // «صحيفة يومية - حيفا - تأسست عام 1944»: the tagline is the first of the masthead's parts.
  const first = text.split(/\s[-–—|]\s/u)[0] ?? '';
  const keys = first.trim().split(/\s+/u).map((w) => normalise(w));
  if (keys.length < 2 || keys.length > 7 || /[.!؟?:：|«»"“”\p{N}]/u.test(first)) return false;
  if (PUBLISHER.has(keys[1] ?? '')) return keys.length >= 3;
  // «جريدة أسبوعية تصدر عن الأزهر الشريف»: describing words, then the publisher's clause.
  const publisher = keys.findIndex((k, i) => i >= 2 && PUBLISHER.has(k));
  if (publisher >= 2 && keys.length > publisher + 1 && keys.slice(1, publisher).every(describes)) return true;
  // «موقع متخصص بالشؤون الصينية», «مجلة متخصصة في الاقتصاد»: a specialist's field after «متخصص» describes too.
  if (FIELD_OPENERS.has(keys[1] ?? '') && /^(?:ب|في$)/u.test(keys[2] ?? '')) return true;
  // «مدونة عن الكرك والطفيلة ومعان», «موقع عن الاقتصاد الأردني»: what the outlet is about.
  if (keys[1] === normalise('عن') && keys.length >= 3) return true;
  // «منصة للرأي والتدوين», «موقع عربي للأخبار والتحليلات»: what the outlet is for, «لل…» and its «وال…» conjuncts.
  const purpose = keys.findIndex((k, i) => i >= 1 && /^لل\p{L}{2,}/u.test(k));
  if (purpose >= 1 && keys.slice(1, purpose).every(describes) && keys.slice(purpose + 1).every((k) => /^وال\p{L}{2,}/u.test(k))) return true;
  return keys.slice(1).every(describes);
}
