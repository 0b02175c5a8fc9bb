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
