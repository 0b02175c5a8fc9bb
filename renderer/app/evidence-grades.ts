import type { Brief } from './types.ts';

export type Reliability = NonNullable<Brief['sources'][number]['reliability']>;
export const RELIABILITY_GRADES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
export const CREDIBILITY_GRADES: readonly number[] = [1, 2, 3, 4, 5, 6];

// As the exporters write them in an Arabic brief (render/shared/grade-words.ts): the abjad order's first letters.
const ARABIC_LETTER: Record<Reliability, string> = { A: 'أ', B: 'ب', C: 'ج', D: 'د', E: 'هـ', F: 'و' };

/**
 * The draft with every source of `outlet` carrying `grade` (none for null), as the workspace now keeps it: the
 * outlet is matched as the brief writes it, since the editor grades the brief's own outlet names (the host applies
 * the workspace's grades to other spellings when it opens or exports a draft).
 */
export function setOutletGrade(brief: Brief, outlet: string, grade: Reliability | null): Brief {
  return {
    ...brief,
    sources: brief.sources.map((s) => {
      if (s.outlet !== outlet) return s;
      const { reliability: _old, ...rest } = s;
      return grade === null ? rest : { ...rest, reliability: grade };
    }),
  };
}

/** The outlets of a draft's sources, once each, in the brief's order, with the grade their sources carry. */
export function briefOutlets(brief: Brief): { outlet: string; grade: Reliability | null; sources: number }[] {
  const out = new Map<string, { outlet: string; grade: Reliability | null; sources: number }>();
  for (const s of brief.sources) {
    if (s.outlet === null) continue;
    const entry = out.get(s.outlet) ?? { outlet: s.outlet, grade: s.reliability ?? null, sources: 0 };
    entry.sources++;
    out.set(s.outlet, entry);
  }
  return [...out.values()];
}

/** A reliability letter in the UI's language: Arabic letters for Arabic, NATO's letters otherwise. */
export function reliabilityLetter(grade: Reliability, language: 'ar' | 'en'): string {
  return language === 'ar' ? ARABIC_LETTER[grade] : grade;
}

/**
 * The grade a citation of a point shows (source reliability and the point's credibility, the analyst's choice
 * winning), or null when the source's outlet is ungraded: the editor shows what the page will print.
 */
export function citationGradeText(brief: Brief, sourceId: string, credibility: Brief['summary'][number]['credibility'], language: 'ar' | 'en'): string | null {
  const reliability = brief.sources.find((s) => s.id === sourceId)?.reliability;
  if (reliability === undefined) return null;
  const digit = credibility === undefined ? '' : String(credibility.chosen ?? credibility.suggested);
  return `${reliabilityLetter(reliability, language)}${digit}`;
}
