import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import type { Brief } from '../../../main/model/brief.ts';
import { mergeReassembly } from '../../../main/briefing/merge-reassembly.ts';
import type { ArticleRecord } from '../../../main/model/article.ts';
import { cleanBatch } from '../../../main/ingest/clean-article.ts';
import { readDocument } from '../../../main/ingest/read-document.ts';
// The editor's own edit functions (pure), so the test edits the draft exactly as the analyst does.
import { addManualItem, moveItem, rewriteItem, setCredibility, setIncluded } from '../../../renderer/app/brief-edit.ts';
import { markSupport, removeCitation } from '../../../renderer/app/citation-edit.ts';

const seedsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'seeds');
const NOW = '2025-04-10';
const REWRITTEN = 'نقطة أعاد المحلل كتابتها';
const MANUAL = 'ملاحظة كتبها المحلل';

let articles: ArticleRecord[];
/** The first four seeds: the draft's selection; the fifth is the material a later re-assembly brings. */
let four: ArticleRecord[];
let draft: Brief;

beforeAll(async () => {
  const files = ['000_4ff2338cbc9187df.txt', '001_f195298f482e62d6.txt', '002_370ad7f8b841efc5.txt', '003_6e59c3c8b09eb941.txt', '004_738c4e5b00d9a6d1.txt'];
  const raws = await Promise.all(files.map((f) => readDocument(path.join(seedsDir, f))));
  articles = cleanBatch(raws.map((r) => ({ ...r, file: path.basename(r.file) })), { now: NOW });
  four = articles.slice(0, 4);
  draft = assembleBrief(four, { now: NOW, title: 'موجز' });
});

const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);
const reassemble = (edited: Brief, selection = four, corrections = {}): Brief =>
  mergeReassembly(edited, assembleBrief(selection, { now: '2025-04-11', title: edited.title, corrections }));

describe('re-assembly merges the analyst edits into a fresh assembly', () => {
  it('has material enough to edit', () => {
    expect(draft.summary.length).toBeGreaterThanOrEqual(4);
    expect(draft.actors.length).toBeGreaterThanOrEqual(2);
  });

  it('with nothing edited, gives the fresh assembly (no marks)', () => {
    const fresh = assembleBrief(four, { now: '2025-04-11', title: 'موجز' });
    expect(reassemble(draft)).toEqual(fresh);
  });

  it('keeps a rewritten point, in its place, unflagged when its sentences did not change', () => {
    const target = draft.summary[1]!;
    const merged = reassemble(rewriteItem(draft, 'summary', target.id, REWRITTEN));
    expect(ids(merged.summary)).toEqual(ids(draft.summary));
    expect(merged.summary[1]).toEqual({ ...target, text: REWRITTEN, edited: true });
    expect(merged.generatedAt).toBe('2025-04-11T00:00:00.000Z');
  });

  it('keeps the quotes the analyst chose and the «unsupported» mark, and asks no review for them', () => {
    const target = draft.summary.find((p) => p.sources.length >= 2) ?? draft.summary[0]!;
    const edited = markSupport(removeCitation(draft, 'summary', target.id, 0), 'summary', target.id, false);
    const merged = reassemble(edited).summary.find((i) => i.id === target.id);
    expect(merged?.sources).toEqual(target.sources.slice(1));
    expect(merged).toMatchObject({ edited: true, citationsEdited: true, unsupported: true });
    expect(merged?.needsReview).toBeUndefined();
  });

  it('drops the fresh event’s claim read from a quote the analyst removed', () => {
    const target = draft.summary.find((p) => p.event?.claims?.some((c) => p.sources.some((q) => q.quote === c.quote)));
    expect(target).toBeDefined();
    const at = target!.sources.findIndex((q) => q.quote === target!.event!.claims![0]!.quote);
    const gone = target!.sources[at]!;
    const merged = reassemble(removeCitation(draft, 'summary', target!.id, at)).summary.find((i) => i.id === target!.id);
    expect(merged?.sources).not.toContainEqual(gone);
    expect((merged?.event?.claims ?? []).map((c) => c.quote)).not.toContain(gone.quote);
    expect(merged?.event?.claims ?? []).toEqual((target!.event!.claims ?? []).filter((c) => c.quote !== gone.quote));
  });

  it('keeps an excluded point excluded', () => {
    const target = draft.summary[2]!;
    const merged = reassemble(setIncluded(draft, 'summary', target.id, false));
    expect(merged.summary.find((i) => i.id === target.id)?.included).toBe(false);
    expect(merged.summary.filter((i) => !i.included)).toHaveLength(1);
  });

  it('keeps the analyst order', () => {
    const [a, b] = ids(draft.summary);
    const moved = moveItem(moveItem(draft, 'summary', a!, 1), 'timeline', draft.timeline[0]!.id, 1);
    const merged = reassemble(moved);
    expect(ids(merged.summary).slice(0, 2)).toEqual([b, a]);
    expect(ids(merged.summary)).toEqual(ids(moved.summary));
    expect(ids(merged.timeline)).toEqual(ids(moved.timeline));
  });

  it('keeps an item the analyst added, where it was', () => {
    const added = addManualItem(moveItem(addManualItem(draft, 'summary', MANUAL), 'summary', 'm-summary-1', -1), 'openQuestions', 'سؤال المحلل');
    const merged = reassemble(added);
    expect(ids(merged.summary)).toEqual(ids(added.summary));
    expect(merged.summary.at(-2)).toMatchObject({ id: 'm-summary-1', text: MANUAL, manual: true, sources: [] });
    expect(merged.openQuestions.at(-1)).toMatchObject({ text: 'سؤال المحلل', manual: true });
  });

  it('after an actor correction: the corrected actor shows, the edits stay', () => {
    const actor = draft.actors[0]!;
    const edited = setIncluded(rewriteItem(draft, 'summary', draft.summary[0]!.id, REWRITTEN), 'summary', draft.summary[1]!.id, false);
    const merged = reassemble(edited, four, { rules: [{ kind: 'rename', from: actor.name, to: 'اسم صححه المحلل' }] });
    const renamed = merged.actors.find((a) => a.id === actor.id);
    expect(renamed?.name).toBe('اسم صححه المحلل');
    expect(renamed?.isNew).toBeUndefined();
    expect(merged.summary[0]).toMatchObject({ text: REWRITTEN, edited: true });
    expect(merged.summary[1]).toMatchObject({ id: draft.summary[1]!.id, included: false });
  });

  it('keeps a rewritten actor name and flags it when its sentences changed', () => {
    const withFifth = assembleBrief(articles, { now: NOW });
    // An actor the fifth article also cites: its citations change when that article joins the selection.
    const actor = draft.actors.find((a) => {
      const after = withFifth.actors.find((b) => b.id === a.id);
      return after !== undefined && JSON.stringify(after.sources) !== JSON.stringify(a.sources);
    });
    expect(actor).toBeDefined();
    const merged = reassemble(rewriteItem(draft, 'actors', actor!.id, 'اسم كتبه المحلل'), articles);
    expect(merged.actors.find((a) => a.id === actor!.id)).toMatchObject({ name: 'اسم كتبه المحلل', edited: true, needsReview: true });
  });

  it('marks new material new, after its neighbour, and keeps the analyst order around it', () => {
    const [a, b] = ids(draft.summary);
    const edited = moveItem(rewriteItem(draft, 'summary', b!, REWRITTEN), 'summary', a!, 1);
    const merged = reassemble(edited, articles);
    const fresh = assembleBrief(articles, { now: '2025-04-11' });
    const added = merged.summary.filter((i) => i.isNew === true);
    expect(added.length).toBeGreaterThan(0);
    for (const item of added) expect(ids(draft.summary)).not.toContain(item.id);
    // Every item of the fresh assembly is in the draft once: kept, or new.
    for (const id of ids(fresh.summary)) expect(ids(merged.summary).filter((x) => x === id)).toHaveLength(1);
    expect(merged.summary.find((i) => i.id === b)).toMatchObject({ text: REWRITTEN, edited: true });
    // The kept items are in the analyst order.
    const kept = ids(merged.summary).filter((id) => ids(edited.summary).includes(id));
    expect(kept).toEqual(ids(edited.summary).filter((id) => kept.includes(id)));
    expect(merged.sources).toHaveLength(5);
    // A second re-assembly: what was new is no longer marked.
    expect(reassemble(merged, articles).summary.some((i) => i.isNew)).toBe(false);
  });

  it('flags, never drops, a rewritten point whose source sentences are gone', () => {
    const target = draft.summary[0]!;
    // The cited article no longer says it: its body lost the sentence the point was made from.
    const quote = target.sources[0]!.quote;
    const changed = four.map((a) => (a.id === target.sources[0]!.sourceId ? { ...a, body: a.body.replace(quote, '') } : a));
    const merged = reassemble(rewriteItem(draft, 'summary', target.id, REWRITTEN), changed);
    expect(merged.summary.find((i) => i.id === target.id)).toMatchObject({ text: REWRITTEN, edited: true, needsReview: true, sources: target.sources });
    expect(merged.summary.filter((i) => i.needsReview)).toHaveLength(1);
  });
});

describe('re-assembly keeps the analyst\'s credibility grades', () => {
  it('a chosen grade stands beside the new suggestion; a point left alone takes the new suggestion', () => {
    const [first, second] = draft.summary;
    expect(first?.credibility).toBeDefined();
    const graded = setCredibility(draft, 'summary', first?.id ?? '', 6, { ar: 'لا مصدر', en: 'no source' });
    const merged = reassemble(graded);
    const kept = merged.summary.find((p) => p.id === first?.id);
    expect(kept?.credibility?.chosen).toBe(6);
    expect(kept?.credibility?.suggested).toBe(first?.credibility?.suggested);
    expect(merged.summary.find((p) => p.id === second?.id)?.credibility?.chosen).toBeUndefined();
  });

  it('so does a timeline entry\'s and an open question\'s', () => {
    const entry = draft.timeline[0];
    const question = draft.openQuestions[0];
    expect(entry?.credibility).toBeDefined();
    expect(question?.credibility).toBeDefined();
    const noSource = { ar: 'لا مصدر', en: 'no source' };
    const graded = setCredibility(setCredibility(draft, 'timeline', entry?.id ?? '', 1, noSource), 'openQuestions', question?.id ?? '', 2, noSource);
    const merged = reassemble(graded);
    expect(merged.timeline.find((e) => e.id === entry?.id)?.credibility).toMatchObject({ chosen: 1, suggested: entry?.credibility?.suggested });
    expect(merged.openQuestions.find((q) => q.id === question?.id)?.credibility).toMatchObject({ chosen: 2, suggested: question?.credibility?.suggested });
    expect(merged.timeline.filter((e) => e.credibility?.chosen !== undefined)).toHaveLength(1);
  });
});
