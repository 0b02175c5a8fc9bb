import { describe, expect, it } from 'vitest';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import { OpenQuestion, SummaryPoint } from '../../../../main/model/brief.ts';
import { seedArticles } from './article-fixture.ts';

// General properties on the five real seed articles: no expectation about what they say.
describe('summary and open questions over the seed articles', () => {
  const articles = seedArticles();
  const bodyOf = (id: string): string => articles.find((a) => a.id === id)?.body ?? '';

  it('summarises them in 5 to 8 valid points, each quote exact, from several sources', () => {
    const points = summarise(articles);
    expect(points.length).toBeGreaterThanOrEqual(5);
    expect(points.length).toBeLessThanOrEqual(8);
    for (const p of points) {
      expect(SummaryPoint.parse(p)).toEqual(p);
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(bodyOf(s.sourceId).includes(s.quote)).toBe(true);
      expect(p.text.endsWith('؟')).toBe(false);
    }
    expect(new Set(points.flatMap((p) => p.sources.map((s) => s.sourceId))).size).toBeGreaterThanOrEqual(4);
    expect(summarise([...articles])).toEqual(points);
  });

  it('asks valid, deduplicated questions whose evidence is exact', () => {
    const questions = findOpenQuestions(articles, { now: '2025-06-01' });
    expect(questions.length).toBeGreaterThan(0);
    // The seeds carry no metadata here: all five lack a date and an outlet, so each gap is asked once for all.
    const metadata = questions.filter((q) => q.kind === 'metadata');
    expect(metadata.map((q) => q.text.replace(/ \(.*$/, ''))).toEqual([
      `متى نُشرت ${articles.length} من المصادر التي لم يثبت تاريخ نشرها؟`,
      `من الجهة الناشرة لـ${articles.length} من المصادر التي لم يُعرف ناشرها؟`,
    ]);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.text)).size).toBe(questions.length);
    for (const q of questions) {
      expect(OpenQuestion.parse(q)).toEqual(q);
      expect(q.text).toMatch(/؟/);
      for (const e of q.evidence) expect(bodyOf(e.sourceId).includes(e.quote)).toBe(true);
      if (q.kind === 'contradiction') expect(new Set(q.evidence.map((e) => e.sourceId)).size).toBeGreaterThanOrEqual(2);
    }
    expect(findOpenQuestions(articles, { now: '2025-06-01' })).toEqual(questions);
  });
});
