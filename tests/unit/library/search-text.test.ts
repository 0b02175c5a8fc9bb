import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexText } from '../../../main/library/search-text.ts';
import { searchForms, tokenise } from '../../../main/text/arabic/index.ts';

// Words with and without proclitics («و», «ف», «ب», «ل», «لل», «ال»), repeated as articles repeat them.
const WORDS = ['والحشد', 'الحشد', 'حشد', 'بالحكومة', 'للرئيس', 'فقال', 'وزير', 'كالعادة', 'لبنان', 'سوريا', 'وبالتالي', 'في', 'و', 'ال', '2025'];
const body = fc.array(fc.constantFrom(...WORDS, '\n', '،'), { maxLength: 60 }).map((w) => w.join(' '));

describe('indexText', () => {
  // «بغداد» gives «غداد» too: over-stripping is cheap here (clitics.ts searchForms).
  it('indexes the body keys, and after them every key\'s search forms other than itself, in the order of the words', () => {
    expect(indexText('الحشد', 'والحشد في بغداد')).toEqual({ title: 'الحشد حشد', body: 'والحشد في بغداد', bodyForms: 'الحشد حشد غداد' });
    fc.assert(
      fc.property(body, (text) => {
        const keys = tokenise(text).map((t) => t.key);
        const index = indexText(null, text);
        return index.body === keys.join(' ') && index.bodyForms === keys.flatMap((k) => searchForms(k).filter((f) => f !== k)).join(' ');
      }),
      { numRuns: 500 },
    );
  });
});
