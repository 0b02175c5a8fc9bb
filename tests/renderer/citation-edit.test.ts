import { describe, expect, it } from 'vitest';
import { addCitation, citationsOf, markSupport, removeCitation, supportKey, supportQuestion } from '../../renderer/app/citation-edit.ts';
import { afterEdit, newDraft } from '../../renderer/app/draft-state.ts';
import { Brief as BriefSchema } from '../../main/model/brief.ts';
import type { Brief, Source } from '../../renderer/app/types.ts';
import { seedsGoldenBrief } from '../helpers/seeds-golden-brief.ts';

// The analyst's citation edits on the seeds' golden brief: a real brief, every section filled.
const brief = (): Brief => JSON.parse(seedsGoldenBrief()) as Brief;
const quote = { sourceId: 'article-new', quote: 'قال المتحدث إن اللجنة ستجتمع مرة أخرى الأسبوع المقبل.' };
const source = (b: Brief): Source => ({ ...(b.sources[0] as Source), id: 'article-new', title: 'مقالة أخرى' });

describe('the analyst’s edits to an item’s quotes', () => {
  it('removes one quote, marks the item edited with quotes of the analyst’s choosing, and leaves the others', () => {
    const b = brief();
    const point = b.summary.find((p) => p.sources.length >= 2)!;
    const next = removeCitation(b, 'summary', point.id, 0);
    const after = next.summary.find((p) => p.id === point.id)!;
    expect(after.sources).toEqual(point.sources.slice(1));
    expect(after).toMatchObject({ edited: true, citationsEdited: true });
    expect(next.summary.filter((p) => p.id !== point.id)).toEqual(b.summary.filter((p) => p.id !== point.id));
    expect(removeCitation(b, 'summary', point.id, 99)).toBe(b);
  });

  it('drops the event’s claim read from a quote the analyst removed, and the claims field with its last claim', () => {
    const b = brief();
    const said = { sourceId: 'x1', quote: 'وقال وزير النقل إن الجسر سيفتح الأسبوع المقبل.' };
    const denied = { sourceId: 'x2', quote: 'ونفت البلدية أن يكون الجسر قد تضرر.' };
    const claims = [
      { ...said, stance: 'asserts' as const, speakerWords: 'وزير النقل' },
      { ...denied, stance: 'denies' as const, speakerWords: 'البلدية' },
    ];
    const id = b.summary[0]!.id;
    const withClaims: Brief = { ...b, summary: b.summary.map((p) => (p.id === id ? { ...p, sources: [said, denied], event: { actors: [], places: [], claims } } : p)) };
    const once = removeCitation(withClaims, 'summary', id, 1);
    expect(once.summary.find((p) => p.id === id)?.event).toEqual({ actors: [], places: [], claims: [claims[0]] });
    const twice = removeCitation(once, 'summary', id, 0);
    expect(twice.summary.find((p) => p.id === id)?.event).toEqual({ actors: [], places: [] });
  });

  it('adds a quote from an article the brief did not cite: its record joins the sources, last, so exports number it', () => {
    const b = brief();
    const entry = b.timeline[1]!;
    const next = addCitation(b, { section: 'timeline', id: entry.id }, quote, source(b));
    expect(citationsOf(next, 'timeline', entry.id)?.at(-1)).toEqual(quote);
    expect(next.sources.map((s) => s.id)).toEqual([...b.sources.map((s) => s.id), 'article-new']);
    // The draft with the added quote is still a Brief the host accepts (schemaVersion 1).
    expect(BriefSchema.safeParse(next).success).toBe(true);
    // Cited twice is once: the same sentence again changes nothing.
    expect(addCitation(next, { section: 'timeline', id: entry.id }, quote, source(b))).toBe(next);
  });

  it('replaces a quote in its place, and a replacement by a quote already cited just removes the replaced one', () => {
    const b = brief();
    const question = b.openQuestions.find((q) => q.evidence.length >= 2)!;
    const replaced = addCitation(b, { section: 'openQuestions', id: question.id, replace: 0 }, quote, source(b));
    expect(citationsOf(replaced, 'openQuestions', question.id)).toEqual([quote, ...question.evidence.slice(1)]);
    const byCited = addCitation(b, { section: 'openQuestions', id: question.id, replace: 0 }, question.evidence[1]!);
    expect(citationsOf(byCited, 'openQuestions', question.id)).toEqual(question.evidence.slice(1));
    expect(addCitation(b, { section: 'openQuestions', id: question.id, replace: 0 }, question.evidence[0]!)).toBe(b);
    // A source already listed is not listed twice.
    expect(addCitation(b, { section: 'openQuestions', id: question.id }, { ...quote, sourceId: b.sources[0]!.id }, b.sources[0]).sources).toBe(b.sources);
  });

  it('asks the host about a point’s words, settles a question by whether a quote is left, and leaves the analyst’s own items alone', () => {
    const b = brief();
    const point = b.summary[0]!;
    expect(supportQuestion(b, 'summary', point.id)).toEqual({ check: { text: point.text, quotes: point.sources.map((s) => s.quote) } });
    const question = b.openQuestions[0]!;
    expect(supportQuestion(b, 'openQuestions', question.id)).toEqual({ known: true });
    let bare = b;
    for (let i = question.evidence.length - 1; i >= 0; i--) bare = removeCitation(bare, 'openQuestions', question.id, i);
    expect(supportQuestion(bare, 'openQuestions', question.id)).toEqual({ known: false });
    const manual = { ...b, summary: [...b.summary, { id: 'm-summary-1', included: true, edited: false, manual: true, text: 'تقدير المحلل', sources: [] }] };
    expect(supportQuestion(manual, 'summary', 'm-summary-1')).toEqual({ known: true });
  });

  it('keeps the «unsupported» mark in the draft and clears it, and an answer about other words is told apart', () => {
    const b = brief();
    const id = b.summary[2]!.id;
    const marked = markSupport(b, 'summary', id, false);
    expect(marked.summary[2]?.unsupported).toBe(true);
    expect(BriefSchema.parse(JSON.parse(JSON.stringify(marked))).summary[2]?.unsupported).toBe(true);
    expect(markSupport(marked, 'summary', id, false)).toBe(marked);
    expect('unsupported' in (markSupport(marked, 'summary', id, true).summary[2] ?? {})).toBe(false);
    expect(supportKey(removeCitation(b, 'summary', id, 0), 'summary', id)).not.toBe(supportKey(b, 'summary', id));
  });

  it('is one step of the draft’s history each, so undo takes a citation edit back whole', () => {
    const b = brief();
    const draft = newDraft('d', b);
    const edited = removeCitation(b, 'summary', b.summary[0]!.id, 0);
    const after = afterEdit(draft, edited);
    expect(after.history).toEqual({ undo: 1, redo: 0 });
    expect(after.brief).toBe(edited);
    // Nothing of the brief before is changed: the history's earlier state is the brief as it was.
    expect(b).toEqual(brief());
  });
});
