import { procliticReadings } from './clitics.ts';
import { withoutAccusativeAlef } from './accusative-alef.ts';
import { lightStem } from './light-stem.ts';
import { normalise } from './normalise.ts';

const BROKEN_PLURALS = new Map<string, string>(
  (
    [
      ['قتلى', 'قتيل'],
      ['جرحى', 'جريح'],
      ['أسرى', 'أسير'],
      ['ضحايا', 'ضحية'],
      ['شهداء', 'شهيد'],
      ['جنود', 'جندي'],
      ['ضباط', 'ضابط'],
      ['عساكر', 'عسكري'],
      ['مسلحون', 'مسلح'],
      ['عناصر', 'عنصر'],
      ['أشخاص', 'شخص'],
      ['منازل', 'منزل'],
      ['مبان', 'مبنى'],
      ['مباني', 'مبنى'],
      ['أطفال', 'طفل'],
      ['رجال', 'رجل'],
      ['نساء', 'امرأة'],
      ['أفراد', 'فرد'],
      ['صواريخ', 'صاروخ'],
      ['قذائف', 'قذيفة'],
      ['أسر', 'أسرة'],
      ['عوائل', 'عائلة'],
      ['مقاعد', 'مقعد'],
      ['طلاب', 'طالب'],
      ['عمال', 'عامل'],
      ['دول', 'دولة'],
      ['مدن', 'مدينة'],
      ['قرى', 'قرية'],
      ['موتى', 'ميت'],
      // A sound plural, but Light10 reads its «و» as a conjunction: «الوفيات» would fall apart from «وفاة».
      ['وفيات', 'وفاة'],
      ['مرضى', 'مريض'],
      ['سكان', 'ساكن'],
      ['لاجئون', 'لاجئ'],
      ['آليات', 'آلية'],
      ['سفن', 'سفينة'],
      ['بواخر', 'باخرة'],
      ['مراكب', 'مركب'],
      ['زوارق', 'زورق'],
      ['قوارب', 'قارب'],
      ['أظناء', 'ظنين'],
    ] as [string, string][]
  ).map(([plural, singular]) => [normalise(plural), normalise(singular)]),
);

// Classes per key, memoised: open questions ask for the class of every word of every sentence. Bounded.
const CLASSES = new Map<string, string>();
const CLASS_MEMO_LIMIT = 100_000;

/** The class key of a counted noun (see CountedNoun.cls). */
export function nounClass(key: string): string {
  const known = CLASSES.get(key);
  if (known !== undefined) return known;
  if (CLASSES.size >= CLASS_MEMO_LIMIT) CLASSES.clear();
  const cls = computeNounClass(key);
  CLASSES.set(key, cls);
  return cls;
}

function computeNounClass(key: string): string {
  let k = key;
  const bare = procliticReadings(k).find((r) => BROKEN_PLURALS.has(r));
  if (bare !== undefined) k = BROKEN_PLURALS.get(bare) ?? k;
  // The accusative «قتيلاً» keeps an alef once the tanween is folded away.
  k = withoutAccusativeAlef(k, 4);
  // Nisba nouns («مدني»، «جندي»، «لاجئ» → لاجي) keep their yeh: Light10 would make «مدني» the «مدن» of cities.
  if (/..(?:يين|يون)$/.test(k)) k = k.slice(0, -2);
  if (k.length > 3 && k.endsWith('ي')) return lightStem(k.slice(0, -1)) + 'ي';
  const stem = lightStem(k);
  // Light10 leaves the ta marbuta (folded to heh) of «ضحية» but strips the heh suffix of «ضحيه»; fold both ways.
  return stem.endsWith('ه') && stem.length > 2 ? stem.slice(0, -1) : stem;
}

/**
 * The letters of a counted-noun class (nounClass) once the long «ا» of a singular or of a broken plural is read off:
 * «راكب» and «ركاب» → «ركب». Looser than the class, which the summary's features read and which is kept as it is: a
 * caller that pairs figures by their noun (questions/numeric-contradictions) reads one noun in both.
 */
export function nounLetters(cls: string): string {
  const bare = cls.replace(/ا/gu, '');
  return bare.length >= 3 ? bare : cls;
}

/**
 * The singular of a word known to be a plural, read from the two broken-plural shapes of triliteral nouns news prose
 * ranks most: «أفعال» («أحكام» → «حكم»، «أحداث» → «حدث») and «فعول» («حروب» → «حرب»، «دروس» → «درس»), on a matching
 * key without its article; any other key is returned as it is. Only where the grammar says the word is a plural
 * (an ordinal's partitive, «رابع الأحكام»): a singular may have either shape («إعلان»، «هجوم»).
 */
export function pluralSingular(key: string): string {
  const afal = /^ا(.)(.)ا(.)$/u.exec(key);
  if (afal) return `${afal[1]}${afal[2]}${afal[3]}`;
  const fuul = /^(.)(.)و(.)$/u.exec(key);
  return fuul ? `${fuul[1]}${fuul[2]}${fuul[3]}` : key;
}

/**
 * What kind of thing a counted noun counts, as a sense key shared by near-synonyms that news reports use
 * for the same people or objects: one outlet writes «1000 عنصر», another «2000 جندي» of the same event
 * (§5.1 step 2: the key is the head noun's class, not its spelling). The dead and the wounded stay apart,
 * because reports give both counts side by side («12 قتيلا و30 جريحا»); so do currencies (no conversion).
 */
const SENSES: [string, string[]][] = [
  ['personnel', ['عنصر', 'جندي', 'مقاتل', 'عسكري', 'ضابط', 'مسلح', 'مجند', 'منتسب', 'مرتزق', 'عنصرا', 'جنديا', 'مقاتلا', 'ضابطا', 'مسلحا']],
  ['people', ['شخص', 'مواطن', 'مدني', 'لاجئ', 'نازح', 'ساكن', 'إنسان', 'نسمة', 'شخصا', 'مواطنا', 'مدنيا', 'لاجئا', 'نازحا']],
  ['dead', ['قتيل', 'ضحية', 'شهيد', 'ميت', 'متوفى', 'وفاة', 'قتيلا', 'شهيدا']],
  ['wounded', ['جريح', 'مصاب', 'إصابة', 'جريحا', 'مصابا']],
  ['detainees', ['معتقل', 'أسير', 'محتجز', 'سجين', 'موقوف', 'معتقلا', 'أسيرا', 'سجينا']],
  // The missing: «تسعة مفقودين»، «١١ شخصا في عداد المفقودين» (the same people the fate words «مصير»، «فقدان» count).
  ['missing', ['مفقود']],
  // The accused of a trial: «متهم» everywhere, «ظنين» in Moroccan and Tunisian courts' prose («21 ظنينا»).
  ['defendants', ['متهم', 'ظنين', 'متهما', 'ظنينا']],
  ['vehicles', ['سيارة', 'آلية', 'عربة', 'مركبة', 'شاحنة', 'حافلة', 'مدرعة']],
  ['vessels', ['سفينة', 'باخرة', 'ناقلة', 'مركب', 'زورق', 'قارب']],
  // Households: relief figures count families under either word («2300 أسرة نازحة», «1600 عائلة»).
  ['households', ['أسرة', 'عائلة', 'عائلات', 'أسرا', 'عائلا']],
  // Voters: a turnout is counted under either word («31200 ناخب», «27800 مقترع»).
  ['voters', ['ناخب', 'مقترع', 'مصوت', 'ناخبا', 'مقترعا', 'مصوتا']],
  ['buildings', ['منزل', 'مبنى', 'بيت', 'مسكن', 'منزلا', 'بيتا']],
  ['projectiles', ['صاروخ', 'قذيفة', 'صاروخا']],
];

// Currencies a sum is counted in: each stays its own class (no conversion), but a sum is a kind of thing a story may
// give once (the ransom paid, the fine imposed), which the figures of other nouns are not. An accusative «دولارا»
// needs no entry: nounClass reads it without its alef.
const CURRENCIES = ['دينار', 'دولار', 'يورو', 'جنيه', 'ريال', 'درهم', 'ليرة', 'أوقية', 'فرنك', 'شيكل', 'روبية', 'يوان'];
const CURRENCY_CLASSES = new Set(CURRENCIES.map((w) => nounClass(normalise(w))));

/** Whether a counted-noun class (see nounClass) is a currency's: the figure is a sum of money. */
export function isCurrency(cls: string): boolean {
  return CURRENCY_CLASSES.has(cls);
}

// «مليون أوقية قديمة»، «بالليرة القديمة»: a sum in a currency's old denomination, which a redenomination set apart from
// its new one by a factor («100 ألف أوقية» is the same sum since 2018): two sums so told in different denominations
// are no two figures of one sum.
const OLD_DENOMINATION = new Set(['قديمة', 'قديم', 'القديمة', 'القديم'].map((w) => normalise(w)));

/** Whether the word after a currency's name marks it as the old denomination («أوقية قديمة»). */
export function isOldDenomination(key: string | undefined): boolean {
  return key !== undefined && OLD_DENOMINATION.has(key);
}

const SENSE_OF = new Map<string, string>(SENSES.flatMap(([sense, words]) => words.map((w): [string, string] => [nounClass(normalise(w)), sense])));

/**
 * The sense key of a counted-noun class (see nounClass): «personnel» for «عنصر»، «جنود»، «مقاتلين»…,
 * or the class itself when the noun is not in the lexicon, so unknown nouns still compare only with
 * their own forms.
 */
export function nounSense(cls: string): string {
  return SENSE_OF.get(cls) ?? cls;
}

/**
 * What happened to the people a figure counts, from the verbal noun that governs it: «مقتل 12 شخصا» counts the dead
 * as «15 قتيلا» does, «إصابة 30 شخصا» the wounded, «اعتقال 5 أشخاص» detainees. Keys are matching keys (normalise);
 * a proclitic «و», «ب», «ل» or «ف» before the word is read through.
 */
const FATES: [string, string[]][] = [
  // «انتشلت جثث تسعة أشخاص»: the bodies counted are the dead.
  ['dead', ['مقتل', 'قتل', 'مصرع', 'وفاة', 'استشهاد', 'موت', 'جثث', 'جثة', 'جثامين', 'جثمان']],
  ['wounded', ['إصابة', 'جرح']],
  ['detainees', ['اعتقال', 'احتجاز', 'توقيف', 'أسر', 'خطف', 'اختطاف']],
  // «لا يزال مصير ستة أشخاص مجهولا»، «فقدان 4 صيادين»: people whose fate is not known are the missing, not a toll.
  ['missing', ['مصير', 'فقدان', 'اختفاء']],
];
const FATE_OF = new Map<string, string>(FATES.flatMap(([sense, words]) => words.map((w): [string, string] => [normalise(w), sense])));

/** The sense of people counted after `wordKey` («مقتل» → dead), or null when the word tells no fate. */
export function peopleFate(wordKey: string): string | null {
  const own = FATE_OF.get(wordKey);
  if (own !== undefined) return own;
  return /^[وبلف]/u.test(wordKey) ? FATE_OF.get(wordKey.slice(1)) ?? null : null;
}
