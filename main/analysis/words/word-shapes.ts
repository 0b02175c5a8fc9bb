import { dropsPreposition, particleReadings, withoutAccusativeAlef } from '../../text/arabic/index.ts';

// The shapes of ordinary Arabic words a name never has: a derived verbal noun, a sound plural. Both the actor
// rules (name evidence) and the entity tagger (its word classes) test them.

// Derived verbal-noun patterns on matching keys (hamza folded to ا, ta marbuta to ه).
const MASDAR_PATTERNS: readonly RegExp[] = [
  /^ت\p{L}\p{L}ي\p{L}$/u, // تفعيل: توضيح، تطوير
  /^ت\p{L}{3}ه$/u, // تفعلة: تسوية، تهدئة
  /^م\p{L}ا\p{L}{2}ه$/u, // مفاعلة: مناقشة، مفاوضة
  /^ت\p{L}ا\p{L}{2}$/u, // تفاعل: تراجع، تبادل
  /^ا\p{L}{2}ا\p{L}$/u, // إفعال: إنتاج، إعلان
  /^ا\p{L}[تطد]\p{L}ا\p{L}$/u, // افتعال: اجتماع، اضطراب
  /^ان\p{L}{2}ا\p{L}$/u, // انفعال: انسحاب، انفجار
  /^است\p{L}{2}ا\p{L}$/u, // استفعال: استقبال، استخدام
];

/** A verbal noun of a derived pattern (masdar), on a matching key. */
export function isMasdarShaped(key: string): boolean {
  return MASDAR_PATTERNS.some((p) => p.test(key));
}

/** A sound plural ending (-ات، -ون، -ين) on a word long enough not to be a short root. */
export function isPluralShaped(key: string): boolean {
  return key.length >= 5 && /(?:ات|ون|ين)$/u.test(key);
}

// Feminine adjectives and ordinals on matching keys (ta marbuta folded to ه): فاعلة (واسعة، ثانية), فاعّة of doubled
// roots (جافة، عامة), فعيلة (كبيرة، جديدة), مفعولة (معروفة، محدودة).
const FEMININE_ADJECTIVE_PATTERNS: readonly RegExp[] = [/^\p{L}ا\p{L}{2}ه$/u, /^\p{L}ا\p{L}ه$/u, /^\p{L}{2}ي\p{L}ه$/u, /^م\p{L}{2}و\p{L}ه$/u];

/** The shortest masculine nisba, its article aside («عربي»): shorter words ending in «ي» («الري») are rarely nisbas. */
export const MIN_NISBA = 4;

/** Whether a name key's word is a nisba, masculine or feminine («الشعبي», «العراقيه»). */
export function hasNisbaShape(word: string): boolean {
  const bare = word.startsWith('ال') ? word.slice(2) : word;
  return bare.length >= MIN_NISBA && /يه?$/u.test(bare);
}

/** An indefinite feminine adjective or ordinal by its pattern («جافة», «ثانية», «كبيرة»), on a matching key. */
export function isFeminineAdjectiveShaped(key: string): boolean {
  return FEMININE_ADJECTIVE_PATTERNS.some((p) => p.test(key));
}

/**
 * A masculine sound plural of a participle in construct, its «ن» dropped before the noun it governs («مراقبو»
 * of «مراقبو السباق», «مسؤولو», «مقاتلو»): «م», a consonant, and at least two letters more before «و». Names such
 * as «ماركو», «ماريو» have «ا» second.
 */
export function isConstructPluralShaped(key: string): boolean {
  return /^م[^ا]\p{L}{2,}و$/u.test(key);
}

/**
 * A derived verbal noun with a preposition «ب/ل/ك» written onto it («باستجواب», «بتسيير», «لتطوير»): the noun a
 * verb of asking or ordering governs («طالب فلان باستجواب …»), which a name never is. Only readings that drop the
 * preposition (and a conjunction before it) count, and the verbal noun must keep five letters.
 */
export function isPrepositionalMasdar(key: string): boolean {
  // A definite word is none («بالحاج»: «الحاج» has the shape of «إفعال»).
  return particleReadings(key).some((r) => r.length >= 5 && !r.startsWith('ال') && dropsPreposition(key, r) && isMasdarShaped(r));
}

// Participles and adjectives on matching keys, the accusative's alef off: مفعول (موقوف، مصاب is not: too short),
// فعيل (قتيل، جريح is not), فاعل (قادم، حاضر) but not on «ي» («ماريا», «كاتيا» are names), متفعّل (متورط).
const PARTICIPLE_PATTERNS: readonly RegExp[] = [/^م\p{L}{2}و\p{L}$/u, /^\p{L}{2}ي\p{L}$/u, /^\p{L}ا\p{L}[^ي]$/u, /^مت\p{L}{3}$/u];

/**
 * An indefinite participle or adjective in the accusative, its tanween's alef written («موقوفا», «قتيلا»,
 * «قادما»): a state said of the subject after its name («لا يزال فلان موقوفا»), never a name's last word. A name
 * written with a final alef («أوباما», «سيلفا», «ماريا») has none of these patterns under it.
 */
export function isAccusativeParticiple(key: string): boolean {
  const stem = withoutAccusativeAlef(key, 5);
  return stem !== key && PARTICIPLE_PATTERNS.some((p) => p.test(stem));
}
