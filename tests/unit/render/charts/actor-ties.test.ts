import { describe, expect, it } from 'vitest';
import type { Actor, SummaryPoint } from '../../../../main/model/brief.ts';
import { actorTies } from '../../../../main/render/charts/actor-ties.ts';

function actor(id: string, name: string, quotes: Array<[string, string]>, extra: Partial<Actor> = {}): Actor {
  return {
    id, name, type: 'person', aliases: [], roles: [], rolesBySource: [], mentions: quotes.length, proposedMerges: [],
    included: true, edited: false, manual: false, sources: quotes.map(([sourceId, quote]) => ({ sourceId, quote })), ...extra,
  };
}

function point(id: string, actors: string[], places: string[], quotes: Array<[string, string]>, included = true): SummaryPoint {
  return {
    id, text: 'نص', included, edited: false, manual: false,
    sources: quotes.map(([sourceId, quote]) => ({ sourceId, quote })), event: { actors, places },
  };
}

describe('actorTies', () => {
  it('ties two actors once per sentence both are cited in, with those sentences as its citations', () => {
    const { ties } = actorTies({
      actors: [
        actor('a', 'أحمد', [['s1', 'جملة أولى'], ['s2', 'جملة ثانية'], ['s1', 'جملة ثالثة']]),
        actor('b', 'بكر', [['s1', 'جملة أولى'], ['s2', 'جملة ثانية']]),
        actor('c', 'حمص', [['s3', 'جملة رابعة']], { type: 'place' }),
      ],
      summary: [],
    });
    expect(ties).toEqual([{
      from: 'a', to: 'b', weight: 2, sources: 2,
      citations: [{ sourceId: 's1', quote: 'جملة أولى' }, { sourceId: 's2', quote: 'جملة ثانية' }], roles: [],
    }]);
  });

  it('ties the parties of one event (actors and places, by name or alias) by the point\'s citations, counting a sentence once', () => {
    const { ties } = actorTies({
      actors: [
        actor('a', 'أحمد الشرع', [['s1', 'ق1']], { aliases: ['الشرع'], rolesBySource: [{ role: 'الرئيس', sourceId: 's1' }, { role: 'القائد', sourceId: 's9' }] }),
        actor('b', 'دمشق', [['s1', 'ق1']], { type: 'place' }),
        actor('c', 'بكر', [['s5', 'ق5']], { included: false }),
      ],
      summary: [
        point('p1', ['الشرع', 'بكر', 'مجهول'], ['دمشق'], [['s1', 'ق1'], ['s2', 'ق2']]),
        point('p2', ['أحمد الشرع'], ['دمشق'], [['s3', 'ق3']], false),
      ],
    });
    expect(ties).toHaveLength(1);
    expect(ties[0]).toMatchObject({ from: 'a', to: 'b', weight: 2, sources: 2, roles: [{ actorId: 'a', role: 'الرئيس' }] });
  });

  it('leaves out excluded actors and gives nodes their count of distinct sources', () => {
    const { nodes } = actorTies({
      actors: [actor('a', 'أحمد', [['s1', 'ق1'], ['s1', 'ق2'], ['s2', 'ق3']]), actor('b', 'بكر', [['s1', 'ق1']], { included: false })],
      summary: [],
    });
    expect(nodes.map((n) => [n.actorId, n.sources])).toEqual([['a', 2]]);
  });

  it('gives a tie the kind of event most of its sentences tell, when at least half of them tell it', () => {
    const kindOf = (quotes: string[]): string | undefined => actorTies({
      actors: [actor('a', 'أحمد', quotes.map((q): [string, string] => ['s1', q])), actor('b', 'بكر', quotes.map((q): [string, string] => ['s1', q]))],
      summary: [],
    }).ties[0]?.kind;
    expect(kindOf(['التقى أحمد ببكر في دمشق', 'وقال إن اللقاء كان وديا', 'وصل بكر إلى دمشق'])).toBe('meet');
    expect(kindOf(['هاجمت قوات أحمد مواقع بكر'])).toBe('attack');
    // One sentence in three tells an arrest: not what the tie is.
    expect(kindOf(['اعتقلت قوات أحمد أنصار بكر', 'قال أحمد إن بكر صديقه', 'تحدث بكر عن أحمد'])).toBeUndefined();
    expect(kindOf(['قال أحمد إن بكر صديقه'])).toBeUndefined();
  });
});
