import { z } from 'zod';

/**
 * The Admiralty (NATO) grading of evidence (AJP-2.1; STANAG 2511): how reliable the source is (A–F) and, apart from it,
 * how credible the information is (1–6). The two are judged independently, so that a trusted outlet does not lend its
 * trust to a claim nobody else confirms. Ids only; the words of each grade are render/shared/grade-words.ts'.
 */
export const SourceReliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type SourceReliability = z.infer<typeof SourceReliability>;

/** 1 confirmed by other sources … 5 improbable, 6 truth cannot be judged. */
export const InformationCredibility = z.number().int().min(1).max(6);
export type InformationCredibility = z.infer<typeof InformationCredibility>;

/**
 * What a credibility suggestion rests on, in the order the rules are tried:
 * - `denied`: a source denies the claim (a denial the questions found cites the point's sentence);
 * - `contradicted`: sources disagree on it (a contradiction the questions found cites it);
 * - `hedged`: its sentence hedges («قد يكون», "may");
 * - `independent-sources`: two or more independent sources carry it (copies of one wire story count once);
 * - `unnamed-sources`: one source carries it, on the word of sources it does not name («قالت مصادر خاصة»);
 * - `single-source`: one source (or copies of one story) carries it;
 * - `no-sources`: nothing cites it, so its truth cannot be judged.
 */
export const CredibilityBasis = z.enum(['denied', 'contradicted', 'hedged', 'independent-sources', 'unnamed-sources', 'single-source', 'no-sources']);
export type CredibilityBasis = z.infer<typeof CredibilityBasis>;

/**
 * A claim's credibility: what Mawjaz suggests and why (in both languages, as the editor shows it), and the analyst's
 * choice, which wins wherever it is set.
 */
export const ClaimCredibility = z.object({
  suggested: InformationCredibility,
  basis: CredibilityBasis,
  reason: z.object({ ar: z.string().min(1), en: z.string().min(1) }),
  /** The analyst's grade; absent while the suggestion stands. */
  chosen: InformationCredibility.optional(),
});
export type ClaimCredibility = z.infer<typeof ClaimCredibility>;

/** The grade a claim carries: the analyst's when chosen, else the suggestion. */
export function credibilityOf(c: ClaimCredibility): InformationCredibility {
  return c.chosen ?? c.suggested;
}
