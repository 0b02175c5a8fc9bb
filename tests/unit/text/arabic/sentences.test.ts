import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstSentence, splitParagraphs, splitSentences, tokenise } from '../../../../main/text/arabic/index.ts';

describe('splitSentences', () => {
  it('keeps numbers and abbreviations inside sentences', () => {
    const body = 'وأضاف د. محمد أن 1.3 مليون شخص نزحوا منذ الساعة 3.30 صباحا. وقال «هذا خطأ».';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'وأضاف د. محمد أن 1.3 مليون شخص نزحوا منذ الساعة 3.30 صباحا.',
      'وقال «هذا خطأ».',
    ]);
  });

  it('splits at question and exclamation marks and at an ellipsis run into the next word', () => {
    expect(splitSentences('ثم قال…وانتهى الأمر؟ نعم!').map((s) => s.text)).toEqual(['ثم قال…', 'وانتهى الأمر؟', 'نعم!']);
  });

  it('treats a line break as a hard boundary, so headings stand alone', () => {
    const sentences = splitSentences('نقطة خلافية\n\nووفقا للمصادر، فإن الملف كان حساسا.');
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['نقطة خلافية', 0],
      ['ووفقا للمصادر، فإن الملف كان حساسا.', 1],
    ]);
  });

  it('returns exact substrings of the body with their offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (body) =>
        splitSentences(body).every((s) => body.slice(s.start, s.end) === s.text && s.text.trim() === s.text && s.text.length > 0),
      ),
    );
  });

  it('splits paragraphs at blank lines', () => {
    expect(splitParagraphs('أ\n\n  \nب\nج')).toEqual(['أ', 'ب\nج']);
  });
});

describe('tokenise', () => {
  it('keeps offsets into the original text and keys for matching', () => {
    const text = 'بلغ 1,200 مقاتلٍ والـمقاتلين';
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.text)).toEqual(['بلغ', '1,200', 'مقاتلٍ', 'والـمقاتلين']);
    expect(tokens.map((t) => t.key)).toEqual(['بلغ', '1,200', 'مقاتل', 'والمقاتلين']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('firstSentence', () => {
  it('is the first sentence splitSentences finds, ellipses, abbreviations and blank opening lines included', () => {
    for (const body of ['وأضاف د. محمد أن 1.3 مليون شخص نزحوا. وقال «هذا خطأ».', 'ثم قال…وانتهى الأمر؟ نعم!', '\n  \nسطر ثان. وجملة', 'م. أ. ج.', '', '  ']) {
      expect(firstSentence(body)).toBe(splitSentences(body)[0]?.text ?? null);
    }
  });

  it('agrees with splitSentences on any text', () => {
    const pieces = fc.constantFrom('قال', 'د.', 'م.', '…', '…و', '.', '؟', '!', ' ', '\n', '3.30', 'A.', 'ق.م', '«', '»', 'الوزير', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), (body) => firstSentence(body) === (splitSentences(body)[0]?.text ?? null)),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (body) => firstSentence(body) === (splitSentences(body)[0]?.text ?? null)));
  });
});
