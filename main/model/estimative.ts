import { z } from 'zod';

/**
 * The seven likelihood bands of US ICD 203 (estimative language), least likely first: the order is the scale's.
 * Ids only; their Arabic and English terms and probability ranges are the shipped lexicon (text/estimative/).
 */
export const LikelihoodBand = z.enum([
  'almost-no-chance',
  'very-unlikely',
  'unlikely',
  'roughly-even-chance',
  'likely',
  'very-likely',
  'almost-certain',
]);
export type LikelihoodBand = z.infer<typeof LikelihoodBand>;

/** ICD 203's confidence levels, lowest first: how strong the basis of a judgment is, stated apart from its likelihood. */
export const ConfidenceLevel = z.enum(['low', 'moderate', 'high']);
export type ConfidenceLevel = z.infer<typeof ConfidenceLevel>;
