import { splitSentences } from '../../text/arabic/index.ts';
import { estimativeLexicon, type EstimativeLexicon } from '../../text/estimative/estimative-lexicon.ts';
import { checkSentence } from './check-sentence.ts';
import type { LanguageFlag } from './language-flag.ts';

/** The flags of a text of the analyst's (an edited or written item), sentence by sentence, in text order. */
export function checkLanguage(text: string, lexicon: EstimativeLexicon = estimativeLexicon()): LanguageFlag[] {
  return splitSentences(text)
    .flatMap((s) => checkSentence(s.text, s.start, lexicon))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
