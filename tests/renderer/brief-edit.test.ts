import { describe, expect, it } from 'vitest';
import { addManualItem, markReviewed, moveItem, PARTIAL_DATE, rewriteItem, setIncluded } from '../../renderer/app/brief-edit.ts';
import type { Brief } from '../../renderer/app/types.ts';
import { seedsGoldenBrief } from '../helpers/seeds-golden-brief.ts';

// The analyst's edits on the seeds' golden brief: a real brief, every section filled.
const brief = (): Brief => JSON.parse(seedsGoldenBrief()) as Brief;
const ids = (b: Brief, section: 'summary' | 'timeline' | 'openQuestions' | 'actors'): string[] => b[section].map((i) => i.id);

describe('the editor’s edits to a brief', () => {
  it('moves an item one place, and leaves the list alone at either end', () => {
    const b = brief();
    const [first, second, third] = ids(b, 'summary');
    const moved = moveItem(b, 'summary', first ?? '', 1);
    expect(ids(moved, 'summary').slice(0, 3)).toEqual([second, first, third]);
    expect(moveItem(b, 'summary', first ?? '', -1).summary).toBe(b.summary);
    const last = ids(b, 'summary').at(-1) ?? '';
    expect(moveItem(b, 'summary', last, 1).summary).toBe(b.summary);
    expect(moveItem(b, 'summary', 'no-such-item', 1).summary).toBe(b.summary);
  });

  it('never changes the brief it is given (each state stays for the undo history)', () => {
    const b = brief();
    const before = JSON.stringify(b);
    const id = ids(b, 'timeline')[0] ?? '';
    setIncluded(b, 'timeline', id, false);
    rewriteItem(b, 'timeline', id, 'نص جديد');
    moveItem(b, 'timeline', id, 1);
    addManualItem(b, 'timeline', 'حدث', '2024-05');
    expect(JSON.stringify(b)).toBe(before);
  });

  it('excludes an item without removing it', () => {
    const b = brief();
    const id = ids(b, 'openQuestions')[0] ?? '';
    const next = setIncluded(b, 'openQuestions', id, false);
    expect(next.openQuestions).toHaveLength(b.openQuestions.length);
    expect(next.openQuestions.find((q) => q.id === id)?.included).toBe(false);
    expect(setIncluded(next, 'openQuestions', id, true).openQuestions.find((q) => q.id === id)?.included).toBe(true);
  });

  it('rewrites a point: its citations stay, it is marked edited; the same text changes nothing', () => {
    const b = brief();
    const point = b.summary[0];
    if (!point) throw new Error('the golden brief has no summary');
    const next = rewriteItem(b, 'summary', point.id, 'نقطة بكلمات المحلل');
    const rewritten = next.summary[0];
    expect(rewritten?.text).toBe('نقطة بكلمات المحلل');
    expect(rewritten?.edited).toBe(true);
    expect(rewritten?.sources).toEqual(point.sources);
    expect(rewriteItem(b, 'summary', point.id, point.text).summary[0]).toBe(point);
  });

  it('renames an actor through its name', () => {
    const b = brief();
    const actor = b.actors[0];
    if (!actor) throw new Error('the golden brief has no actors');
    const next = rewriteItem(b, 'actors', actor.id, 'اسم آخر');
    expect(next.actors[0]?.name).toBe('اسم آخر');
    expect(next.actors[0]?.edited).toBe(true);
  });

  it('clears the review flag a re-assembly set, and only on the item named', () => {
    const b = brief();
    const [a, c] = b.summary;
    if (!a || !c) throw new Error('the golden brief has fewer than two points');
    const flagged: Brief = { ...b, summary: b.summary.map((p) => ({ ...p, needsReview: true })) };
    const next = markReviewed(flagged, 'summary', a.id);
    expect('needsReview' in (next.summary[0] ?? {})).toBe(false);
    expect(next.summary[1]?.needsReview).toBe(true);
  });

  it('adds the analyst’s own items with fresh ids, no citations, marked manual', () => {
    let b = brief();
    b = addManualItem(b, 'summary', 'أولى');
    b = addManualItem(b, 'summary', 'ثانية');
    const added = b.summary.slice(-2);
    expect(added.map((p) => p.text)).toEqual(['أولى', 'ثانية']);
    expect(added.map((p) => p.id)).toEqual(['m-summary-1', 'm-summary-2']);
    expect(added.every((p) => p.manual && p.sources.length === 0 && p.included)).toBe(true);
    const dated = addManualItem(b, 'timeline', 'حدث مؤرخ', '--08-26').timeline.at(-1);
    expect(dated?.date).toBe('--08-26');
    const actor = addManualItem(b, 'actors', 'فاعل جديد').actors.at(-1);
    expect(actor).toMatchObject({ name: 'فاعل جديد', type: 'other', mentions: 0, manual: true });
  });

  it('accepts the partial dates the brief stores, and nothing else', () => {
    for (const ok of ['2024', '2024-05', '2024-05-17', '--08-26']) expect(PARTIAL_DATE.test(ok)).toBe(true);
    for (const bad of ['24-05-17', '2024/05/17', '2024-5', '--08', 'أمس', '']) expect(PARTIAL_DATE.test(bad)).toBe(false);
  });
});
