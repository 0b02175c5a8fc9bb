/**
 * Cardinal quantities in Arabic news text: digits (ASCII, Arabic-Indic «٢٫٥», grouped «1,200», «1.3 مليون»),
 * number words (واحد … تسعمئة، ألف، مليون، مليار، with «و» joining the parts: «ثلاثة آلاف وخمسمئة»),
 * fractions (نصف، ربع، ثلث), vague plurals (عشرات، مئات، آلاف، «عشرات الآلاف») and approximation
 * markers (نحو، حوالي، أكثر من …), each turned into a value and an interval, with the noun it counts.
 *
 * Follows §5.1 of the team's Arabic NLP notes (numeric contradiction detection, after de Marneffe et al. 2008).
 * Works on matching keys (see normalise), so hamza seats, ta marbuta and digit shapes never matter.
 *
 * The parts, one concept a file: number-words.ts (a token as a part of a number), number-phrase.ts (the parts of
 * one number read together), approximations.ts (markers and the intervals they commit to), noun-classes.ts (the
 * class and sense of a counted noun), counted-noun.ts (which word a number counts) and quantities.ts (finding
 * them in a text). Callers import the entry points from here.
 */
export { findQuantities, type Quantity } from './quantities.ts';
export { type CountedNoun } from './counted-noun.ts';
export { isCurrency, isOldDenomination, nounClass, nounLetters, nounSense, peopleFate, pluralSingular } from './noun-classes.ts';
