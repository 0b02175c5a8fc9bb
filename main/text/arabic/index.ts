// The Arabic text layer: the one place for Arabic text rules, used by the library's search and the analysis alike.
export { normalise, normaliseWithMap, matchKey, foldSpaces, asciiDigits, stripControls, withoutMarks, type NormalisedText } from './normalise.ts';
export { spaceRunCount, spaceSplitCount } from './space-runs.ts';
export { tokenise, tokeniseByLines, tokeniseOnce, wordKeys, isWordChar, type Token } from './tokenise.ts';
export { afterConjunction, withoutConjunction, conjunctionReading, onlyDoubledWaw, type ConjunctionReading, type ConjunctionBasis } from './conjunction.ts';
export { isComplementiser, opensSubjectClause } from './complementisers.ts';
export { isClauseConnective, isSentenceConnective, subordinateConnectiveAt } from './connectives.ts';
export { isRelativePronoun } from './relatives.ts';
export { procliticReadings, mayCarryProclitic, definiteAfterPreposition, dropsPreposition, particleReadings, barestReading, encliticReadings, lookupWithClitics, searchForms, queryForms } from './clitics.ts';
export { firstSentence, splitSentences, splitParagraphs, type Sentence } from './sentences.ts';
export { lightStem } from './light-stem.ts';
export { withoutAccusativeAlef } from './accusative-alef.ts';
export { isStopword, stopwordKeys } from './stopwords.ts';
export { arabicIndicDigits } from './indic-digits.ts';
export { countInWords, type CountedForms } from './count-in-words.ts';
export { findQuantities, nounClass, type Quantity, type CountedNoun } from './numbers.ts';
export { qadSense, aspectAfterQad, type QadSense, type Aspect } from './qad-sense.ts';
export { eventSenses, senseOfWord, countingSenseOf, nearestCountingSense, readSenses, type SenseLexicon } from './event-senses.ts';
export { opensInPluperfect } from './pluperfect.ts';
