import { describe, expect, it } from 'vitest';
import { ActorCorrections, extractActors, loadGazetteer } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named, names } from './helpers.ts';

const articles = [
  articleRecord('a1', 'قال الرئيس الأمريكي دونالد ترامب إن المحادثات جيدة. والتقى الوزير سامي العبيدي وفدا في قرية الخضراء.'),
  articleRecord('a2', 'وقال الرئيس الأميركي دونالد ترمب إن الاتفاق قريب. وأكد العبيدي أن الوفد وصل.'),
];

describe('analyst corrections', () => {
  it('validates corrections with zod', () => {
    expect(() => ActorCorrections.parse({ rules: [{ kind: 'type', name: 'x', type: 'planet' }] })).toThrow();
    expect(() => ActorCorrections.parse({ rules: [{ kind: 'merge', into: '', from: ['ب'] }] })).toThrow();
    expect(ActorCorrections.parse({ rules: [{ kind: 'merge', into: 'أ', from: ['ب'] }] }).rules).toHaveLength(1);
  });

  it('merges actors and keeps the merged names as aliases', () => {
    const actors = extractActors(articles, { corrections: { rules: [{ kind: 'merge', into: 'دونالد ترامب', from: ['دونالد ترمب'] }] } });
    const p = named(actors, 'دونالد ترامب');
    expect(p?.mentions).toBe(2);
    expect(p?.aliases).toContain('دونالد ترمب');
    expect(named(actors, 'دونالد ترمب')).toBeUndefined();
    expect(p?.proposedMerges).toEqual([]);
  });

  it('drops a rejected merge proposal for good', () => {
    const before = extractActors(articles);
    expect(named(before, 'دونالد ترامب')?.proposedMerges).toHaveLength(1);
    const after = extractActors(articles, { corrections: { rules: [{ kind: 'reject-merge', a: 'دونالد ترمب', b: 'دونالد ترامب' }] } });
    expect(named(after, 'دونالد ترامب')?.proposedMerges).toEqual([]);
    expect(named(after, 'دونالد ترمب')?.proposedMerges).toEqual([]);
  });

  it('splits an alias off, renames and retypes, keeping ids stable', () => {
    const plain = extractActors(articles);
    const id = named(plain, 'سامي العبيدي')?.id;
    expect(named(plain, 'سامي العبيدي')?.mentions).toBe(2);
    const actors = extractActors(articles, {
      corrections: {
        // Applied by kind (splits, then renames, then types), whatever order the analyst made them in.
        rules: [
          { kind: 'type', name: 'الخضراء', type: 'other' },
          { kind: 'rename', from: 'سامي العبيدي', to: 'سامي عبد الله العبيدي' },
          { kind: 'split', name: 'سامي العبيدي', alias: 'العبيدي' },
        ],
      },
    });
    const renamed = named(actors, 'سامي عبد الله العبيدي');
    expect(renamed?.mentions).toBe(1);
    expect(renamed?.aliases).toContain('سامي العبيدي');
    expect(renamed?.id).toBe(id);
    expect(named(actors, 'العبيدي')?.mentions).toBe(1);
    expect(named(actors, 'الخضراء')?.type).toBe('other');
  });

  it('uses analyst gazetteer additions', () => {
    const body = 'هاجم الجبليون الموقع، وأعلن الجبليون مسؤوليتهم.';
    expect(names(extractActors([articleRecord('a1', body)]))).toEqual([]);
    const actors = extractActors([articleRecord('a1', body)], {
      corrections: { gazetteer: [{ name: 'جماعة الجبليين', type: 'organization', aliases: ['الجبليون'] }] },
    });
    expect(named(actors, 'جماعة الجبليين')?.mentions).toBe(2);
    expect(named(actors, 'جماعة الجبليين')?.aliases).toEqual(['الجبليون']);
    expect(loadGazetteer([{ name: 'الجبليون', type: 'organization' }]).byKey.get('الجبليون')?.[0]?.name).toBe('الجبليون');
  });
});
