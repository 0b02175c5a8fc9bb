import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named, names } from './helpers.ts';

// What the actors stage emitted that its tagger did not (issue 12, stage24: tune:ner-stage --losses), in sentences of
// our own with the shipped tagger: a word after a place cue that describes the cue.
function one(body: string) {
  return extractActors([articleRecord('a1', body)], {});
}

describe('a word after a place cue that describes it (describes-cue.ts)', () => {
  it('is no place when it is a plural the cue governs and the tagger leaves it outside', () => {
    expect(named(one('وقال مسؤول محلي إن أربعين عائلة نزحت من منطقة الاشتباكات أمس.'), 'الاشتباكات')).toBeUndefined();
  });

  it('leaves a place named after its cue in construct, a nisba in shape or a plural in shape', () => {
    expect(named(one('وسقطت قذائف على مدينة الناصرية مساء أمس.'), 'الناصرية')?.type).toBe('place');
    expect(names(one('وقصفت الطائرات بلدة خان شيخون في ريف إدلب.')).some((n) => n.includes('شيخون'))).toBe(true);
  });
});
