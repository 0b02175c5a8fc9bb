import { describe, expect, it } from 'vitest';
import { countedNounSense, countedSense, tokenRange } from '../../../../main/analysis/figures/figure-sense.ts';
import { findQuantities, tokenise } from '../../../../main/text/arabic/index.ts';

/** What the first counted figure of `text` counts, as the numeric rules and the claim carriers read it. */
function firstFigureSense(text: string): string {
  const q = findQuantities(text).find((x) => x.unit === 'count' && x.noun !== null);
  if (q?.noun == null) throw new Error(`no counted figure in «${text}»`);
  const words = { text, tokens: tokenise(text) };
  const [from, to] = tokenRange(words, q.start, q.noun.end);
  return countedSense(words, from, to, countedNounSense(q.noun.cls));
}

describe('what a figure of people counts', () => {
  it('reads the dead from a verb of death before the figure, one said only beside a figure too', () => {
    expect(firstFigureSense('قضى سبعة مشجعين في تدافع عند بوابة الملعب الكبير مساء الأحد.')).toBe('dead');
    expect(firstFigureSense('أودى الحريق بحياة تسعة أشخاص في السوق القديم.')).toBe('dead');
  });

  it('reads the dead from a verb of death that the figure is the subject of', () => {
    expect(firstFigureSense('وكان 11 شخصا قد لقوا حتفهم عند البوابة الشرقية للملعب.')).toBe('dead');
    expect(firstFigureSense('وقال الدفاع المدني إن تسعة أشخاص قضوا في الحريق.')).toBe('dead');
    expect(firstFigureSense('لقي خمسة أشخاص مصرعهم في حادث سير على الطريق الساحلي.')).toBe('dead');
  });

  it('does not read the dead from a word of death further on, nor from a ruling of a court', () => {
    expect(firstFigureSense('أوقفت الشرطة خمسة أشخاص بتهمة قتل حارس المصنع.')).not.toBe('dead');
    expect(firstFigureSense('قضت المحكمة بسجن خمسة أشخاص في قضية التذاكر المزورة.')).not.toBe('dead');
    expect(firstFigureSense('وقضى المسافرون خمس ساعات في المطار.')).not.toBe('dead');
    expect(firstFigureSense('اعتقلت الشرطة خمسة أشخاص قتلوا حارس المصنع.')).not.toBe('dead');
    expect(firstFigureSense('قضى عشرة أيام في السجن قبل الإفراج عنه.')).not.toBe('dead');
  });
});
