import type { EstimativeLexicon } from '../../text/estimative/estimative-lexicon.ts';

/** The languages the checker writes its suggestions in: those of the analyst's sentences. */
export type SuggestionLanguage = 'ar' | 'en';

/** For a vague hedge: name the scale's terms, from the lexicon, so the wording the analyst is offered is the one shipped. */
export function hedgeSuggestion(hedge: string, language: SuggestionLanguage, lexicon: EstimativeLexicon): string {
  const terms = lexicon.likelihood.map((e) => e[language]);
  return language === 'ar'
    ? `«${hedge}» لا يحدد درجة احتمال: اختر درجة من سلّم الاحتمال (${terms.join('، ')}).`
    : `"${hedge}" names no probability: choose a likelihood band (${terms.join(', ')}).`;
}

/** For a likelihood and a confidence level in one sentence: ICD 203 states them apart. */
export function separateSuggestion(likelihood: string, confidence: string, language: SuggestionLanguage): string {
  return language === 'ar'
    ? `الجملة تجمع درجة احتمال («${likelihood}») ودرجة ثقة («${confidence}»): اذكر كلاً منهما في جملة مستقلة.`
    : `The sentence states a likelihood ("${likelihood}") and a confidence level ("${confidence}") together: state them in separate sentences.`;
}
