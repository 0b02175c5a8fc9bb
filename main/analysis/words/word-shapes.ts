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
