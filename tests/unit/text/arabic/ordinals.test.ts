import { describe, expect, it } from 'vitest';
import { isOrdinalWord, ranksOwnEvent } from '../../../../main/text/arabic/ordinals.ts';
import { normalise, tokenise } from '../../../../main/text/arabic/index.ts';

const ranks = (text: string): boolean => ranksOwnEvent(tokenise(text));

describe('ranksOwnEvent', () => {
  it('finds a sentence that ranks its own event among its kind', () => {
    expect(ranks('ويعد هذا الانهيار الثاني من نوعه في المدينة خلال عام.')).toBe(true);
    expect(ranks('وهو خامس حريق يشهده السوق منذ افتتاحه.')).toBe(true);
    expect(ranks('فإن فيضان الأحد هو ثالث فيضان في الوادي هذا الشتاء.')).toBe(true);
    expect(ranks('وكانت هذه الموجة الحارة الرابعة من نوعها هذا الصيف.')).toBe(true);
  });

  it('leaves a report that orders what it reports («في أول زيارة», «للمرة الأولى», «هي الثانية له»)', () => {
    expect(ranks('وصل الوزير إلى العاصمة في أول زيارة رسمية له.')).toBe(false);
    expect(ranks('انعقد المجلس للمرة الأولى منذ الانتخابات.')).toBe(false);
    expect(ranks('وصل الوزير في زيارة هي الثانية له هذا العام.')).toBe(false);
    expect(ranks('عقد الاجتماع في الأول من كانون الثاني.')).toBe(false);
  });

  it('reads a noun made definite by a possessive pronoun, and «بذلك» before the ordinal, as ranking the story\'s event', () => {
    expect(ranks('ويشهد المطار بذلك إغلاقه الثالث منذ مطلع الشتاء.')).toBe(true);
    expect(ranks('وتعيش المدينة بذلك انقطاعها الرابع للكهرباء هذا الشهر.')).toBe(true);
    expect(ranks('وتتوقف الحافلات بذلك للمرة الثانية خلال أسبوع.')).toBe(true);
  });

  it('leaves a possessed noun with an ordinal that nothing ties to the story («أنهى الوزير جولته الثانية»)', () => {
    expect(ranks('أنهى الوزير جولته الثانية في الجنوب أمس.')).toBe(false);
    expect(ranks('وتوقفت الحافلات للمرة الثانية خلال أسبوع.')).toBe(false);
  });
});

describe('isOrdinalWord', () => {
  it('reads an ordinal in either gender, with or without the article or a proclitic, and nothing else', () => {
    for (const w of ['ثانية', 'ثاني', 'الثاني', 'الثالثة', 'أول', 'أولى', 'وللأولى', 'عاشرة']) expect(isOrdinalWord(normalise(w)), w).toBe(true);
    for (const w of ['بعشيقة', 'راوة', 'ثانوية', 'الأولاد', 'جافة']) expect(isOrdinalWord(normalise(w)), w).toBe(false);
  });
});
