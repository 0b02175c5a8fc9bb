import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../main/text/arabic/index.ts';
import { verbalKey, verbalKeyOf } from '../../../../main/text/arabic/verbal-root.ts';

const key = (word: string): string | null => verbalKey(normalise(word));

// Each row: words of one verb, perfect, imperfect and verbal noun, which must share one key.
const FAMILIES: string[][] = [
  ['اجتمعت', 'تجتمع', 'الاجتماع', 'لاجتماعات'], // VIII
  ['أطلق', 'سيطلقون', 'إطلاق', 'بإطلاق'], // IV
  ['انفجرت', 'ينفجر', 'الانفجار'], // VII
  ['استقبلت', 'تستقبل', 'استقبال'], // X
  ['حاصرت', 'يحاصرون', 'محاصرة'], // III
  ['تبادلا', 'يتبادل', 'التبادل'], // VI
  ['أجرت', 'يجري', 'إجراء'], // IV, weak third radical
  ['اعتدى', 'اعتداء'], // VIII, weak
  ['اتهمت', 'اتهام'], // VIII, first radical «و»
  ['أغلقت', 'يغلق', 'إغلاق', 'الإغلاق'], // IV
  ['دخلت', 'يدخلون', 'الدخول'], // I with its «فعول» noun
  ['سلّمت', 'تسليم'], // II
];

describe('verbalKey', () => {
  it('gives a verb and its verbal noun one key, across forms, persons and clitics', () => {
    for (const family of FAMILIES) {
      const keys = family.map(key);
      expect(keys[0], family.join(' ')).not.toBeNull();
      expect(new Set(keys).size, `${family.join(' ')} → ${keys.join(' ')}`).toBe(1);
    }
  });

  it('keeps the forms of one root apart where the form is written (VIII «اجتمع» is not IV or III)', () => {
    expect(key('اجتمعوا')).not.toBe(key('جامعة'));
    expect(key('استخدم')).not.toBe(key('خدمات'));
    expect(key('انتخبوا')).toBe(key('الانتخابات'));
    expect(key('انتخبوا')).not.toBe(key('نخبة'));
  });

  it('gives a form-I verb with an affix the bare root, the light stem of its noun («هاجمت» aside)', () => {
    expect(key('حرقوا')).toBe('حرق');
    expect(key('يحرق')).toBe('حرق');
  });

  it('reads no key where the word has no verbal shape, or is a bare three-letter word', () => {
    for (const w of ['الوزير', 'مدينة', 'حرق', 'قال', 'البرلمان', 'الحكومة']) expect(key(w), w).toBeNull();
  });

  it('gives a form-I active participle with a nominal ending its verb\'s key («نازحة» / «نزحت»)', () => {
    for (const w of ['نازحة', 'النازحين', 'نازحون', 'والنازحات']) expect(key(w), w).toBe(key('نزحت'));
    expect(key('المحتجين')).toBe(null);
  });

  it('reads a participle only of a verb the event-senses lexicon lists: a common «فاعلة» is no verb\'s', () => {
    for (const w of ['القادمة', 'السابقة', 'الماضية', 'الجامعة', 'القاعدة', 'العاصمة', 'قادمة', 'سابقة']) expect(key(w), w).toBeNull();
    expect(key('الهاربين')).toBe(key('هربوا'));
  });

  it('reads no conjunction on a word of «فاعلة»\'s shape («فاطمة» is no «ف» + «أطمه»)', () => {
    for (const w of ['فاطمة', 'واحدة']) expect(key(w), w).toBeNull();
    expect(key('وأعلنت')).toBe(key('إعلان'));
  });

  it('reads no participle in an ordinal, in «واحد», or in a bare «فاعل», which is form III\'s perfect', () => {
    for (const w of ['الثالثة', 'خامسة', 'والعاشرة']) expect(key(w), w).toBeNull();
    expect(key('واحدة')).toBeNull();
    expect(key('ناقش')).toBe(key('المناقشة'));
  });

  it('remembers what it read, and reads the same again', () => {
    expect(verbalKeyOf(normalise('سيطلقون'))).toBe(key('إطلاق'));
    expect(verbalKeyOf(normalise('سيطلقون'))).toBe(key('إطلاق'));
  });
});
