import { describe, expect, it } from 'vitest';
import { isClauseConnective, isSentenceConnective, matchKey, subordinateConnectiveAt } from '../../../../main/text/arabic/index.ts';

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
  it('tells the width of a connective that opens a subordinate clause', () => {
    const keys = 'قال إذ طالب في حين بعد أن'.split(' ').map(matchKey);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => subordinateConnectiveAt(keys, i))).toEqual([0, 1, 0, 2, 0, 2, 0]);
  });
});
