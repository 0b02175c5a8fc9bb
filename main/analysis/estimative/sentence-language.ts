import type { SuggestionLanguage } from './suggestions.ts';

const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/** A sentence's language: the script most of its letters are in (Arabic when they tie). */
export function sentenceLanguage(text: string): SuggestionLanguage {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return latin > arabic ? 'en' : 'ar';
}
