import { z } from 'zod';
import { ConfidenceLevel, LikelihoodBand } from '../../model/estimative.ts';
import { wordKeys } from '../arabic/index.ts';
import shippedData from './estimative-terms.json' with { type: 'json' };

/**
 * The estimative lexicon (US ICD 203): one Arabic and one English term for each of the seven likelihood bands, with
 * the band's probability range, and for each confidence level. One term per band is the point of the scale: a reader
 * maps a word to one range only if no word serves two, so loading refuses a term (by its matching key, so «مرجّح» and
 * «مرجح» are one term) that names two bands or levels.
 */

const Term = z.string().trim().min(1);
const Percent = z.number().int().min(0).max(100);

const LikelihoodEntry = z.object({
  band: LikelihoodBand,
  percent: z.object({ min: Percent, max: Percent }).refine((p) => p.min < p.max, 'min must be below max'),
  ar: Term.regex(/\p{Script=Arabic}/u, 'an Arabic term'),
  en: Term.regex(/^[a-z ]+$/u, 'an English term in lower case'),
}).strict();
export type LikelihoodEntry = z.infer<typeof LikelihoodEntry>;

const ConfidenceEntry = z.object({
  level: ConfidenceLevel,
  ar: Term.regex(/\p{Script=Arabic}/u, 'an Arabic term'),
  en: Term.regex(/^[a-z ]+$/u, 'an English term in lower case'),
}).strict();
export type ConfidenceEntry = z.infer<typeof ConfidenceEntry>;

const LexiconData = z.object({ likelihood: z.array(LikelihoodEntry), confidence: z.array(ConfidenceEntry) }).strict();

export type TermLanguage = 'ar' | 'en';
export type TermMeaning = { kind: 'likelihood'; band: LikelihoodBand } | { kind: 'confidence'; level: ConfidenceLevel };

/** A term as the checker matches it: its words' matching keys (diacritics, hamza seats, ة/ه and case folded). */
export interface EstimativeTerm {
  text: string;
  language: TermLanguage;
  words: readonly string[];
  meaning: TermMeaning;
}

export interface EstimativeLexicon {
  /** The bands in the scale's order, least likely first. */
  likelihood: readonly LikelihoodEntry[];
  /** The levels, lowest first. */
  confidence: readonly ConfidenceEntry[];
  /** Every term, those of more words first, so «مرجّح جداً» is found before «مرجّح» inside it. */
  terms: readonly EstimativeTerm[];
}

/** Loading refused the lexicon: a band missing or repeated, ranges that do not follow on, or a term of two meanings. */
export class EstimativeLexiconError extends Error {}

function meaningName(m: TermMeaning): string {
  return m.kind === 'likelihood' ? m.band : `${m.level} confidence`;
}

function checkScale(likelihood: readonly LikelihoodEntry[], confidence: readonly ConfidenceEntry[]): void {
  const bands = likelihood.map((e) => e.band).join(',');
  if (bands !== LikelihoodBand.options.join(',')) {
    throw new EstimativeLexiconError(`the likelihood bands must be ${LikelihoodBand.options.join(', ')}, each once and in that order; found ${bands}`);
  }
  const levels = confidence.map((e) => e.level).join(',');
  if (levels !== ConfidenceLevel.options.join(',')) {
    throw new EstimativeLexiconError(`the confidence levels must be ${ConfidenceLevel.options.join(', ')}, each once and in that order; found ${levels}`);
  }
  // ICD 203's ranges meet end to end: a gap or an overlap would leave a probability with no band or with two.
  likelihood.forEach((e, i) => {
    const before = likelihood[i - 1];
    if (before !== undefined && before.percent.max !== e.percent.min) {
      throw new EstimativeLexiconError(`the range of ${e.band} (${String(e.percent.min)}–${String(e.percent.max)} %) does not start where ${before.band} ends (${String(before.percent.max)} %)`);
    }
  });
}

/** Parses and checks lexicon data (the shipped file, or a test's variant of it). */
export function parseEstimativeLexicon(data: unknown): EstimativeLexicon {
  const parsed = LexiconData.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new EstimativeLexiconError(`the estimative lexicon is malformed: ${problems.join('; ')}`);
  }
  const { likelihood, confidence } = parsed.data;
  checkScale(likelihood, confidence);
  const meanings: { text: string; language: TermLanguage; meaning: TermMeaning }[] = [
    ...likelihood.flatMap((e) => (['ar', 'en'] as const).map((language) => ({ text: e[language], language, meaning: { kind: 'likelihood' as const, band: e.band } }))),
    ...confidence.flatMap((e) => (['ar', 'en'] as const).map((language) => ({ text: e[language], language, meaning: { kind: 'confidence' as const, level: e.level } }))),
  ];
  const byKey = new Map<string, EstimativeTerm>();
  for (const m of meanings) {
    const term: EstimativeTerm = { ...m, words: wordKeys(m.text) };
    const key = term.words.join(' ');
    const other = byKey.get(key);
    if (other !== undefined) {
      throw new EstimativeLexiconError(`the term «${m.text}» names two meanings: ${meaningName(other.meaning)} («${other.text}») and ${meaningName(m.meaning)}`);
    }
    byKey.set(key, term);
  }
  const terms = [...byKey.values()].sort((a, b) => b.words.length - a.words.length);
  return { likelihood, confidence, terms };
}

let shipped: EstimativeLexicon | null = null;

/** The lexicon Mawjaz ships, parsed on first use and kept. */
export function estimativeLexicon(): EstimativeLexicon {
  shipped ??= parseEstimativeLexicon(shippedData);
  return shipped;
}
