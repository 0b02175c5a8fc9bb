/**
 * `word` without the accusative's alef that stays once the tanween is folded away («جزءا» → «جزء», «قتيلاً» →
 * «قتيل»), else `word` itself. Only a word of at least `minLength` letters loses it (each caller keeps the shortest
 * stem it can trust), and never a doubled «اا», which no tanween leaves.
 */
export function withoutAccusativeAlef(word: string, minLength: number): string {
  return word.length >= minLength && word.endsWith('ا') && !word.endsWith('اا') ? word.slice(0, -1) : word;
}
