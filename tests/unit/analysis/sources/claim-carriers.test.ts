import { describe, expect, it } from 'vitest';
import { carriesClaim, carriesDatedClaim } from '../../../../main/analysis/sources/claim-carriers.ts';

// Shortened from the rev25 reviewer's invented ferry story (studied material).
const TOLL_19 = 'قالت مصادر طبية في مستشفى رأس النخيل العام إن عدد ضحايا غرق العبارة ارتفع إلى ١٩ قتيلا، وهو رقم يزيد على حصيلة خفر السواحل البالغة ١٤ قتيلا.';

describe('which cited sentences carry a claim', () => {
  it('reads the toll a claim is about, not the other toll it mentions nor a day before a month name', () => {
    expect(carriesClaim(TOLL_19, 'وأكد مدير مستشفى رأس النخيل أن ضحايا غرق العبارة بلغوا ١٤ قتيلا.')).toBe(false);
    expect(carriesClaim('وارتفعت حصيلة ضحايا غرق العبارة إلى 19 قتيلا', 'وأعلن المستشفى في 19 يناير أسماء ضحايا غرق العبارة.')).toBe(false);
  });

  it('takes the toll given as a bare figure, and not the same figure of another toll', () => {
    const dead = 'أعلن خفر السواحل مقتل ١٩ شخصا في غرق العبارة قبالة رأس النخيل.';
    expect(carriesClaim(dead, 'ولترتفع حصيلة غرق العبارة قبالة رأس النخيل إلى ١٩.')).toBe(true);
    expect(carriesClaim(dead, 'وأعلن خفر السواحل إصابة ١٩ شخصا في غرق العبارة قبالة رأس النخيل.')).toBe(false);
  });

  it('takes a source that gives the act’s figure of the same thing in other words, another thing’s figure, or none', () => {
    const deal = 'واتفق البلدان على فتح معبر الوادي أمام الشاحنات مطلع أيار بمعدل 400 شاحنة في اليوم.';
    expect(carriesClaim(deal, 'واتفق الجانبان على فتح معبر الوادي أمام حركة الشاحنات التجارية مطلع أيار بطاقة أربعمئة شاحنة يوميا.')).toBe(true);
    expect(carriesClaim(deal, 'واتفق الجانبان على فتح معبر الوادي أمام الشاحنات مطلع أيار بطاقة 400 شاحنة و30 حافلة يوميا.')).toBe(true);
    expect(carriesClaim(deal, 'واتفق الجانبان على فتح معبر الوادي أمام الشاحنات مطلع أيار بعد مفاوضات دامت 12 ساعة.')).toBe(true);
    expect(carriesClaim(deal, 'وأعلن الوزيران الاتفاق على فتح معبر الوادي أمام الشاحنات مطلع أيار.')).toBe(true);
    // Where sentences were merged by date and names alone (a timeline entry), the detail figure is still asked for.
    expect(carriesDatedClaim(deal, 'واتفق الجانبان على فتح معبر الوادي أمام حركة الشاحنات التجارية مطلع أيار بطاقة 250 شاحنة يوميا.')).toBe(false);
  });

  it('refuses a sentence that gives another count of the thing the act counts, whatever its noun’s form', () => {
    const deal = 'واتفق البلدان على فتح معبر الوادي أمام الشاحنات مطلع أيار بمعدل 400 شاحنة في اليوم.';
    expect(carriesClaim(deal, 'واتفق الجانبان على فتح معبر الوادي أمام حركة الشاحنات التجارية مطلع أيار بطاقة 250 شاحنة يوميا.')).toBe(false);
    const docked = 'وقالت سلطة الميناء إن 37 سفينة رست في ميناء الحديدة منذ إعادة فتحه.';
    expect(carriesClaim(docked, 'وأفادت سلطة الميناء بأن 52 قاربا رست في ميناء الحديدة منذ إعادة فتحه.')).toBe(false);
    expect(carriesClaim(docked, 'وأفادت سلطة الميناء بأن سبع وثلاثين سفينة رست في ميناء الحديدة منذ إعادة فتحه.')).toBe(true);
    const held = 'أوقفت الشرطة في المدينة أربعة أشخاص يشتبه في بيعهم تذاكر مزورة لمباراة الأحد.';
    expect(carriesClaim(held, 'واعتقلت الشرطة ستة أشخاص يشتبه في بيعهم تذاكر مزورة لمباراة الأحد.')).toBe(false);
    expect(carriesClaim(held, 'واعتقلت الشرطة أربعة أشخاص يشتبه في بيعهم تذاكر مزورة لمباراة الأحد أمام 300 مشجع.')).toBe(true);
  });

  it('compares no whole a part is of, nor a sum in another denomination of the currency', () => {
    const verdict = 'وحكمت المحكمة بإدانة 11 متهما في ملف صفقات ترميم المدينة العتيقة.';
    expect(carriesClaim(verdict, 'وحكمت المحكمة بإدانة 11 من أصل 21 ظنينا في ملف صفقات ترميم المدينة العتيقة.')).toBe(true);
    expect(carriesClaim(verdict, 'وحكمت المحكمة بإدانة 14 متهما في ملف صفقات ترميم المدينة العتيقة.')).toBe(false);
    const award = 'قررت الحكومة صرف تعويض قدره 100 ألف أوقية لكل أسرة من أسر ضحايا انهيار البئر.';
    expect(carriesClaim(award, 'وصادقت الحكومة على صرف تعويض بمبلغ مليون أوقية قديمة لكل أسرة من أسر ضحايا انهيار البئر.')).toBe(true);
    expect(carriesClaim(award, 'وصادقت الحكومة على صرف تعويض بمبلغ 200 ألف أوقية لكل أسرة من أسر ضحايا انهيار البئر.')).toBe(false);
  });

  it('refuses a sentence that shares one content word with an act', () => {
    const arrests = 'أوقفت الشرطة في المدينة أربعة أشخاص يشتبه في بيعهم تذاكر مزورة لمباراة الأحد في الملعب.';
    expect(carriesClaim(arrests, 'وارتفعت حصيلة ضحايا التدافع في الملعب إلى أحد عشر قتيلا.')).toBe(false);
    expect(carriesClaim(arrests, 'واعتقلت الشرطة أربعة أشخاص يشتبه في بيعهم تذاكر مزورة قرب الملعب.')).toBe(true);
  });

  it('takes a sentence giving the claim’s figure, in other words or other digits', () => {
    expect(carriesClaim(TOLL_19, 'وفي تطور آخر، أعلن خفر السواحل انتشال جثتين جديدتين لترتفع الحصيلة إلى 19 قتيلا.')).toBe(true);
    expect(carriesClaim(TOLL_19, 'وكان خفر السواحل قد أعلن أمس انتشال ١٤ جثة، فيما تحدثت مصادر طبية اليوم عن ١٩ قتيلا.')).toBe(true);
  });

  it('refuses a sentence giving another figure for the toll, or none', () => {
    expect(carriesClaim(TOLL_19, 'وقال المتحدث باسم خفر السواحل إن فرق الإنقاذ انتشلت جثث ١٤ شخصا من العبارة.')).toBe(false);
    expect(carriesClaim(TOLL_19, 'وجاء القرار عقب زيارة أجراها المحافظ أمس إلى مستشفى رأس النخيل العام.')).toBe(false);
  });

  it('refuses a sentence that only names the claim’s speaker at another event', () => {
    const told = 'وقال المتحدث باسم خفر السواحل العقيد فيصل آل زيدان إن فرق الإنقاذ انتشلت جثث ١٤ شخصا وأنقذت ٢٣٨ راكبا.';
    expect(carriesClaim(told, 'وحضر الجنازة أيضا المتحدث باسم خفر السواحل العقيد فيصل آل زيدان.')).toBe(false);
  });

  it('refuses a sentence asserting what the claim negates, and keeps one that negates it too', () => {
    const none = 'إذ لم يصدر حتى الآن أي بيان مشترك بين خفر السواحل ووزارة الصحة.';
    expect(carriesClaim(none, 'بحسب بيان مشترك صدر أمس عن خفر السواحل ووزارة الصحة.')).toBe(false);
    expect(carriesClaim('بحسب بيان مشترك صدر أمس عن خفر السواحل ووزارة الصحة.', none)).toBe(false);
    expect(carriesClaim(none, 'ولم يصدر خفر السواحل ووزارة الصحة بيانا مشتركا حتى مساء أمس.')).toBe(true);
  });

  it('takes a retelling without figures that shares the claim’s words, and not one of another story', () => {
    const claim = 'أمرت النيابة العامة بتوقيف قبطان العبارة لمدة سبعة أيام على ذمة التحقيق.';
    expect(carriesClaim('افتتحت وزارة الصحة مستشفى جديدا في المدينة', 'وافتتحت الوزارة مستشفى جديدا للأطفال في المدينة')).toBe(true);
    expect(carriesClaim(claim, 'وأوقفت النيابة العامة قبطان العبارة سبعة أيام بتهمة الإهمال.')).toBe(true);
    expect(carriesClaim(claim, 'وتراجعت أسهم الشركة المالكة للعبارة سبعة في المئة.')).toBe(false);
  });

  it('reads a toll told by a verb of death, before the figure or after its noun', () => {
    const crush = 'قضى سبعة مشجعين في تدافع عند بوابة الملعب الكبير بفاس مساء الأحد.';
    expect(carriesClaim(crush, 'وكان أحد عشر شخصا قد لقوا حتفهم في تدافع عند بوابة الملعب الكبير بفاس.')).toBe(false);
    expect(carriesClaim(crush, 'لقي سبعة أشخاص حتفهم في تدافع عند بوابة الملعب الكبير بفاس.')).toBe(true);
    expect(carriesClaim('وكان 11 شخصا قد لقوا حتفهم في تدافع عند بوابة الملعب الكبير بفاس.', crush)).toBe(false);
  });

  it('takes a higher count of the same toll from a later day, and neither a lower one nor another toll', () => {
    const crush = 'قضى سبعة مشجعين في تدافع عند بوابة الملعب الكبير بفاس مساء الأحد.';
    const risen = 'وكان أحد عشر شخصا قد لقوا حتفهم في تدافع عند بوابة الملعب الكبير بفاس.';
    expect(carriesClaim(crush, risen, true)).toBe(true);
    expect(carriesClaim(crush, risen)).toBe(false);
    expect(carriesClaim(crush, 'وكان خمسة أشخاص قد لقوا حتفهم في تدافع عند بوابة الملعب الكبير بفاس.', true)).toBe(false);
    expect(carriesClaim(crush, 'وأصيب أحد عشر شخصا في تدافع عند بوابة الملعب الكبير بفاس.', true)).toBe(false);
  });
});
