import { describe, expect, it } from 'vitest';
import { closesDefiniteOrdinal, digitOrdinal, isOrdinalPronoun, isOrdinalWord, ranksOwnEvent, teenOrdinal, timeRanksItsOwnEvent } from '../../../../main/text/arabic/ordinals.ts';
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

describe('a demonstrative with its conjunction, and a definite time told of the event', () => {
  it('reads «وهذا رابع …» as «هذا رابع …»', () => {
    expect(ranks('وهذا ثالث انقطاع للمياه في الحي منذ مطلع الشهر.')).toBe(true);
  });

  it('reads «وهي المرة الخامسة التي …» as ranking its sentence\'s event, and a bare «للمرة الخامسة» as not', () => {
    const at = (text: string): boolean => {
      const tokens = tokenise(text);
      return timeRanksItsOwnEvent(tokens, tokens.findIndex((t) => t.key.endsWith(normalise('مرة'))));
    };
    expect(at('رفعت الشركة أسعارها أمس، وهي المرة الخامسة التي تفعل فيها ذلك هذا العام.')).toBe(true);
    expect(at('وهذه المرة الثانية التي يتأجل فيها الاجتماع.')).toBe(true);
    expect(at('رفعت الشركة أسعارها للمرة الخامسة هذا العام.')).toBe(false);
    expect(at('وتتوقف الحافلات بذلك للمرة الثانية خلال أسبوع.')).toBe(true);
  });
});

describe('isOrdinalWord', () => {
  it('reads an ordinal in either gender, with or without the article or a proclitic, and nothing else', () => {
    for (const w of ['ثانية', 'ثاني', 'الثاني', 'الثالثة', 'أول', 'أولى', 'وللأولى', 'عاشرة']) expect(isOrdinalWord(normalise(w)), w).toBe(true);
    for (const w of ['بعشيقة', 'راوة', 'ثانوية', 'الأولاد', 'جافة']) expect(isOrdinalWord(normalise(w)), w).toBe(false);
  });
});

describe('closesDefiniteOrdinal', () => {
  it('closes a definite ordinal, or a teen one on its tens word, with the teen test of teenOrdinal («العاشر عشر» is none)', () => {
    const closes = (word: string, before: string): boolean => closesDefiniteOrdinal(normalise(word), normalise(before));
    expect(closes('الأول', 'تشارلز')).toBe(true);
    expect(closes('عشر', 'الرابع')).toBe(true);
    expect(closes('عشرة', 'الحادية')).toBe(true);
    expect(closes('عشر', 'العاشر')).toBe(false);
    expect(closes('عشر', 'حسن')).toBe(false);
  });
});

describe('teenOrdinal', () => {
  const at = (text: string, i: number): number | undefined => teenOrdinal(tokenise(text), i);
  it('reads the compound ordinals 11–19 in both genders, with the article or without', () => {
    expect(at('هي الحادية عشرة من نوعها', 1)).toBe(11);
    expect(at('الدورة الثانية عشرة', 1)).toBe(12);
    expect(at('في الشوط التاسع عشر', 2)).toBe(19);
    expect(at('حادي عشر اجتماع', 0)).toBe(11);
  });

  it('reads no teen where the unit stands alone or the tens word follows no unit', () => {
    expect(at('الدورة الثانية عشر مرات', 1)).toBe(12);
    expect(at('الدورة الثانية في عشرة أيام', 1)).toBeUndefined();
    expect(at('عشرة أيام', 0)).toBeUndefined();
  });
});

describe('ranksOwnEvent, a construct after the pronoun', () => {
  it('reads «وهي عملية التبادل العاشرة» as ranking the sentence\'s own event', () => {
    expect(ranks('وهي عملية الإجلاء الخامسة منذ الصيف.')).toBe(true);
    expect(ranks('وبدأت عملية الإجلاء الخامسة منذ الصيف.')).toBe(false);
    // A preposition heads no construct: the event is placed in a round, not ranked.
    expect(ranks('وهي في الجولة الثالثة من المفاوضات.')).toBe(false);
  });
});

describe('isOrdinalPronoun', () => {
  it('reads the pronoun with its conjunction or without, and no other word', () => {
    for (const w of ['هي', 'وهي', 'فهي', 'هو', 'وهو']) expect(isOrdinalPronoun(normalise(w))).toBe(true);
    for (const w of ['هذا', 'وهران', 'هيئة']) expect(isOrdinalPronoun(normalise(w))).toBe(false);
  });
});

describe('digitOrdinal', () => {
  const at = (text: string, i: number) => digitOrdinal(tokenise(text), i);
  it('reads the article with a number, glued by a tatweel or apart, as a definite ordinal', () => {
    expect(at('للمرة الـ4 خلال عامين', 1)).toEqual({ value: 4, width: 1 });
    expect(at('الدورة الـ 25 للمهرجان', 1)).toEqual({ value: 25, width: 2 });
    expect(at('المرة الـ٤', 1)).toEqual({ value: 4, width: 1 });
    expect(at('في الجولة الرابعة', 2)).toBeUndefined();
    expect(at('العام 2026', 1)).toBeUndefined();
  });

  it('reads «رقم» with a number after a noun as the rank of that noun («الوزير رقم 3»)', () => {
    expect(at('يصبح الوزير رقم 3 الذي يغادر', 2)).toEqual({ value: 3, width: 2 });
    expect(at('رقم قياسي جديد', 0)).toBeUndefined();
    // Without a relative clause saying what it ranks, it names the thing: an identifier, no rank.
    expect(at('نشر التقرير رقم 5 عن المياه', 2)).toBeUndefined();
  });

  it('lets a sentence rank its own event with it', () => {
    expect(ranks('ويعد هذا الانهيار الـ3 من نوعه في المدينة.')).toBe(true);
  });
});
