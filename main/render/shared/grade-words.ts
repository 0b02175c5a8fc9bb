import type { Brief, Citation, SummaryPoint } from '../../model/brief.ts';
import { credibilityOf, type InformationCredibility, type SourceReliability } from '../../model/grading.ts';
import { sourceNumbering } from './source-numbers.ts';

/** The letters a template writes grades in (Template.gradeLetters); declared here, since shared/ sits below render/. */
export interface GradeLetters {
  gradeLetters: 'arabic' | 'latin';
}

/**
 * The words of the Admiralty grades (AJP-2.1) as every exporter prints them, so the PDF, the Word file and the
 * legend of one brief agree. In an Arabic brief the reliability letters are the abjad order's first six letters,
 * أ ب ج د هـ و, as Arabic lists letter items; a template may keep NATO's Latin letters.
 */
export const RELIABILITY: Record<SourceReliability, { letter: string; ar: string; en: string }> = {
  A: { letter: 'أ', ar: 'موثوق تماماً', en: 'completely reliable' },
  B: { letter: 'ب', ar: 'موثوق عادةً', en: 'usually reliable' },
  C: { letter: 'ج', ar: 'موثوق إلى حدّ ما', en: 'fairly reliable' },
  D: { letter: 'د', ar: 'غير موثوق عادةً', en: 'not usually reliable' },
  E: { letter: 'هـ', ar: 'غير موثوق', en: 'unreliable' },
  F: { letter: 'و', ar: 'لا يمكن الحكم', en: 'reliability cannot be judged' },
};

// Not the estimative lexicon's terms («مرجّح», «مستبعد جداً»): those name likelihood bands, and one word names one band.
// Grades 1 to 6 in order.
export const CREDIBILITY: readonly { grade: InformationCredibility; ar: string; en: string }[] = [
  { grade: 1, ar: 'مؤكَّدة من مصادر أخرى', en: 'confirmed by other sources' },
  { grade: 2, ar: 'صحيحة على الأغلب', en: 'probably true' },
  { grade: 3, ar: 'صحيحة احتمالاً', en: 'possibly true' },
  { grade: 4, ar: 'مشكوك فيها', en: 'doubtful' },
  { grade: 5, ar: 'بعيدة الاحتمال', en: 'improbable' },
  { grade: 6, ar: 'لا يمكن الحكم على صحتها', en: 'truth cannot be judged' },
];

/** The reliability letter as the template writes it. */
export function reliabilityLetter(grade: SourceReliability, template: GradeLetters): string {
  return template.gradeLetters === 'latin' ? grade : RELIABILITY[grade].letter;
}

/**
 * The grade of one citation of a point: its source's reliability letter and the point's credibility («ب2», "B2"); the
 * letter alone for a point without a credibility; null when the source is not graded (nothing is printed).
 */
export function citationGrade(brief: Brief, sourceNumber: number, point: Pick<SummaryPoint, 'credibility'>, template: GradeLetters): string | null {
  const reliability = brief.sources[sourceNumber - 1]?.reliability;
  if (reliability === undefined) return null;
  const credibility = point.credibility === undefined ? '' : String(credibilityOf(point.credibility));
  return `${reliabilityLetter(reliability, template)}${credibility}`;
}

/**
 * The numbers of the sources an item cites, each once in ascending order, a graded outlet's number followed by
 * the item's grade after a thin no-break space («2 ب3»): a table's sources cell.
 */
export function gradedSourceNumbers(brief: Brief, citations: readonly Citation[], item: Pick<SummaryPoint, 'credibility'>, template: GradeLetters): string[] {
  return sourceNumbering(brief)(citations).map((n) => {
    const grade = citationGrade(brief, n, item, template);
    return grade === null ? String(n) : `${String(n)}\u202f${grade}`;
  });
}

/** Whether any grade appears among these points: the legend is printed only then. */
export function showsGrades(brief: Brief, points: readonly Pick<SummaryPoint, 'sources'>[]): boolean {
  const graded = new Set(brief.sources.filter((s) => s.reliability !== undefined).map((s) => s.id));
  return points.some((p) => p.sources.some((c) => graded.has(c.sourceId)));
}

/**
 * The legend of both scales, in the brief's language (Arabic): what the letter and the digit of a grade say, and that
 * an ungraded source prints none. Lines: a lead, the reliability scale, the credibility scale.
 */
export function gradeLegend(template: GradeLetters): { lead: string; reliability: string; credibility: string } {
  const letters = (Object.keys(RELIABILITY) as SourceReliability[]).map((g) => `${reliabilityLetter(g, template)}: ${RELIABILITY[g].ar}`);
  const digits = CREDIBILITY.map((c) => `${String(c.grade)}: ${c.ar}`);
  return {
    lead: 'تقدير الأدلة: الحرف بعد رقم المصدر يقيّم موثوقية المصدر، والرقم بعده يقيّم صدقية المعلومة، كلٌّ على حدة. المصدر الذي لم يُقيَّم لا يحمل تقديراً.',
    reliability: `موثوقية المصدر — ${letters.join('، ')}.`,
    credibility: `صدقية المعلومة — ${digits.join('، ')}.`,
  };
}
