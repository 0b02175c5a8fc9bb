import type { KeyJudgment } from '../../model/brief.ts';
import { estimativeLexicon, type EstimativeLexicon } from '../../text/estimative/estimative-lexicon.ts';

/**
 * How a key judgment's band and confidence are printed, in the brief's language, from the shipped lexicon (one term
 * per band): the likelihood with its range, then the confidence, each under its own name, as ICD 203 keeps them apart.
 */
export function judgmentTerms(judgment: Pick<KeyJudgment, 'band' | 'confidence'>, lexicon: EstimativeLexicon = estimativeLexicon()): { likelihood: string; confidence: string } {
  const band = lexicon.likelihood.find((e) => e.band === judgment.band);
  const level = lexicon.confidence.find((e) => e.level === judgment.confidence);
  return {
    // The range in words («بين 80 و95%»), which break where words do: a dashed range («80–95%») is broken inside its
    // numbers by LibreOffice at a line's end, whatever joiner or no-break space holds it together.
    likelihood: band ? `درجة الاحتمال: ${band.ar} (بين ${String(band.percent.min)} و${String(band.percent.max)}%)` : '',
    confidence: level ? `درجة الثقة: ${level.ar}` : '',
  };
}

/** Whether a brief has a key judgment to print: the section is left out whole (no heading) otherwise. */
export function hasKeyJudgments(judgments: readonly { included: boolean }[] | undefined): boolean {
  return judgments?.some((k) => k.included) ?? false;
}
