import { describe, expect, it } from 'vitest';
import { matchMarker, withMarker } from '../../../../main/text/arabic/approximations.ts';
import { tokenise } from '../../../../main/text/arabic/tokenise.ts';

const marker = (text: string) => {
  const m = matchMarker(text, tokenise(text), 0);
  return m && { marker: m.marker, length: m.length };
};

describe('approximation markers', () => {
  it('match the longest marker, the first word with or without a proclitic', () => {
    expect(marker('ما يزيد عن 100')).toEqual({ marker: 'over', length: 3 });
    expect(marker('يزيد عن 100')).toEqual({ marker: 'over', length: 2 });
    expect(marker('بنحو 30')).toEqual({ marker: 'about', length: 1 });
    expect(marker('ما لا يقل عن 5')).toEqual({ marker: 'at-least', length: 4 });
    expect(marker('الحوالي 30')).toBeNull();
    expect(marker('أكثر الناس')).toBeNull();
  });

  it('commit a figure to ±10 % for «about», open above for «over», from 0 for «under»', () => {
    expect(withMarker({ min: 3000, max: 3000 }, 'about')).toEqual({ min: 2700, max: 3300 });
    expect(withMarker({ min: 100, max: 100 }, 'over')).toEqual({ min: 100, max: Infinity });
    expect(withMarker({ min: 20, max: 99 }, 'up-to')).toEqual({ min: 0, max: 99 });
    expect(withMarker({ min: 20, max: 99 }, null)).toEqual({ min: 20, max: 99 });
  });
});
