/**
 * One key for a verb and its verbal noun (maṣdar): «اجتمع» / «يجتمع» / «الاجتماع», «أعلن» / «يعلن» / «إعلان»,
 * «قصفت» / «القصف», «انسحب» / «الانسحاب», «ينهي» / «إنهاء». Two outlets tell one event one with a verb, the other
 * with its noun; a light stem keeps the two apart, the root and the verb's form bring them together.
 *
 * Read from the word's shape alone (unvowelled matching keys, text/arabic/normalise): the derived forms' patterns
 * (IV أفعل/إفعال, VII انفعل/انفعال, VIII افتعل/افتعال, X استفعل/استفعال, III فاعل/مفاعلة, VI تفاعل, II تفعيل, V تفعّل),
 * the perfect's subject suffixes and the imperfect's prefixes. Unvowelled, forms I, II, IV and V share their imperfect
 * («يقدم», «تقدم»), so they share one key, the bare root — the namespace of light stems, where a form-I verbal noun
 * («القصف» → «قصف») already is. Forms III and VI share theirs too («فاوض», «التفاوض», «المفاوضات» → «6:فوض»); the
 * others carry their form («8:جمع»). A word with no verbal shape gets no key: a bare three-letter word is left to the
 * light stem. Hollow and doubled roots (a long vowel inside, «عاد»; «اضطر») are not read.
 */
import { procliticReadings } from './clitics.ts';
import { lexiconForms } from './event-senses.ts';
import { isOrdinalWord } from './ordinals.ts';
import { isStopword } from './stopwords.ts';

// The perfect's subject suffixes, longest first: «وقعتا», «انسحبوا», «أعلنت», «ناقشا», «أعلنّا».
const PERFECT_SUFFIXES = ['تما', 'تا', 'وا', 'نا', 'ت', 'ا', ''];
// The imperfect's: «يجتمعون», «يبحثان», «تنسحبين», «ينسحبوا».
const IMPERFECT_SUFFIXES = ['ون', 'ان', 'ين', 'وا', ''];
// What follows a verbal noun: a plural («مفاوضات»), a ta marbuta (normalised «ه»), a pronoun, the accusative «ا».
const NOUN_SUFFIXES = ['اتهم', 'اتها', 'اته', 'ات', 'تهم', 'تها', 'ته', 'هما', 'هم', 'ها', 'ه', 'ا', ''];
// What a reading of the word (procliticReadings) was cut from: the article with what is written before it
// («والاجتماع», «بالانسحاب», «للاجتماع»: ل + ال); a preposition on a verbal noun without the article («بإلقاء القبض»,
// «لإنهاء الإضراب»); a conjunction.
const ARTICLE = /^(?:[وفبك]|وب)?ال$|^لل$/u;
const PREPOSITION = /^و?[بل]$/u;
const CONJUNCTION = /^[وف]$/u;

// A radical is a consonant or a final weak letter; «ا» inside a root is a hollow verb's vowel, never read.
const C = '([^ا])';
// Emphatic first radicals turn form VIII's «ت» into «ط» («اضطر», «اصطدام»); «ز» turns it into «د» («ازدهر»).
const EMPHATIC = '([صضطظ])';

interface Shape {
  pattern: RegExp;
  form: string;
  /** The root from the match's groups, when it is not the groups in order (assimilated radicals). */
  root?: (g: readonly string[]) => string;
  /** Not before a ta marbuta (folded «ه»): «فعولة» is a noun of its own («حكومة», «حمولة»), not «فعول». */
  noTaMarbuta?: boolean;
}

const rx = (s: string): RegExp => new RegExp(`^${s}$`, 'u');
// Form VIII with a first radical «و» assimilated into «ت» («اتفق», «اتفاق»); «ا» + «ت» + two radicals.
const WAW_FIRST = (g: readonly string[]): string => `و${g.join('')}`;

// The perfect stem's shapes. Form VIII before VII: «انتخب» is «ن» + «ت» + «خب» (VIII of «نخب»), not VII of «تخب».
const PERFECT: readonly Shape[] = [
  { pattern: rx(`است${C}${C}${C}`), form: '10' },
  { pattern: rx(`ا${C}ت${C}${C}`), form: '8' },
  { pattern: rx(`ا${EMPHATIC}ط${C}${C}`), form: '8' },
  { pattern: rx(`ات${C}${C}`), form: '8', root: WAW_FIRST },
  { pattern: rx(`ان${C}${C}${C}`), form: '7' },
  { pattern: rx(`ا${C}${C}${C}`), form: '' },
  { pattern: rx(`ت${C}ا${C}${C}`), form: '6' },
  { pattern: rx(`ت${C}${C}${C}`), form: '' },
  { pattern: rx(`${C}ا${C}${C}`), form: '6' },
  { pattern: rx(`${C}${C}${C}`), form: '' },
];

// A weak root's perfect loses its third radical before a subject suffix: «ألقت», «أنهت», «انتهت».
const PERFECT_WEAK: readonly Shape[] = [
  { pattern: rx(`ا${C}ت${C}`), form: '8', root: (g) => `${g.join('')}ي` },
  { pattern: rx(`ا${C}${C}`), form: '', root: (g) => `${g.join('')}ي` },
];

// The imperfect stem's shapes, after «ي/ت/ن» (and a future «س»). The first person's «أ» is left out: news seldom
// speaks in it, and «إعلان» would read as «أ» + «علان».
const IMPERFECT: readonly Shape[] = [
  { pattern: rx(`ست${C}${C}${C}`), form: '10' },
  { pattern: rx(`${C}ت${C}${C}`), form: '8' },
  { pattern: rx(`${EMPHATIC}ط${C}${C}`), form: '8' },
  { pattern: rx(`ن${C}${C}${C}`), form: '7' },
  { pattern: rx(`ت${C}ا${C}${C}`), form: '6' },
  { pattern: rx(`ت${C}${C}${C}`), form: '' },
  { pattern: rx(`${C}ا${C}${C}`), form: '6' },
  { pattern: rx(`${C}${C}${C}`), form: '' },
];

// The verbal nouns' shapes. A lone hamza folds away in matching keys, so a weak root's «إنهاء» is «انها»: its final
// «ا» stands for the third radical. Form I's own nouns (قصف، هجوم) are left to light stems, but «فعول» (هجوم، عبور،
// خروج) is the noun of a form-I verb whose stem is the root.
const WEAK = (g: readonly string[]): string => `${g.join('')}ي`;
const WAW_FIRST_WEAK = (g: readonly string[]): string => `و${g.join('')}ي`;
const NOUNS: readonly Shape[] = [
  { pattern: rx(`است${C}${C}ا${C}`), form: '10' },
  { pattern: rx(`است${C}${C}ا`), form: '10', root: WEAK },
  { pattern: rx(`ا${C}ت${C}ا${C}`), form: '8' },
  { pattern: rx(`ا${C}ت${C}ا`), form: '8', root: WEAK },
  { pattern: rx(`ا${EMPHATIC}ط${C}ا${C}`), form: '8' },
  { pattern: rx(`ات${C}ا${C}`), form: '8', root: WAW_FIRST },
  { pattern: rx(`ات${C}ا`), form: '8', root: WAW_FIRST_WEAK },
  { pattern: rx(`ان${C}${C}ا${C}`), form: '7' },
  { pattern: rx(`ان${C}${C}ا`), form: '7', root: WEAK },
  { pattern: rx(`ا${C}${C}ا${C}`), form: '' },
  { pattern: rx(`ا${C}${C}ا`), form: '', root: WEAK },
  { pattern: rx(`ت${C}${C}ي${C}`), form: '' },
  { pattern: rx(`ت${C}${C}${C}`), form: '' },
  { pattern: rx(`م${C}ا${C}${C}`), form: '6' },
  { pattern: rx(`ت${C}ا${C}${C}`), form: '6' },
  { pattern: rx(`${C}${C}و${C}`), form: '', noTaMarbuta: true },
];

// Form I's active participle, «فاعل», with a nominal ending (a ta marbuta, a sound plural): «أسرة نازحة» tells what
// «نزحت عائلة» tells. Bare, the shape is form III's perfect («ناقش»), read above as a verb. Read only for a root whose
// verb the event-senses lexicon lists (text/arabic/event-senses): the shape is also every common adjective and noun
// of its pattern — «القادمة», «السابقة», «الماضية», «الجامعة», «العاصمة», «فاطمة» — which would take a verb's key
// («قدّم», «سبق») and join its reports. Ordinals and «واحد» share the shape and are no verb's («الثالثة», «واحدة»).
const PARTICIPLE: readonly Shape[] = [{ pattern: rx(`${C}ا${C}${C}`), form: '' }];
const PARTICIPLE_SUFFIXES = ['ين', 'ون', 'ات', 'ه'];
const NOT_PARTICIPLE = /^واحد/u;

function keyOf(shape: Shape, m: RegExpExecArray): string {
  const groups = m.slice(1).filter((g): g is string => g !== undefined);
  // A final weak radical is written «ي» or «ى» (folded to «ي»), or «و»: one key for «ينهي» and «أنهى».
  const root = (shape.root ? shape.root(groups) : groups.join('')).replace(/[وا]$/u, 'ي');
  return shape.form === '' ? root : `${shape.form}:${root}`;
}

function firstShape(stem: string, shapes: readonly Shape[], suffixes: readonly string[], least: number): string | null {
  for (const suffix of suffixes) {
    if (!stem.endsWith(suffix)) continue;
    const core = stem.slice(0, stem.length - suffix.length);
    // A bare three-letter core with nothing around it is any word's: only an affix makes it a verb's.
    if (core.length < least) continue;
    for (const shape of shapes) {
      if (shape.noTaMarbuta === true && suffix.includes('ه')) continue;
      const m = shape.pattern.exec(core);
      if (m) return keyOf(shape, m);
    }
  }
  return null;
}

/** The key of a verb read as a perfect or an imperfect, or null. */
function verbKey(w: string): string | null {
  // The perfect: a three-letter stem counts only with a subject suffix («قصفت», «ناقشا»), derived shapes alone.
  for (const suffix of PERFECT_SUFFIXES) {
    if (!w.endsWith(suffix)) continue;
    const core = w.slice(0, w.length - suffix.length);
    if (core.length === 3 && suffix === '') continue;
    // Before a subject suffix, «انته» is «انتهى» without its «ى» (form VIII of «نهي»), not form IV of «نته».
    const weak = suffix !== '' && suffix !== 'ا' ? firstShape(core, PERFECT_WEAK, [''], 3) : null;
    const key = weak ?? firstShape(core, PERFECT, [''], 3);
    if (key !== null) return key;
  }
  const future = /^س[يتن]/u.test(w) ? w.slice(1) : w;
  if (/^[يتن]/u.test(future)) return firstShape(future.slice(1), IMPERFECT, IMPERFECT_SUFFIXES, 3);
  return null;
}

function nounKey(w: string): string | null {
  return firstShape(w, NOUNS, NOUN_SUFFIXES, 4);
}

let eventRoots: ReadonlySet<string> | undefined;

/** The form-I roots of the lexicon's event verbs («نزحت» → «نزح»), read once, on the first participle asked. */
function eventVerbRoots(): ReadonlySet<string> {
  return (eventRoots ??= new Set(lexiconForms().flatMap((f) => verbKey(f) ?? nounKey(f) ?? [])));
}

/** The form-I root a word of «فاعلة»'s shape (a participle's or any noun's of that pattern) would have, or null. */
function participleShape(w: string): string | null {
  return firstShape(w, PARTICIPLE, PARTICIPLE_SUFFIXES, 4);
}

function participleKey(w: string): string | null {
  if (isOrdinalWord(w) || NOT_PARTICIPLE.test(w)) return null;
  const key = participleShape(w);
  return key !== null && eventVerbRoots().has(key) ? key : null;
}

/**
 * The shared key of a verb and its verbal noun, from a word's matching key, or null when the word has no verbal
 * shape. A word with the article is read as a noun only; one without, as a verb first, then as a noun. A leading
 * «و/ف» is the conjunction only when the word without it has a verbal shape and the word with it does not (nor the
 * shape of a «فاعلة»).
 */
export function verbalKey(key: string): string | null {
  // A word of «فاعلة»'s shape is that noun, not «و/ف» on a form-IV verb: «فاطمة» is no «ف» + «أطمه», «واحدة» no «و» +
  // «أحده».
  const conjunction = key.length > 4 && participleShape(key) === null ? cutReading(key, CONJUNCTION, 1) : null;
  for (const w of conjunction === null ? [key] : [key, conjunction]) {
    const definite = cutReading(w, ARTICLE, 3);
    if (definite !== null) {
      const noun = nounKey(definite) ?? participleKey(definite);
      if (noun !== null) return noun;
      continue;
    }
    // A verbal noun's whole shape first: the «ا» ending «انتهاء» («انتها») is its weak radical, not a dual's suffix.
    const exact = w.length >= 5 ? firstShape(w, NOUNS, [''], 5) : null;
    const afterPreposition = cutReading(w, PREPOSITION, 4);
    const found = exact ?? (afterPreposition === null ? null : nounKey(afterPreposition)) ?? verbKey(w) ?? nounKey(w) ?? participleKey(w);
    if (found !== null) return found;
  }
  return null;
}

/** The reading of `w` of at least `least` letters that drops exactly what `cut` matches from its start, or null. */
function cutReading(w: string, cut: RegExp, least: number): string | null {
  return procliticReadings(w).find((r) => r.length >= least && w.endsWith(r) && cut.test(w.slice(0, w.length - r.length))) ?? null;
}

const known = new Map<string, string | null>();
const MEMO_LIMIT = 50_000;

/** verbalKey, remembered per word: a selection repeats its words, and grouping reads every sentence's. */
export function verbalKeyOf(key: string): string | null {
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  const out = verbalKey(key);
  if (known.size >= MEMO_LIMIT) known.clear();
  known.set(key, out);
  return out;
}

/**
 * The verbal key of a word the content-word readers leave out as a stopword, when it still stands for its verb: a
 * verbal noun of a weak root whose key, its final hamza dropped by normalising, is a stopword's («إنهاء» / «أنها»).
 * The hamza as `written` says which; any other word is its verbalKeyOf.
 */
export function verbalKeyOfWritten(key: string, written: string): string | null {
  if (isStopword(key) && !/\u0621[\u064B-\u0652]*$/u.test(written)) return null;
  return verbalKeyOf(key);
}

// The perfect's subject suffixes a skeleton drops: «انهارت», «انسحبوا», «اتفقتا».
const SKELETON_SUFFIXES = ['تا', 'وا', 'ت', 'ا'];

/**
 * A verb's consonants, its person affixes and every «ا» taken away: the one form a negated jussive shares with its
 * perfect, hollow roots included, which verbalKey does not read («لم ينهر» / «انهار» → «نهر», «لم يعد» / «عاد» → «عد»,
 * «لم تغلق» / «أغلقت» → «غلق», «لم ينسحبوا» / «انسحب» → «نسحب»). Coarse — the derived forms of a root fall together —
 * so it only compares a verb one source negates with one another asserts about the same subject. `key` is a matching
 * key without its conjunction; a jussive loses its person prefix.
 */
export function verbSkeleton(key: string, aspect: 'perfect' | 'jussive'): string {
  let w = aspect === 'jussive' && /^[يتن]/u.test(key) ? key.slice(1) : key;
  const suffix = SKELETON_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 3);
  if (suffix !== undefined) w = w.slice(0, w.length - suffix.length);
  return w.replace(/ا/gu, '');
}
