import { describe, expect, it } from 'vitest';
import { sameNamedActors } from '../../../main/briefing/same-named-actors.ts';

const actor = (id: string, name: string, included = true) => ({ id, name, included });

describe('actors printed under one name', () => {
  it('finds the included rows sharing a name, spaces aside, in the brief\'s order', () => {
    const actors = [actor('a1', 'كريم جواد الخفاجي'), actor('a2', 'سارة ويليامز'), actor('a3', ' كريم  جواد الخفاجي'), actor('a4', 'كريم جواد الخفاجي')];
    expect(sameNamedActors({ actors } as never)).toEqual([{ name: 'كريم جواد الخفاجي', ids: ['a1', 'a3', 'a4'] }]);
  });

  it('leaves out an excluded row and names that only look alike', () => {
    const actors = [actor('a1', 'سارة ويليامز'), actor('a2', 'سارة ويليامز', false), actor('a3', 'ويليامز'), actor('a4', 'ساره ويليامز')];
    expect(sameNamedActors({ actors } as never)).toEqual([]);
  });
});
