import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named } from './helpers.ts';

const FIGHTERS = 'وذكرت المصادر أن المقاتلين الشيعة في سجون هيئة تحرير الشام سيفرج عنهم قريبا.';

describe('a community named by a plural noun with the article', () => {
  it('is no organisation, and no actor at all', () => {
    const actors = extractActors([articleRecord('a1', FIGHTERS)]);
    expect(named(actors, 'الشيعة')).toBeUndefined();
    expect(named(actors, 'هيئة تحرير الشام')?.type).toBe('organization');
  });

  it('stays in the name of a body that holds it among other words', () => {
    const actors = extractActors([articleRecord('a1', 'وأعلنت رابطة العلويين في المدينة رفضها للقرار، كما دعا اتحاد الأكراد المستقلين إلى الحوار.')]);
    expect(named(actors, 'رابطة العلويين')?.type).toBe('organization');
    expect(named(actors, 'اتحاد الأكراد المستقلين')?.type).toBe('organization');
  });

  it('is an actor when the analyst\'s gazetteer names it', () => {
    const actors = extractActors([articleRecord('a1', FIGHTERS)], { corrections: { gazetteer: [{ name: 'الشيعة', type: 'organization', aliases: [] }] } });
    expect(named(actors, 'الشيعة')?.type).toBe('organization');
  });
});
