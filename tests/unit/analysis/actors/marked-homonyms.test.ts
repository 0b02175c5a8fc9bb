import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Two listed places whose names differ by a mark only («عُمان» the sultanate, «عمّان» Jordan's capital): the key folds
// marks away, so the writer's marks choose (review 27 finding 11). Sentences of our own.
function places(body: string): string[] {
  return extractActors([articleRecord('a1', body)], {}).filter((a) => a.type === 'place').map((a) => a.name);
}

describe('a place written with the marks of one of two homonyms', () => {
  it('is the one whose marks it carries («عمّان», «عمَّان» are Amman)', () => {
    expect(places('وصل الوفد إلى عمّان أمس.')).toEqual(['عمّان']);
    expect(places('وصل الوفد إلى عمَّان أمس.')).toEqual(['عمّان']);
  });

  it('is the first listed where it carries none or the other one\'s («عمان», «عُمان» are the sultanate)', () => {
    expect(places('وصل الوفد إلى عمان أمس.')).toEqual(['سلطنة عمان']);
    expect(places('وصل الوفد إلى عُمان أمس.')).toEqual(['سلطنة عمان']);
  });
});
