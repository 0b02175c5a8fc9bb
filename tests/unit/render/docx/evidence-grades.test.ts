import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import type { Brief } from '../../../../main/model/brief.ts';
import type { Template } from '../../../../main/render/template.ts';
import { docxParts, FONTS_DIR, NOW, sampleBrief, standardTemplate } from './docx-parts.ts';

const base = sampleBrief();
const gradedId = base.sources[0]?.id ?? '';
const graded: Brief = {
  ...base,
  sources: base.sources.map((s) => (s.id === gradedId ? { ...s, reliability: 'E' } : s)),
  summary: base.summary.map((p) => ({ ...p, credibility: { suggested: 3, basis: 'single-source', reason: { ar: 'ا', en: 'a' }, chosen: 4 } })),
};

async function documentText(brief: Brief, template: Template): Promise<{ body: string; notes: string }> {
  const parts = docxParts(await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: NOW }));
  const text = (path: string): string => new TextDecoder().decode(parts.raw(path));
  return { body: text('word/document.xml'), notes: parts.paths.includes('word/footnotes.xml') ? text('word/footnotes.xml') : '' };
}

describe('grades in the Word file', () => {
  const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));

  it('follows a graded outlet\'s reference with the grade (Evidence Grade style) and says it in the note', async () => {
    const { body, notes } = await documentText(graded, template);
    expect(body).toContain('w:rStyle w:val="EvidenceGrade"');
    // Arabic letters: the no-break space alone, no break opportunity after the reference (note-tail.test.ts).
    expect(body).toContain('>\u202fهـ4<');
    expect(notes).toContain('التقدير هـ4');
    // The legend, once, after the points.
    expect(body.split('موثوقية المصدر —').length - 1).toBe(1);
  });

  it('grades a timeline entry\'s sources cell and an open question\'s quoted sources as on key points', async () => {
    const credibility = { suggested: 3 as const, basis: 'single-source' as const, reason: { ar: 'ا', en: 'a' }, chosen: 5 };
    const cite = { sourceId: gradedId, quote: 'جملة مقتبسة للاختبار' };
    const brief: Brief = {
      ...graded,
      timeline: [{ id: 't', included: true, edited: false, manual: false, date: '2025-01-05', approximate: false, text: 'حدث على الخط الزمني', sources: [cite], credibility }],
      openQuestions: [{ id: 'q', included: true, edited: false, manual: false, text: 'سؤال مفتوح؟', kind: 'denied', evidence: [cite], credibility }],
    };
    const { body } = await documentText(brief, template);
    expect(body).toMatch(/>1\u202fهـ5</u);
    expect(body).toContain('«جملة مقتبسة للاختبار» — المصدر 1\u202fهـ5');
  });

  it('prints no grade and no legend for a brief whose outlets are ungraded', async () => {
    const { body, notes } = await documentText(base, template);
    expect(body).not.toContain('EvidenceGrade"/>');
    expect(body).not.toContain('موثوقية المصدر');
    expect(notes).not.toContain('التقدير');
  });

  it('cites by source number with the grade after it when the template cites in the text', async () => {
    const sources = standardTemplate((t) => ({ ...t, gradeLetters: 'latin', docx: { ...t.docx, citations: 'sources', embedFonts: false } }));
    const { body } = await documentText(graded, sources);
    expect(body).toMatch(/\u202f(?:<[^>]+>)*E4/u);
    // No footnote anchor before it, so no break opportunity inside it: the number and its grade stay on one line.
    expect(body).not.toContain('\u200b');
  });

  it('lets a grade after a footnote reference start the next line whole, its break opportunity before the letter', async () => {
    // LibreOffice cuts the text after a footnote anchor by width when it cannot fit (citation-notes.ts gradeRuns).
    const latin = standardTemplate((t) => ({ ...t, gradeLetters: 'latin', docx: { ...t.docx, embedFonts: false } }));
    const { body } = await documentText(graded, latin);
    const grades = [...body.matchAll(/<w:rStyle w:val="EvidenceGrade"\/><\/w:rPr><w:t xml:space="preserve">([^<]*)</gu)].map((m) => m[1]);
    expect(grades.length).toBeGreaterThan(0);
    for (const grade of grades) expect(grade).toBe('\u2068\u202f\u200bE4\u2069');
  });
});
