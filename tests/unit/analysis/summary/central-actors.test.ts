import { describe, expect, it } from 'vitest';
import { sentenceCentrality, type ActorCitations } from '../../../../main/analysis/summary/central-actors.ts';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const cite = (sourceId: string, quote: string): { sourceId: string; quote: string } => ({ sourceId, quote });

describe('sentenceCentrality', () => {
  const actors: ActorCitations[] = [
    // Named by three of four sources.
    { type: 'person', sources: [cite('a', 'س1'), cite('b', 'س2'), cite('c', 'س3'), cite('c', 'س4')] },
    // Named by two.
    { type: 'organization', sources: [cite('a', 'س1'), cite('d', 'س5')] },
    // Named by one source only: central to nothing.
    { type: 'person', sources: [cite('d', 'س6'), cite('d', 'س7')] },
    // A place every source names is not an actor of the story's events.
    { type: 'place', sources: [cite('a', 'س8'), cite('b', 'س8'), cite('c', 'س8'), cite('d', 'س8')] },
  ];
  const central = sentenceCentrality(actors, ['a', 'b', 'c', 'd']);

  it('gives a sentence the share of sources naming its most central person or organisation', () => {
    expect(central('a', 'س1')).toBe(0.75);
    expect(central('c', 'س4')).toBe(0.75);
    expect(central('d', 'س5')).toBe(0.5);
  });

  it('counts no actor of one source, no place, and no source outside the selection', () => {
    expect(central('d', 'س6')).toBe(0);
    expect(central('a', 'س8')).toBe(0);
    expect(sentenceCentrality(actors, ['a', 'b'])('a', 'س1')).toBe(1);
    expect(sentenceCentrality(actors, ['d'])('d', 'س5')).toBe(0);
  });
});

const dated = (id: string, outlet: string, body: string): ArticleRecord =>
  articleRecord(id, body, { outlet, outletBasis: 'explicit', published: '2025-02-03', publishedBasis: 'explicit', title: `عنوان ${id}` });

describe('the summary ordered by its actors\' centrality', () => {
  // Three developments, one sentence each, in words they do not share: alike in weight.
  const articles = [
    dated('one', 'صحيفة الشرق', 'افتتحت شركة الموانئ رصيفا جديدا لسفن الحاويات في الميناء الشمالي.'),
    dated('two', 'وكالة الغرب', 'استقبل رئيس الوزراء وفد صندوق النقد في العاصمة لبحث القرض.'),
    dated('three', 'موقع الجنوب', 'أعلن المصرف المركزي خفض سعر الفائدة نصف نقطة.'),
  ];
  const plain = summarise(articles, { now: '2025-02-03' });

  it('puts the point naming the actor most sources name before points of like weight naming none', () => {
    // Without actors the bank's decision comes last; the bank is named by every source (in the others by a sentence
    // no point cites).
    const bank = plain[2];
    expect(bank?.text).toMatch(/^أعلن المصرف المركزي/u);
    const quote = bank!.sources[0]!.quote;
    const actors: ActorCitations[] = [
      { type: 'organization', sources: articles.map((a) => cite(a.id, a.id === bank!.sources[0]!.sourceId ? quote : `غير مقتبس ${a.id}`)) },
    ];
    const ordered = summarise(articles, { now: '2025-02-03', actors });
    // The same points, the bank's now first.
    expect(ordered.map((p) => p.text).sort()).toEqual(plain.map((p) => p.text).sort());
    expect(ordered.map((p) => p.text).slice(0, 2)).toEqual([bank!.text, plain[0]!.text]);
    // Named by one source only, it is central to nothing: the order stays.
    const alone = summarise(articles, { now: '2025-02-03', actors: [{ type: 'organization', sources: [cite(bank!.sources[0]!.sourceId, quote)] }] });
    expect(alone.map((p) => p.text)).toEqual(plain.map((p) => p.text));
  });
});
