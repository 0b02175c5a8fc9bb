import { z } from 'zod';
import { ConfidenceLevel, LikelihoodBand } from '../../model/estimative.ts';

/**
 * What the language checker says of a sentence of the analyst's own text:
 * - `vague-hedge`: a word of possibility that names no probability («قد يكون», «ربما», "may"): choose a band;
 * - `likelihood-with-confidence`: a likelihood term and a confidence term in one sentence, which ICD 203 keeps apart
 *   (confidence rates the evidence, likelihood the event): separate them.
 * `start`/`end` are UTF-16 offsets in the checked text; the suggestion is in the sentence's language.
 */
export const LanguageFlagKind = z.enum(['vague-hedge', 'likelihood-with-confidence']);
export type LanguageFlagKind = z.infer<typeof LanguageFlagKind>;

export const LanguageFlag = z.object({
  kind: LanguageFlagKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The flagged words as written. */
  text: z.string(),
  language: z.enum(['ar', 'en']),
  suggestion: z.string(),
  /** For `likelihood-with-confidence`: the band and the level the sentence names. */
  band: LikelihoodBand.optional(),
  confidence: ConfidenceLevel.optional(),
});
export type LanguageFlag = z.infer<typeof LanguageFlag>;
