/**
 * The forms a counted noun phrase takes with its number, as Arabic grammar requires (numeral–noun agreement):
 * one and two are said by the noun itself (dual for two), 3–10 take the plural, 11–99 the accusative singular
 * (tamyiz), round hundreds and thousands the genitive singular. Only the last two digits decide above 100
 * («103 مصادر», «112 مصدرًا», «100 مصدر»).
 */
export interface CountedForms {
  /** «مصدر مستقل واحد» */
  one: string;
  /** «مصدران مستقلان» */
  two: string;
  /** After 3–10: «مصادر مستقلة» */
  plural: string;
  /** After 11–99: «مصدرًا مستقلًا» */
  accusative: string;
  /** After 100, 200, 1000…: «مصدر مستقل» */
  genitive: string;
}

/** `n` with its noun phrase in the agreeing form; digits left Western for the caller to shape. */
export function countInWords(n: number, forms: CountedForms): string {
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  const lastTwo = n % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return `${n} ${forms.plural}`;
  if (lastTwo >= 11) return `${n} ${forms.accusative}`;
  return `${n} ${forms.genitive}`;
}
