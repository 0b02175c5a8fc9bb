import type { Brief } from './types.ts';

export type Reliability = NonNullable<Brief['sources'][number]['reliability']>;
export const RELIABILITY_GRADES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
export const CREDIBILITY_GRADES: readonly number[] = [1, 2, 3, 4, 5, 6];

// As the exporters write them in an Arabic brief (render/shared/grade-words.ts): the abjad order's first letters.
const ARABIC_LETTER: Record<Reliability, string> = { A: 'أ', B: 'ب', C: 'ج', D: 'د', E: 'هـ', F: 'و' };

/**
 * An outlet name's grade key as the host gives it (`outlets:keys`, ingest/metadata/outlet-key.ts: every form one outlet is
 * cited in shares it), or undefined when the page has none: not yet answered, or the host could not be asked.
 */
export type OutletKeyOf = (outlet: string) => string | undefined;

/** No keys at all: outlets are then told apart by the names the brief writes. */
const BY_NAME: OutletKeyOf = () => undefined;

/** One outlet row per key; a name without a key is its own row (kept apart from keys: a name is not a key). */
function rowOf(outlet: string, keyOf: OutletKeyOf): string {
  const key = keyOf(outlet);
  return key === undefined ? `name:${outlet}` : `key:${key}`;
}

/**
 * The draft with every source of `outlet`'s outlet carrying `grade` (none for null), as the workspace now keeps it: a
 * source of any form of that outlet when the host has given their keys («جريدة الصباح» and «الصباح»), else of the
 * name as the brief writes it (the host applies the workspace's grades by key when it opens or exports a draft).
 */
export function setOutletGrade(brief: Brief, outlet: string, grade: Reliability | null, keyOf: OutletKeyOf = BY_NAME): Brief {
  const row = rowOf(outlet, keyOf);
  return {
    ...brief,
    sources: brief.sources.map((s) => {
      if (s.outlet === null || rowOf(s.outlet, keyOf) !== row) return s;
      const { reliability: _old, ...rest } = s;
      return grade === null ? rest : { ...rest, reliability: grade };
    }),
  };
}

/** One row of the grades panel: an outlet, the grade its sources carry, how many sources cite it and in which forms. */
export interface OutletRow {
  /** The form most of its sources use (the first in the brief's order on a tie): the name the grade is given under. */
  outlet: string;
  /** The other forms its sources use, in the brief's order. */
  otherForms: string[];
  /** The grade of its first source: the host gives every source of one outlet the same. */
  grade: Reliability | null;
  sources: number;
}

/**
 * The outlets of a draft's sources, once each whatever forms the sources cite them in (by the host's keys; by name
 * where there are none), in the brief's order, with the grade their sources carry. The row is named by its most
 * used form: the brief reads that way, and the workspace lists a grade under the name it was last given.
 */
export function briefOutlets(brief: Brief, keyOf: OutletKeyOf = BY_NAME): OutletRow[] {
  const rows = new Map<string, { grade: Reliability | null; sources: number; forms: Map<string, number> }>();
  for (const s of brief.sources) {
    if (s.outlet === null) continue;
    const row = rowOf(s.outlet, keyOf);
    const entry = rows.get(row) ?? { grade: s.reliability ?? null, sources: 0, forms: new Map<string, number>() };
    entry.sources++;
    entry.forms.set(s.outlet, (entry.forms.get(s.outlet) ?? 0) + 1);
    rows.set(row, entry);
  }
  return [...rows.values()].map(({ grade, sources, forms }) => {
    const counted = [...forms];
    // The most used form; the brief's first of equals, since a Map keeps the order forms came in and reduce keeps a tie's first.
    const outlet = counted.reduce((best, form) => (form[1] > best[1] ? form : best))[0];
    return { outlet, otherForms: counted.map(([form]) => form).filter((form) => form !== outlet), grade, sources };
  });
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
