import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuantities, nounClass, normalise } from '../../../../main/text/arabic/index.ts';
import { nounSense } from '../../../../main/text/arabic/numbers.ts';

const one = (text: string) => {
  const qs = findQuantities(text);
  expect(qs).toHaveLength(1);
  return qs[0]!;
};

describe('findQuantities', () => {
  it('reads digits: grouped, decimal, Arabic-Indic, with scale words', () => {
    expect(one('عبر 1,200 شخص المعبر').value).toBe(1200);
    expect(one('بلغت الخسائر 1.3 مليون دولار').value).toBe(1_300_000);
    const q = one('نزح ٢٫٥ مليون شخص');
    expect(q.value).toBe(2_500_000);
    expect(q.text).toBe('٢٫٥ مليون');
    expect(q.noun?.text).toBe('شخص');
    expect(one('قتل ١٢٠٠ مدني').value).toBe(1200);
  });

  it('reads number words joined the Arabic way', () => {
    expect(one('أصيب ثلاثة آلاف وخمسمئة مدني').value).toBe(3500);
    expect(one('خمسة وعشرون طالبا').value).toBe(25);
    expect(one('هدم مئة وخمسة عشر منزلا').value).toBe(115);
    expect(one('أحد عشر لاعبا').value).toBe(11);
    expect(one('مليون ونصف لاجئ').value).toBe(1_500_000);
    expect(one('نصف مليون نازح').value).toBe(500_000);
    expect(one('مليون و200 ألف نازح').value).toBe(1_200_000);
    expect(one('وصل مائتا جندي').value).toBe(200);
  });

  it('reads the genitive «ألفي» as two thousand', () => {
    const q = one('اعتقلت القوات ألفي شخص');
    expect(q.value).toBe(2000);
    expect(q.noun?.text).toBe('شخص');
  });

  it('turns vague plurals into order-of-magnitude intervals, «عشرات الآلاف» included', () => {
    const q = one('نزح عشرات الآلاف من السكان');
    expect(q.interval).toEqual({ min: 20_000, max: 99_999 });
    expect(q.approximate).toBe(true);
    expect(q.noun?.text).toBe('السكان');
    expect(one('اعتقل مئات المحتجين').interval).toEqual({ min: 200, max: 999 });
  });

  it('turns approximation markers into intervals', () => {
    const about = one('وصل نحو 250 عنصراً');
    expect(about.text).toBe('نحو 250');
    expect(about.interval).toEqual({ min: 225, max: 275 });
    expect(about.noun?.cls).toBe(one('قتل 3 عناصر').noun?.cls);
    expect(one('زهاء ٣٠٠٠ جندي').interval).toEqual({ min: 2700, max: 3300 });
    expect(one('أكثر من مئة قتيل').interval).toEqual({ min: 100, max: Infinity });
    expect(one('أقل من 50 جريحا').interval).toEqual({ min: 0, max: 50 });
    expect(one('ما يزيد على 40 غارة').interval.max).toBe(Infinity);
    expect(one('قتل بنحو 30 مدنياً').text).toBe('نحو 30');
  });

  it('classes singular, accusative and broken plural of a counted noun together', () => {
    const cls = (t: string) => one(t).noun?.cls;
    expect(cls('سقط 5 قتلى')).toBe(cls('سقط 7 قتيلاً'));
    expect(cls('نقل 12 جريحا')).toBe(cls('نقل 3 جرحى'));
    expect(cls('أطلق سراح 10 مدنيين')).toBe(cls('أطلق سراح 4 مدنيا'));
    // Nisba nouns are not folded into unrelated words: civilians are not cities.
    expect(cls('أطلق سراح 10 مدنيين')).not.toBe(cls('زار 3 مدن'));
  });

  it('skips years, dates, clock times and lone words that only look like numbers', () => {
    expect(findQuantities('في عام 2013 عشرات آلاف المقاتلين').map((q) => q.text)).toEqual(['عشرات آلاف']);
    expect(findQuantities('في 27/11 قتل 5 أشخاص').map((q) => q.value)).toEqual([5]);
    expect(findQuantities('عند الساعة 3 فجرا')).toEqual([]);
    expect(findQuantities('قال أحد المسؤولين إن الاجتماع انتهى')).toEqual([]);
  });

  it('keeps «بين 10 و20» as two figures and reads percentages', () => {
    expect(findQuantities('بين 10 و20 شخصا').map((q) => [q.text, q.value])).toEqual([['10', 10], ['20', 20]]);
    const pct = findQuantities('ارتفعت بنسبة 30% ثم 12 في المئة');
    expect(pct.map((q) => [q.unit, q.value])).toEqual([['percent', 30], ['percent', 12]]);
  });

  it('gives offsets that slice back to the text, for any integer written in digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.boolean(), (n, indic) => {
        const digits = indic ? String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))) : String(n);
        const text = `قالت الوزارة إن ${digits} شخصا غادروا`;
        const qs = findQuantities(text);
        expect(qs).toHaveLength(1);
        expect(qs[0]!.value).toBe(n);
        expect(text.slice(qs[0]!.start, qs[0]!.end)).toBe(qs[0]!.text);
      }),
    );
  });

  it('gives near-synonymous counted nouns one sense, and keeps the dead, the wounded and currencies apart', () => {
    const sense = (w: string): string => nounSense(nounClass(normalise(w)));
    for (const w of ['عنصر', 'عناصر', 'جنديا', 'جنود', 'مقاتلين', 'عسكريين', 'ضباط', 'مسلحين']) expect(sense(w)).toBe('personnel');
    for (const w of ['شخصا', 'أشخاص', 'مدنيين', 'لاجئين', 'نازحين']) expect(sense(w)).toBe('people');
    for (const w of ['قتلى', 'قتيلا', 'ضحايا']) expect(sense(w)).toBe('dead');
    expect(sense('جرحى')).toBe('wounded');
    expect(sense('سيارات')).toBe(sense('آليات'));
    expect(sense('دولار')).not.toBe(sense('يورو'));
    // A noun outside the lexicon is its own sense.
    expect(sense('مدارس')).toBe(nounClass(normalise('مدارس')));
  });
});
