import { describe, expect, it } from 'vitest';
import { ACTOR_PAGE_SIZE, actorRows, DEFAULT_ACTOR_QUERY, mergeProposals, sortBy, togglePick, type ActorQuery } from '../../renderer/app/actor-table.ts';
import type { Actor, Brief } from '../../renderer/app/types.ts';
import { seedsGoldenBrief } from '../helpers/seeds-golden-brief.ts';
import { nameSearchKeys } from '../../main/text/gazetteer/name-search-keys.ts';

const goldenActors = (): Actor[] => (JSON.parse(seedsGoldenBrief()) as Brief).actors;

/** An actor of our own: `n` mentions over `sources` articles (two quotes from the first one, to count it once). */
function actor(id: string, name: string, type: Actor['type'], mentions: number, sources: number, extra: Partial<Actor> = {}): Actor {
  const cites = Array.from({ length: sources }, (_, i) => ({ sourceId: `s${i}`, quote: `جملة ${i}` }));
  return {
    id, name, type, mentions, included: true, edited: false, manual: false,
    aliases: [], roles: [], rolesBySource: [], proposedMerges: [],
    sources: sources > 0 ? [...cites, { sourceId: 's0', quote: 'جملة أخرى' }] : [],
    ...extra,
  } as Actor;
}

const q = (patch: Partial<ActorQuery>): ActorQuery => ({ ...DEFAULT_ACTOR_QUERY, ...patch });
const names = (rows: { actor: Actor }[]): string[] => rows.map((r) => r.actor.name);

describe('the actors table', () => {
  const actors = [
    actor('a1', 'سامر الحلبي', 'person', 4, 2, { aliases: ['أبو خالد'], roles: ['محافظ حلب'] }),
    actor('a2', 'وزارة الصحة', 'organization', 9, 3),
    actor('a3', 'Ahmed Saleh', 'person', 4, 1),
    actor('a4', 'حمص', 'place', 1, 1),
  ];

  it('lists every actor, most mentioned first, ties in the brief’s order; sources counted once per article', () => {
    const { rows, total, pages } = actorRows(actors, DEFAULT_ACTOR_QUERY);
    expect(names(rows)).toEqual(['وزارة الصحة', 'سامر الحلبي', 'Ahmed Saleh', 'حمص']);
    expect(rows.map((r) => r.sources)).toEqual([3, 2, 1, 1]);
    expect(rows.map((r) => r.index)).toEqual([1, 0, 2, 3]);
    expect([total, pages]).toEqual([4, 1]);
  });

  it('filters by type and by words found in the name, an alias or a role (Latin case folded)', () => {
    expect(names(actorRows(actors, q({ type: 'person' })).rows)).toEqual(['سامر الحلبي', 'Ahmed Saleh']);
    expect(names(actorRows(actors, q({ text: 'ahmed' })).rows)).toEqual(['Ahmed Saleh']);
    expect(names(actorRows(actors, q({ text: 'أبو خالد' })).rows)).toEqual(['سامر الحلبي']);
    expect(names(actorRows(actors, q({ text: 'محافظ  حلب ' })).rows)).toEqual(['سامر الحلبي']);
    expect(actorRows(actors, q({ type: 'place', text: 'وزارة' })).total).toBe(0);
  });

  it('finds a name by any spelling the host’s text layer folds, once its keys are known', () => {
    const spelt = [
      actor('b1', 'باسم العوادي', 'person', 3, 1),
      actor('b2', 'مؤسسة الإغاثة', 'organization', 2, 1),
      actor('b3', 'مستشفى الرحمة', 'organization', 2, 1),
      actor('b4', 'مصطفى', 'person', 1, 1),
      actor('b5', 'Bassem Awadi', 'person', 1, 1),
    ];
    const found = (text: string): string[] => names(actorRows(spelt, q({ text }), nameSearchKeys).rows);
    expect(found('بسام')).toEqual(['باسم العوادي']); // a long vowel spelt elsewhere: the same skeleton
    expect(found('عوادي')).toEqual(['باسم العوادي']); // without the article
    expect(found('العوادى')).toEqual(['باسم العوادي']); // ى for ي
    expect(found('مؤسسه الاغاثة')).toEqual(['مؤسسة الإغاثة']); // ه for ة, a bare alef for the hamza's seat
    expect(found('الرحمه')).toEqual(['مستشفى الرحمة']);
    expect(found('مصطفي')).toEqual(['مصطفى']);
    expect(found('BASSEM')).toEqual(['Bassem Awadi']);
    expect(found('باس')).toEqual(['باسم العوادي']); // typed so far: found inside the word
    // A skeleton of fewer than three consonants is too common to stand for a name.
    expect(found('بس')).toEqual([]);
    expect(found('سعيد')).toEqual([]);
    // Without the host's keys (not yet answered), only the letters as typed and Latin case.
    expect(names(actorRows(spelt, q({ text: 'بسام' })).rows)).toEqual([]);
  });

  it('sorts by a column; the same column again turns the order round, from the first page', () => {
    const byName = sortBy({ ...DEFAULT_ACTOR_QUERY, page: 3 }, 'name');
    expect(byName).toMatchObject({ sort: 'name', descending: false, page: 0 });
    // Arabic collation: Arabic names in the Arabic alphabet's order, Latin ones after them.
    expect(names(actorRows(actors, byName).rows)).toEqual(['حمص', 'سامر الحلبي', 'وزارة الصحة', 'Ahmed Saleh']);
    const back = sortBy(byName, 'name');
    expect(back.descending).toBe(true);
    expect(names(actorRows(actors, back).rows)).toEqual(['Ahmed Saleh', 'وزارة الصحة', 'سامر الحلبي', 'حمص']);
    expect(sortBy(byName, 'sources')).toMatchObject({ sort: 'sources', descending: true });
    expect(names(actorRows(actors, q({ sort: 'type', descending: false })).rows).map((n) => actors.find((a) => a.name === n)?.type)).toEqual(['organization', 'person', 'person', 'place']);
  });

  it('pages a long list, and clamps a page past the end to the last one', () => {
    const many = Array.from({ length: ACTOR_PAGE_SIZE * 2 + 5 }, (_, i) => actor(`x${i}`, `فاعل ${i}`, 'person', 1000 - i, 1));
    const first = actorRows(many, DEFAULT_ACTOR_QUERY);
    expect([first.rows.length, first.pages, first.total]).toEqual([ACTOR_PAGE_SIZE, 3, many.length]);
    const last = actorRows(many, q({ page: 99 }));
    expect([last.page, last.rows.length]).toEqual([2, 5]);
    expect(last.rows[0]?.actor.name).toBe(`فاعل ${ACTOR_PAGE_SIZE * 2}`);
  });

  it('keeps the picks in the order they were ticked', () => {
    let picked = togglePick([], 'أ', true);
    picked = togglePick(picked, 'ب', true);
    picked = togglePick(picked, 'أ', false);
    picked = togglePick(picked, 'أ', true);
    expect(picked).toEqual(['ب', 'أ']);
  });

  it('gives a proposal’s evidence as the articles each spelling is found in, never the analysis’s sentence of ids', () => {
    const withProposals = [
      actor('p1', 'باسم العوادي', 'person', 3, 3, { proposedMerges: [{ name: 'بسام العوادي', evidence: 'في 8f3a2c1d9e0b7a65' }] }),
      actor('p2', 'بسام العوادي', 'person', 1, 0, { proposedMerges: [{ name: 'عوادي آخر', evidence: 'x' }] }),
    ];
    expect(mergeProposals(withProposals)).toEqual([
      { into: 'باسم العوادي', name: 'بسام العوادي', intoSources: ['s0', 's1', 's2'], nameSources: [] },
      { into: 'بسام العوادي', name: 'عوادي آخر', intoSources: [], nameSources: [] },
    ]);
  });

  it('lists each proposed merge once, whichever actor carries it', () => {
    const withProposals = [
      actor('p1', 'باسم العوادي', 'person', 3, 1, { proposedMerges: [{ name: 'بسام العوادي', evidence: 'اسمان يختلفان بحرف' }] }),
      actor('p2', 'بسام العوادي', 'person', 1, 1, { proposedMerges: [{ name: 'باسم العوادي', evidence: 'اسمان يختلفان بحرف' }] }),
    ];
    expect(mergeProposals(withProposals)).toEqual([{ into: 'باسم العوادي', name: 'بسام العوادي', intoSources: ['s0'], nameSources: ['s0'] }]);
  });

  it('shows every actor of a real brief once across its pages', () => {
    const real = goldenActors();
    const { total, pages } = actorRows(real, DEFAULT_ACTOR_QUERY);
    const seen = Array.from({ length: pages }, (_, page) => actorRows(real, q({ page })).rows.map((r) => r.actor.id)).flat();
    expect(total).toBe(real.length);
    expect(new Set(seen).size).toBe(real.length);
  });
});
