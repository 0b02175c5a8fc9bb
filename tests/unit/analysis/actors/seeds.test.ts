import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { isStopword, normalise } from '../../../../main/text/arabic/index.ts';
import { Actor } from '../../../../main/model/brief.ts';
import { TITLE_WORDS } from '../../../../main/analysis/words/lexicon.ts';
import { isGivenName } from '../../../../main/text/gazetteer/given-names.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const dir = fileURLToPath(new URL('../../../fixtures/seeds/', import.meta.url));
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => articleRecord(f.slice(0, 3), readFileSync(dir + f, 'utf8')));
const actors = extractActors(seeds);
const bodies = new Map(seeds.map((s) => [s.id, s.body]));

describe('the five seed articles (general properties only)', () => {
  it('gives valid actors with stable, unique ids, sorted by mentions', () => {
    expect(actors.length).toBeGreaterThan(10);
    for (const a of actors) Actor.parse(a);
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
    for (let i = 1; i < actors.length; i++) expect((actors[i - 1]?.mentions ?? 0) >= (actors[i]?.mentions ?? 0)).toBe(true);
    expect(extractActors(seeds)).toEqual(actors);
  });

  it('quotes every citation exactly from its body', () => {
    for (const a of actors) {
      expect(a.sources.length).toBeGreaterThan(0);
      for (const s of a.sources) expect(bodies.get(s.sourceId)?.includes(s.quote)).toBe(true);
    }
  });

  it('never names an actor with a stopword or a bare title', () => {
    for (const a of actors) {
      const key = normalise(a.name);
      expect(isStopword(key), a.name).toBe(false);
      expect(TITLE_WORDS.has(key), a.name).toBe(false);
    }
  });

  it('finds the states named as places and the named armed groups as organisations', () => {
    const byName = new Map(actors.map((a) => [a.name, a]));
    for (const place of ['سوريا', 'العراق', 'إيران', 'دمشق', 'بغداد']) expect(byName.get(place)?.type, place).toBe('place');
    for (const org of ['الحشد الشعبي', 'هيئة تحرير الشام']) expect(byName.get(org)?.type, org).toBe('organization');
    const people = actors.filter((a) => a.type === 'person');
    expect(people.length).toBeGreaterThan(5);
    // A one-word person has a title beside it, or was read as a name by the tagger: never a given name alone.
    expect(people.every((p) => p.name.split(' ').length >= 2 || p.roles.length > 0 || !isGivenName(normalise(p.name)))).toBe(true);
  });
});
