import { describe, expect, it } from 'vitest';
import { isClauseConnective, isSentenceConnective, matchKey } from '../../../../main/text/arabic/index.ts';

describe('connectives', () => {
  it.each(['كما', 'فيما', 'بينما', 'ثم'])('«%s» opens a sentence and a clause', (w) => {
    expect(isSentenceConnective(matchKey(w))).toBe(true);
    expect(isClauseConnective(matchKey(w))).toBe(true);
  });
  it.each(['و', 'وقد', 'وكانت', 'أما', 'أيضا'])('«%s» opens a clause only', (w) => {
    expect(isClauseConnective(matchKey(w))).toBe(true);
    expect(isSentenceConnective(matchKey(w))).toBe(false);
  });
  it.each(['قال', 'الوزير', 'كمال'])('«%s» is no connective', (w) => expect(isClauseConnective(matchKey(w))).toBe(false));
});
