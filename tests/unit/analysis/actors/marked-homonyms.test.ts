import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Two places whose names differ by a mark only («عُمان» the sultanate, listed; «عمّان» Jordan's capital, added here as an
// analyst adds a place): the key folds marks away, so the writer's marks choose (review 27 finding 11). Our sentences.
const AMMAN = { corrections: { gazetteer: [{ name: 'عمّان', type: 'place' as const, aliases: [] }] } };

function places(body: string, options = AMMAN): string[] {
  return extractActors([articleRecord('a1', body)], options).filter((a) => a.type === 'place').map((a) => a.name);
}

describe('a place written with the marks of one of two homonyms', () => {
  it('is the one whose marks it carries («عمّان», «عمَّان» are Amman; «عُمان» the sultanate)', () => {
    expect(places('وصل الوفد إلى عمّان أمس.')).toEqual(['عمّان']);
    expect(places('وصل الوفد إلى عمَّان أمس.')).toEqual(['عمّان']);
    expect(places('وصل الوفد إلى عُمان أمس.')).toEqual(['سلطنة عمان']);
  });

  it('is the only entry of its letters where no homonym is listed, whatever its marks', () => {
    expect(places('وصل الوفد إلى عمّان أمس.', {} as typeof AMMAN)).toEqual(['سلطنة عمان']);
  });
});
