import { describe, expect, it } from 'vitest';
import { countedNoun } from '../../../../main/text/arabic/counted-noun.ts';
import { tokenise } from '../../../../main/text/arabic/tokenise.ts';

/** The noun counted by the number that is the first token of `text`. */
const noun = (text: string) => countedNoun(text, tokenise(text), 1)?.text ?? null;

describe('the noun a number counts', () => {
  it('is the word after it, or after a partitive «من»', () => {
    expect(noun('250 مقاتلا')).toBe('مقاتلا');
    expect(noun('250 من عناصره')).toBe('عناصره');
  });

  it('is not a particle, a figure or a word across punctuation', () => {
    expect(noun('250 في المدينة')).toBeNull();
    expect(noun('250 300')).toBeNull();
    expect(noun('250، مقاتلا')).toBeNull();
  });
});
