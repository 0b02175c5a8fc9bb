import { describe, expect, it } from 'vitest';
import { withoutAccusativeAlef } from '../../../../main/text/arabic/accusative-alef.ts';

describe('withoutAccusativeAlef', () => {
  it('drops the alef the folded tanween leaves from a word long enough, and keeps the rest', () => {
    expect(withoutAccusativeAlef('جزءا', 3)).toBe('جزء');
    expect(withoutAccusativeAlef('قتيلا', 4)).toBe('قتيل');
    // Shorter than the caller's minimum: the alef may be the stem's own («ما», «دعا»).
    expect(withoutAccusativeAlef('دعا', 4)).toBe('دعا');
    expect(withoutAccusativeAlef('ما', 3)).toBe('ما');
    // A doubled alef is no tanween's, and a word without a final alef is as it was.
    expect(withoutAccusativeAlef('شاا', 3)).toBe('شاا');
    expect(withoutAccusativeAlef('جزء', 3)).toBe('جزء');
  });
});
