import { describe, expect, it } from 'vitest';
import { nameSearchKeys } from '../../../../main/text/gazetteer/name-search-keys.ts';

describe('a name’s search keys', () => {
  it('folds spelling, drops the article where a word stays, and gives each word its skeleton', () => {
    expect(nameSearchKeys('باسم العوادي')).toEqual({ words: ['باسم', 'عوادي'], skeletons: ['بسم', 'عد'] });
    expect(nameSearchKeys('بسام العوادى')).toEqual({ words: ['بسام', 'عوادي'], skeletons: ['بسم', 'عد'] });
    expect(nameSearchKeys('مؤسسة الإغاثة').words).toEqual(nameSearchKeys('مؤسسه الاغاثه').words);
    // «ال» that leaves fewer than two letters is the word itself.
    expect(nameSearchKeys('الا').words).toEqual(['الا']);
  });

  it('reads several names, one a line, and compounds as one word', () => {
    expect(nameSearchKeys('عبد الله\nأبو ظبي').words).toEqual(['عبدالله', 'ابوظبي']);
    expect(nameSearchKeys('  \n').words).toEqual([]);
  });
});
