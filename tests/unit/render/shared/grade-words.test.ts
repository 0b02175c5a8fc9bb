import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../../main/model/brief.ts';
import { SourceReliability } from '../../../../main/model/grading.ts';
import { CREDIBILITY, RELIABILITY, citationGrade, gradeLegend, reliabilityLetter, showsGrades } from '../../../../main/render/shared/grade-words.ts';
import { estimativeLexicon } from '../../../../main/text/estimative/estimative-lexicon.ts';
import { wordKeys } from '../../../../main/text/arabic/index.ts';

const SAMPLE = Brief.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')));
const ARABIC = { gradeLetters: 'arabic' as const };
const LATIN = { gradeLetters: 'latin' as const };

describe('the words of the grades', () => {
  it('writes A–F as أ ب ج د هـ و in an Arabic template and as the Latin letters otherwise', () => {
    expect(SourceReliability.options.map((g) => reliabilityLetter(g, ARABIC)).join(' ')).toBe('أ ب ج د هـ و');
    expect(SourceReliability.options.map((g) => reliabilityLetter(g, LATIN)).join('')).toBe('ABCDEF');
    expect(RELIABILITY.E.ar).toBe('غير موثوق');
    expect(CREDIBILITY.map((c) => c.grade)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('uses no term of the estimative lexicon, which names one likelihood band each', () => {
    const terms = estimativeLexicon().terms.filter((t) => t.language === 'ar').map((t) => t.words.join(' '));
    const words = [...Object.values(RELIABILITY).map((r) => r.ar), ...CREDIBILITY.map((c) => c.ar)].map((w) => ` ${wordKeys(w).join(' ')} `);
    for (const term of terms) expect(words.filter((w) => w.includes(` ${term} `)), term).toEqual([]);
  });
});

describe('citationGrade and showsGrades', () => {
  const graded: Brief = { ...SAMPLE, sources: SAMPLE.sources.map((s, i) => (i === 0 ? { ...s, reliability: 'B' } : s)) };
  const point = { credibility: { suggested: 3 as const, basis: 'single-source' as const, reason: { ar: 'ا', en: 'a' } } };

  it('a graded source: its letter and the point\'s credibility, the analyst\'s choice winning', () => {
    expect(citationGrade(graded, 1, point, ARABIC)).toBe('ب3');
    expect(citationGrade(graded, 1, { credibility: { ...point.credibility, chosen: 2 } }, LATIN)).toBe('B2');
    // A point without a credibility (one the analyst wrote): the letter alone.
    expect(citationGrade(graded, 1, {}, ARABIC)).toBe('ب');
  });

  it('an ungraded source prints no grade, and a brief with none shows no legend', () => {
    expect(citationGrade(graded, 2, point, ARABIC)).toBeNull();
    expect(showsGrades(SAMPLE, SAMPLE.summary)).toBe(false);
    const citing = graded.summary.filter((p) => p.sources.some((c) => c.sourceId === graded.sources[0]?.id));
    expect(citing.length).toBeGreaterThan(0);
    expect(showsGrades(graded, citing)).toBe(true);
    expect(showsGrades(graded, graded.summary.filter((p) => !citing.includes(p)))).toBe(false);
  });

  it('the legend names every letter and every digit and says an ungraded source carries none', () => {
    const legend = gradeLegend(ARABIC);
    for (const g of SourceReliability.options) expect(legend.reliability).toContain(`${RELIABILITY[g].letter}: ${RELIABILITY[g].ar}`);
    for (const c of CREDIBILITY) expect(legend.credibility).toContain(`${String(c.grade)}: ${c.ar}`);
    expect(legend.lead).toContain('لم يُقيَّم');
    expect(gradeLegend(LATIN).reliability).toContain('F: ');
  });
});
