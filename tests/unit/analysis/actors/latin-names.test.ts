import { describe, expect, it } from 'vitest';
import { isLatinNonName } from '../../../../main/analysis/actors/latin-names.ts';

describe('Latin words as a name', () => {
  it('takes capitalised words, acronyms and the particles inside a name', () => {
    expect(isLatinNonName(['CNN'])).toBe(false);
    expect(isLatinNonName(['Bank', 'of', 'America'])).toBe(false);
    expect(isLatinNonName(['Marco', 'van', 'Basten'])).toBe(false);
    expect(isLatinNonName(['G20'])).toBe(false);
    // A brand's capital inside the word.
    expect(isLatinNonName(['eBay'])).toBe(false);
    expect(isLatinNonName(['iPhone'])).toBe(false);
    expect(isLatinNonName(['بوتين'])).toBe(false);
  });

  it('refuses a lower-case word, a particle at an end, and a run too long for a name', () => {
    expect(isLatinNonName(['The', 'ministers', 'agreed'])).toBe(true);
    expect(isLatinNonName(['officials', 'said'])).toBe(true);
    expect(isLatinNonName(['said', 'iPhone'])).toBe(true);
    expect(isLatinNonName(['of', 'America'])).toBe(true);
    expect(isLatinNonName(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'])).toBe(true);
  });
});
